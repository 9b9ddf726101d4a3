package org.chainrule.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.chainrule.expr.Parser;
import org.chainrule.graph.Granularity;
import org.chainrule.graph.GraphBuilder;
import org.junit.jupiter.api.Test;

/** Central differences and the one agreement rule shared by the command line and the window. */
class GradientCheckTest {

    @Test
    void centralDifferencesOfExercise1() throws Exception {
        Evaluation e = Evaluation.of(GraphBuilder.build(Parser.parse("(x + y) * z"), Granularity.FUSED),
                Map.of("x", -2.0, "y", 5.0, "z", -4.0));
        // f is bilinear, so the central difference is exact up to rounding in x + h and x - h
        assertEquals(-4.0, e.numeric().get("x"), 1e-9);
        assertEquals(-4.0, e.numeric().get("y"), 1e-9);
        assertEquals(3.0, e.numeric().get("z"), 1e-9);
    }

    @Test
    void agreement() {
        // exact analytic value, finite difference off in the 11th digit: agrees, error is the larger one
        GradientCheck.Agreement a = GradientCheck.compare(-4.0, -4.00000000004, -4.0);
        assertTrue(a.agrees());
        assertEquals(1e-11, a.relativeError(), 1e-15);
        // a steep function's difference off by 5e-5 still agrees (looser numeric tolerance) ...
        assertTrue(GradientCheck.compare(2.0, 2.0001, 2.0).agrees());
        // ... but a backprop value off from the analytic one by 5e-5 does not
        assertFalse(GradientCheck.compare(2.0, 2.0001, 2.0001).agrees());
        // a wrong gradient: off by a factor 2 from both
        GradientCheck.Agreement wrong = GradientCheck.compare(-8.0, -4.0, -4.0);
        assertFalse(wrong.agrees());
        assertEquals(0.5, wrong.relativeError());
        // analytic skipped (program too large): judged by the difference alone
        assertTrue(GradientCheck.compare(3.0, 3.00000001, null).agrees());
        // both not finite agree (sqrt at 0: backprop Infinity, difference NaN)
        assertTrue(GradientCheck.compare(Double.POSITIVE_INFINITY, Double.NaN, Double.POSITIVE_INFINITY).agrees());
        assertFalse(GradientCheck.compare(1.0, Double.NaN, 1.0).agrees());
    }
}
