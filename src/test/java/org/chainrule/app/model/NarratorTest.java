package org.chainrule.app.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.chainrule.engine.Step;
import org.chainrule.graph.Granularity;
import org.junit.jupiter.api.Test;

/** The narration of the seed exercises, word for word. */
class NarratorTest {

    static List<String> narrate(String program, Map<String, Double> at, int decimals) throws Exception {
        Analysis a = Analysis.run(program, at, Granularity.FUSED);
        Narrator n = new Narrator(a.graph(), decimals);
        return a.evaluation().trace().steps().stream().map(n::narrate).collect(Collectors.toList());
    }

    @Test
    void exercise1() throws Exception {
        List<String> lines = narrate("q = x + y\nf = q * z", Map.of("x", -2.0, "y", 5.0, "z", -4.0), 2);
        assertEquals(List.of(
                "add gate: q = x + y = -2 + 5 = 3",
                "mul gate: f = q × z = 3 × (-4) = -12",
                "Backward pass starts at the output: df/df = 1",
                "mul gate swaps its inputs: upstream 1 × local z = -4 → df/dq = -4; upstream 1 × local q = 3 → df/dz = 3",
                "add gate distributes the gradient unchanged: upstream -4 × local 1 → df/dx = -4; upstream -4 × local 1 → df/dy = -4"),
                lines);
    }

    @Test
    void exercise1WithoutNames() throws Exception {
        List<String> lines = narrate("(x + y) * z", Map.of("x", -2.0, "y", 5.0, "z", -4.0), 2);
        assertEquals("add gate: x + y = -2 + 5 = 3", lines.get(0));
        assertEquals("mul gate: f = (x + y) × z = 3 × (-4) = -12", lines.get(1));
        assertEquals("mul gate swaps its inputs: upstream 1 × local z = -4 → df/d(x + y) = -4; "
                + "upstream 1 × local (x + y) = 3 → df/dz = 3", lines.get(3));
    }

    @Test
    void forkWritesTheSum() throws Exception {
        List<String> lines = narrate("f = x * y + x * 3", Map.of("x", -2.0, "y", -1.0), 2);
        String fork = lines.stream().filter(s -> s.startsWith("df/dx =")).findFirst().orElseThrow();
        assertEquals("df/dx = 3 + (-1) = 2: x is used twice", fork);
    }

    @Test
    void exercise2ForkOfAnIntermediate() throws Exception {
        List<String> lines = narrate("a = w * x\nb = a + y\nf = b * (a - z)",
                Map.of("w", 4.0, "x", 3.0, "y", 2.0, "z", 1.0), 2);
        assertEquals("df/da = 14 + 11 = 25: a is used twice",
                lines.stream().filter(s -> s.startsWith("df/da")).findFirst().orElseThrow());
    }

    @Test
    void maxRoutes() throws Exception {
        List<String> lines = narrate("max(x, y) * 2", Map.of("x", 4.0, "y", 1.0), 2);
        assertEquals("max gate routes the gradient to the larger input: upstream 2 × local 1 → df/dx = 2; "
                + "upstream 2 × local 0 → df/dy = 0", lines.get(lines.size() - 1));
    }

    @Test
    void sigmoidNeuronAtTwoDecimals() throws Exception {
        List<String> lines = narrate("f = sigmoid(x1*w1 + x2*w2 - w0)",
                Map.of("x1", 2.0, "x2", 4.0, "w1", -3.0, "w2", 2.0, "w0", 1.0), 2);
        assertEquals("sigmoid gate: f = σ(x1 × w1 + x2 × w2 - w0) = σ(1) = 0.73", lines.get(4));
        assertEquals("sigmoid gate: upstream 1 × local σ(1 - σ) = 0.2 → df/d(x1 × w1 + x2 × w2 - w0) = 0.2", lines.get(6));
        assertEquals("sub gate distributes the gradient, negated for the second input: "
                + "upstream 0.2 × local 1 → df/d(x1 × w1 + x2 × w2) = 0.2; upstream 0.2 × local -1 → df/dw0 = -0.2", lines.get(7));
    }

    @Test
    void stepKinds() throws Exception {
        Analysis a = Analysis.run("(x + y) * z", Map.of("x", -2.0, "y", 5.0, "z", -4.0), Granularity.FUSED);
        List<Step> steps = a.evaluation().trace().steps();
        assertEquals(5, steps.size());
        assertEquals(2, a.evaluation().trace().forwardCount());
    }
}
