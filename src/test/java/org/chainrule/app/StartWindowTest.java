package org.chainrule.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The window opens on exercise 1 and shows f = -12 with every gradient. */
@ExtendWith(ApplicationExtension.class)
class StartWindowTest extends WindowFixture {

    Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        open(stage);
    }

    @Test
    void showsExerciseOne(FxRobot robot) {
        assertEquals("Exercise 1: a simple function — Chainrule", stage.getTitle());
        assertEquals("f = -12", text(robot, "#output-value"));
        assertEquals("-4", text(robot, "#cmp-x-backprop"));
        assertEquals("-4", text(robot, "#cmp-y-backprop"));
        assertEquals("3", text(robot, "#cmp-z-backprop"));
        assertEquals("3", text(robot, "#cmp-z-numeric"));
        assertTrue(text(robot, "#cmp-z-mark").startsWith("✓"));
        assertNotNull(window.canvas().drawingProperty().get());
        assertEquals("q = x + y\nf = q * z", window.editor().area().getText());
    }

    @Test
    void analyticDerivativesArriveAfterTheFirstFrame(FxRobot robot) throws Exception {
        waitFor(() -> "3".equals(text(robot, "#cmp-z-value")));
        assertEquals("-4", text(robot, "#cmp-x-value"));
        waitFor(() -> robot.lookup("#cmp-z-analytic").queryAs(javafx.scene.control.Label.class).getGraphic() != null);
        waitFor(() -> robot.lookup("#equation").queryAs(javafx.scene.control.Label.class).getGraphic() != null);
    }

    @Test
    void hoveringAGateDescribesIt(FxRobot robot) {
        int mul = window.model().analysis().graph().output();
        String text = org.chainrule.app.model.NodeDescription.of(window.model().analysis(), mul, 2);
        assertEquals("mul gate: f = q × z\ninputs: q = 3, z = -4\nvalue: -12\n"
                + "local gradients: ∂/∂q = -4, ∂/∂z = 3\ngradient: df/df = 1", text);
    }

    @Test
    void anEditMarksTheTitleDirty(FxRobot robot) {
        robot.interact(() -> window.model().setInput("x", 0));
        assertEquals("*Exercise 1: a simple function — Chainrule", stage.getTitle());
    }
}
