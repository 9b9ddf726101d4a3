package org.chainrule.app.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Map;
import org.chainrule.doc.Presets;
import org.chainrule.graph.Granularity;
import org.junit.jupiter.api.Test;

class AppModelTest {

    @Test
    void exercise1() {
        AppModel m = new AppModel(Presets.first());
        assertEquals(-12.0, m.analysis().value());
        assertEquals(Map.of("x", -4.0, "y", -4.0, "z", 3.0), m.analysis().evaluation().gradient());
        assertEquals(m.player().size(), m.player().position());
    }

    @Test
    void aBadProgramKeepsTheLastGoodGraph() {
        AppModel m = new AppModel(Presets.first());
        Analysis good = m.analysis();
        m.setProgram("(x + y * z");
        assertSame(good, m.analysis());
        assertNotNull(m.error());
        assertEquals("(x + y * z", m.document().program());
        m.setProgram("x * y");
        assertNull(m.error());
        assertEquals(10.0 * -1, m.analysis().value());
    }

    @Test
    void inputsKeepTheStep() {
        AppModel m = new AppModel(Presets.first());
        m.player().reset();
        m.player().next();
        m.setInput("x", 1);
        assertEquals(1, m.player().position());
        assertEquals(-24.0, m.analysis().value());
        assertEquals("add gate: q = x + y = 1 + 5 = 6", m.narrationProperty().get());
    }

    @Test
    void newVariablesStartAtOne() {
        AppModel m = new AppModel(Presets.first());
        m.setProgram("(x + y) * w");
        assertEquals(List.of("x", "y", "w"), m.analysis().inputs());
        assertEquals(3.0, m.analysis().value());
    }

    @Test
    void granularityGivesTheSameGradients() {
        AppModel m = new AppModel(Presets.load("ex3.chainrule.json"));
        Map<String, Double> fused = m.analysis().evaluation().gradient();
        int fusedSteps = m.player().size();
        m.setGranularity(Granularity.DECOMPOSED);
        Map<String, Double> dec = m.analysis().evaluation().gradient();
        for (String k : fused.keySet()) assertEquals(fused.get(k), dec.get(k), 1e-12);
        assertEquals(true, m.player().size() >= fusedSteps);
    }

    @Test
    void undoRestoresTheProgram() {
        AppModel m = new AppModel(Presets.first());
        m.setProgram("x * y");
        m.session().undo();
        assertEquals(-12.0, m.analysis().value());
    }

    @Test
    void narrationFollowsTheSteps() {
        AppModel m = new AppModel(Presets.first());
        m.player().reset();
        assertEquals("Ready: press → or Space to run the forward pass one gate at a time.", m.narrationProperty().get());
        m.player().endBackward();
        assertEquals("add gate distributes the gradient unchanged: upstream -4 × local 1 → df/dx = -4; "
                + "upstream -4 × local 1 → df/dy = -4  ·  Done: f = -12, every gradient is in.", m.narrationProperty().get());
    }
}
