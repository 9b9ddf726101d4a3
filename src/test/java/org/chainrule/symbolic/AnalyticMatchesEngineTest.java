package org.chainrule.symbolic;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.chainrule.engine.Evaluation;
import org.chainrule.expr.Expr;
import org.chainrule.expr.Parser;
import org.chainrule.expr.Program;
import org.chainrule.graph.GraphBuilder;
import org.chainrule.graph.Granularity;
import org.chainrule.testing.Domain;
import org.chainrule.testing.RandomExprs;
import org.junit.jupiter.api.Test;

/**
 * The analytic derivative of random programs (with intermediates, so forks) against the engine's
 * backward pass. Both use the same local gradients, so they agree also at kinks: the inputs are drawn
 * from small whole numbers and halves, where ties of max and min and zeros of relu, abs and step are
 * frequent. The unsimplified derivative computes the kink tests exactly as the engine does
 * ({@code step(b - a)} is 1 exactly when {@code a >= b} is false, for finite a and b); the simplified
 * one is compared away from kinks, since reordering a sum can move a difference of zero by a rounding
 * error. Products and quotients are associated differently than in the backward pass, so values agree
 * to rounding: 1e-9 relative, plus 1e-12 times the largest intermediate value.
 */
class AnalyticMatchesEngineTest {

    private static final List<String> VARS = List.of("x", "y", "z");
    private static final double[] GRID = {-2, -1, -0.5, 0, 0.5, 1, 2, 3};

    @Test
    void randomProgramsAgreeWithTheBackwardPass() throws Exception {
        Random r = new Random(2718);
        int compared = 0;
        int atKinks = 0;
        for (int i = 0; i < 1500; i++) {
            Program p = Parser.parse(RandomExprs.program(r, VARS, 1 + r.nextInt(3), 3));
            Expr f = p.inlined();
            var graph = GraphBuilder.build(p, Granularity.FUSED);
            Map<String, Expr> simplified = Analytic.gradient(p);
            for (int k = 0; k < 3; k++) {
                Map<String, Double> at = new HashMap<>();
                for (String v : VARS) at.put(v, GRID[r.nextInt(GRID.length)]);
                Domain.Result value = Domain.evaluate(f, at);
                if (!value.allFinite()) continue;
                Map<String, Double> engine = Evaluation.of(graph, at).gradient();
                // not p.inputs(): that also lists inputs of intermediates the output never uses
                for (String v : engine.keySet()) {
                    double want = engine.get(v);
                    double raw = Evaluator.value(Derivative.of(f, v), at);
                    if (!Double.isFinite(want) || !Double.isFinite(raw)) continue;
                    check(p, v, at, "raw", raw, want, value.largest());
                    compared++;
                    if (value.nearestKink() < 1e-3) {
                        atKinks++;
                    } else {
                        check(p, v, at, "simplified", Evaluator.value(simplified.get(v), at), want, value.largest());
                    }
                }
            }
        }
        assertTrue(compared > 3000, "compared " + compared);
        assertTrue(atKinks > 300, "at kinks " + atKinks);
    }

    private static void check(Program p, String v, Map<String, Double> at, String kind, double got, double want, double scale) {
        double tolerance = 1e-9 * Math.max(Math.abs(got), Math.abs(want)) + 1e-12 * Math.max(1, scale);
        if (!(Math.abs(got - want) <= tolerance)) {
            fail(kind + " d/d" + v + " at " + at + " of\n" + p.source() + "analytic " + got + ", engine " + want
                    + "\n  " + InfixPrinter.print(Analytic.derivative(p, v)));
        }
    }
}
