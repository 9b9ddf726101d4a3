package org.chainrule.symbolic;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.chainrule.expr.Expr;
import org.chainrule.testing.Domain;
import org.chainrule.testing.RandomExprs;
import org.junit.jupiter.api.Test;

/**
 * The analytic derivative of thousands of random expressions against central finite differences.
 *
 * <p>Tolerances. The step is {@code h = 1e-6 * max(1, |x|)}. The central difference then errs by about
 * {@code h² |f'''| / 6} (truncation) plus {@code eps |f| / h ≈ 2e-10 |f|} (rounding), both far below
 * 1e-4 for a well-behaved point. Random expressions also produce points that are not well behaved
 * (near a pole, a kink, or where f is huge and f' tiny), so each point is first tested for whether the
 * finite difference can be trusted: the same difference with step 2h must agree with step h to 1e-6
 * (relative, or absolute below 1). The two differ by about three times the truncation error plus the
 * rounding noise, so this rejects the points where the reference itself is unreliable, and a kink
 * crossed inside the stencil shows up as a jump between them. Rounding noise that happens to be equal
 * for both steps (x + 1e20 - 1e20 is exactly 0 for any small x) is caught by a second test: one ulp of
 * the largest intermediate value, divided by h, must also stay below that 1e-6. Points where a relu, abs, step, sign
 * argument or a max/min difference is within 1e-3 of its kink are skipped outright, as are points where
 * f or its derivative is not finite. The comparison then allows 1e-4 relative plus 1e-5 absolute: a
 * hundred times the accepted error of the reference, and far below what a wrong rule produces (usually
 * an error of order one). The test insists that most samples are really compared.
 */
class DerivativePropertyTest {

    private static final List<String> VARS = List.of("x", "y", "z");

    @Test
    void matchesCentralDifferences() {
        Random r = new Random(314159);
        int compared = 0;
        int sampled = 0;
        for (int i = 0; i < 4000; i++) {
            Expr f = r.nextInt(4) == 0 ? RandomExprs.exprWithConstants(r, VARS, 5) : RandomExprs.expr(r, VARS, 5);
            String v = VARS.get(r.nextInt(VARS.size()));
            Expr raw = Derivative.of(f, v);
            Expr simple = Simplifier.simplify(raw);
            for (int k = 0; k < 3; k++) {
                sampled++;
                Map<String, Double> env = new HashMap<>();
                for (String name : VARS) env.put(name, RandomExprs.value(r, 3));
                Domain.Result at = Domain.evaluate(f, env);
                if (!Double.isFinite(at.value()) || at.nearestKink() < 1e-3) continue;
                double x = env.get(v);
                double h = 1e-6 * Math.max(1, Math.abs(x));
                double fd1 = difference(f, env, v, x, h);
                double fd2 = difference(f, env, v, x, 2 * h);
                if (!Double.isFinite(fd1) || !Double.isFinite(fd2)) continue;
                double trusted = 1e-6 * Math.max(1, Math.abs(fd1));
                if (Math.abs(fd1 - fd2) > trusted || Math.ulp(at.largest()) / h > trusted) continue;
                double dRaw = Evaluator.value(raw, env);
                double dSimple = Evaluator.value(simple, env);
                if (!Double.isFinite(dRaw)) continue;
                check(f, v, env, raw, dRaw, fd1);
                check(f, v, env, simple, dSimple, fd1);
                compared++;
            }
        }
        assertTrue(compared > sampled / 3, "only " + compared + " of " + sampled + " samples were compared");
    }

    private static double difference(Expr f, Map<String, Double> env, String v, double x, double h) {
        Map<String, Double> at = new HashMap<>(env);
        double up = x + h;
        double down = x - h;
        at.put(v, up);
        double fUp = Evaluator.value(f, at);
        at.put(v, down);
        double fDown = Evaluator.value(f, at);
        return (fUp - fDown) / (up - down);
    }

    private static void check(Expr f, String v, Map<String, Double> env, Expr d, double analytic, double numeric) {
        double tolerance = 1e-4 * Math.max(Math.abs(analytic), Math.abs(numeric)) + 1e-5;
        if (!(Math.abs(analytic - numeric) <= tolerance)) {
            fail("d/d" + v + " of " + InfixPrinter.print(f) + " at " + env
                    + "\n  analytic " + analytic + " = " + InfixPrinter.print(d) + "\n  numeric  " + numeric);
        }
    }
}
