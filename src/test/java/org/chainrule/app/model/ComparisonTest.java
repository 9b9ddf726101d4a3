package org.chainrule.app.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.chainrule.graph.Granularity;
import org.junit.jupiter.api.Test;

/** The comparison table's rows for the seed exercises, with the symbolic package's derivatives. */
class ComparisonTest {

    final SymbolicDerivatives symbolic = new SymbolicDerivatives();

    @Test
    void exercise1() throws Exception {
        Analysis a = Analysis.run("q = x + y\nf = q * z", Map.of("x", -2.0, "y", 5.0, "z", -4.0), Granularity.FUSED);
        List<Comparison.Row> rows = Comparison.of(a, symbolic);
        assertEquals(List.of("x", "y", "z"), rows.stream().map(Comparison.Row::input).toList());
        Comparison.Row z = rows.get(2);
        assertEquals(3.0, z.backprop());
        assertEquals("x + y", z.analytic().orElseThrow().infix());
        assertEquals(3.0, z.analytic().orElseThrow().value());
        assertEquals(3.0, z.numeric(), 1e-9);
        assertTrue(z.agrees());
        assertTrue(z.mark().startsWith("✓ "), z.mark());
        assertEquals("z", rows.get(0).analytic().orElseThrow().infix());
        assertEquals(-4.0, rows.get(0).analytic().orElseThrow().value());
        assertEquals("f = \\left(x + y\\right) \\cdot z".replace("\\left(x + y\\right) \\cdot z",
                symbolic.equation(a.program()).orElseThrow().substring(4)), symbolic.equation(a.program()).orElseThrow());
    }

    @Test
    void exercise3AgreesEverywhere() throws Exception {
        Analysis a = Analysis.run("f = 1/(1 + exp(-(x1*w1 + x2*w2 - w0)))",
                Map.of("x1", 2.0, "x2", 4.0, "w1", -3.0, "w2", 2.0, "w0", 1.0), Granularity.DECOMPOSED);
        for (Comparison.Row r : Comparison.of(a, symbolic)) {
            assertTrue(r.agrees(), r.input() + " " + r.mark());
            assertTrue(r.analytic().isPresent());
        }
        Comparison.Row w0 = Comparison.of(a, symbolic).stream().filter(r -> r.input().equals("w0")).findFirst().orElseThrow();
        assertEquals(-0.1966119332, w0.backprop(), 1e-10);
        assertEquals(-0.1966119332, w0.analytic().orElseThrow().value(), 1e-10);
    }

    @Test
    void aWrongGradientIsMarked() throws Exception {
        Analysis a = Analysis.run("x * y", Map.of("x", 2.0, "y", 3.0), Granularity.FUSED);
        DerivativeSource wrong = new DerivativeSource() {
            public java.util.Optional<Derivative> derivative(org.chainrule.expr.Program p, String v, Map<String, Double> at) {
                return java.util.Optional.of(new Derivative("2 * y", "2y", 2 * at.get("y")));
            }

            public java.util.Optional<String> equation(org.chainrule.expr.Program p) { return java.util.Optional.empty(); }
        };
        Comparison.Row x = Comparison.of(a, wrong).get(0);
        assertEquals(false, x.agrees());
        assertEquals("✗ 0.5", x.mark());
    }

    @Test
    void withoutAnalyticDerivativesTheFiniteDifferenceDecides() throws Exception {
        Analysis a = Analysis.run("x * y", Map.of("x", 2.0, "y", 3.0), Granularity.FUSED);
        Comparison.Row x = Comparison.of(a, DerivativeSource.NONE).get(0);
        assertTrue(x.agrees());
        assertTrue(x.analytic().isEmpty());
    }
}
