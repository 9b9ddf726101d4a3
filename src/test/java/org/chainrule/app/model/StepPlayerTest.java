package org.chainrule.app.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.Map;
import org.chainrule.engine.Step;
import org.chainrule.graph.Granularity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Exercise 1, q = x + y; f = q * z: nodes x0 y1 q2 z3 f4; steps fwd q, fwd f, seed f, bwd f, bwd q. */
class StepPlayerTest {

    Analysis a;
    StepPlayer p;

    @BeforeEach
    void load() throws Exception {
        a = Analysis.run("q = x + y\nf = q * z", Map.of("x", -2.0, "y", 5.0, "z", -4.0), Granularity.FUSED);
        p = new StepPlayer();
        p.load(a.graph(), a.evaluation().trace(), false);
    }

    int node(String id) {
        return a.graph().nodes().stream().filter(n -> id.equals(n.name()) || id.equals(n.id())).findFirst().orElseThrow().index();
    }

    BitSet of(String... ids) {
        BitSet b = new BitSet();
        for (String id : ids) b.set(node(id));
        return b;
    }

    @Test
    void opensOnTheFinishedPicture() {
        assertEquals(5, p.size());
        assertEquals(5, p.position());
        assertEquals("Backward 3 of 3", p.phase());
        assertEquals(of("x", "y", "z", "q", "f"), p.revealedGrads());
    }

    @Test
    void forwardThenBackward() {
        p.reset();
        assertEquals("Start", p.phase());
        assertNull(p.current());
        assertEquals(-1, p.highlight());
        assertEquals(of("x", "y", "z"), p.revealedValues());
        assertEquals(new BitSet(), p.revealedGrads());

        assertTrue(p.next());
        assertEquals("Forward 1 of 2", p.phase());
        assertEquals(node("q"), p.highlight());
        assertEquals(of("q"), p.freshValues());

        p.endForward();
        assertEquals(of("x", "y", "z", "q", "f"), p.revealedValues());
        assertTrue(p.next());
        assertTrue(p.current() instanceof Step.Seed);
        assertEquals(of("f"), p.freshGrads());
        assertTrue(p.next());
        assertEquals(of("q", "z"), p.freshGrads());
        assertEquals("Backward 2 of 3", p.phase());
        assertTrue(p.next());
        assertEquals(of("x", "y"), p.freshGrads());
        assertFalse(p.next());
        assertTrue(p.previous());
        assertEquals(4, p.position());
    }

    @Test
    void previousStopsAtStart() {
        p.reset();
        assertFalse(p.previous());
        assertEquals(0, p.position());
    }

    @Test
    void playFromTheEndStartsOver() {
        p.togglePlay();
        assertTrue(p.playingProperty().get());
        assertEquals(0, p.position());
        for (int i = 0; i < 5; i++) p.next();
        assertFalse(p.playingProperty().get(), "stops at the end");
    }

    @Test
    void newValuesKeepTheStep() throws Exception {
        p.reset();
        p.next();
        p.next();
        p.next();
        Analysis b = a.at(Map.of("x", 1.0, "y", 2.0, "z", 3.0));
        p.load(b.graph(), b.evaluation().trace(), true);
        assertEquals(3, p.position());
        assertEquals(9.0, ((Step.Forward) p.steps().get(1)).value());
    }

    @Test
    void forkGradientShownOnlyAfterItsSum() throws Exception {
        a = Analysis.run("f = x * y + x * 3", Map.of("x", -2.0, "y", -1.0), Granularity.FUSED);
        p.load(a.graph(), a.evaluation().trace(), false);
        int x = node("x");
        int last = p.size();
        assertTrue(p.steps().get(last - 1) instanceof Step.ForkSum);
        assertFalse(p.revealedGrads(last - 1).get(x));
        assertTrue(p.revealedGrads(last).get(x));
    }
}
