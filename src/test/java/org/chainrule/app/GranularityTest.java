package org.chainrule.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.stage.Stage;
import org.chainrule.doc.Presets;
import org.chainrule.graph.Granularity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Exercise 3, the sigmoid neuron: fused and decomposed gates give the same gradients. */
@ExtendWith(ApplicationExtension.class)
class GranularityTest extends WindowFixture {

    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }

    private Map<String, String> table(FxRobot robot) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String v : window.model().analysis().inputs()) out.put(v, text(robot, "#cmp-" + v + "-backprop"));
        return out;
    }

    @Test
    void sameGradients(FxRobot robot) throws Exception {
        robot.interact(() -> window.loadExample(Presets.load("ex3.chainrule.json")));
        int fusedGates = window.model().analysis().graph().gateCount();
        Map<String, String> fused = table(robot);
        assertEquals("-0.1966", fused.get("w0"));
        robot.clickOn("#granularity-decomposed");
        waitFor(() -> window.model().analysis().granularity() == Granularity.DECOMPOSED);
        assertTrue(window.model().analysis().graph().gateCount() > fusedGates);
        assertEquals(fused, table(robot));
        assertEquals("f = 0.7311", text(robot, "#output-value"));
        robot.clickOn("#granularity-fused");
        waitFor(() -> window.model().analysis().granularity() == Granularity.FUSED);
        assertEquals(fusedGates, window.model().analysis().graph().gateCount());
    }
}
