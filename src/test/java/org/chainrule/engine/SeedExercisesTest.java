package org.chainrule.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.chainrule.expr.Parser;
import org.chainrule.graph.ComputationGraph;
import org.chainrule.graph.Granularity;
import org.chainrule.graph.GraphBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The seed exercise sheet's values, worked by hand. */
class SeedExercisesTest {

    static Evaluation eval(String program, Map<String, Double> at, Granularity g) throws Exception {
        ComputationGraph graph = GraphBuilder.build(Parser.parse(program), g);
        return Evaluation.of(graph, at);
    }

    @ParameterizedTest
    @EnumSource(Granularity.class)
    void exercise1(Granularity g) throws Exception {
        Evaluation e = eval("(x + y) * z", Map.of("x", -2.0, "y", 5.0, "z", -4.0), g);
        assertEquals(-12.0, e.value());
        assertEquals(Map.of("x", -4.0, "y", -4.0, "z", 3.0), e.gradient());
    }

    @ParameterizedTest
    @EnumSource(Granularity.class)
    void exercise3SigmoidNeuron(Granularity g) throws Exception {
        Evaluation e = eval("1/(1 + exp(-(x1*w1 + x2*w2 - w0)))",
                Map.of("x1", 2.0, "x2", 4.0, "w1", -3.0, "w2", 2.0, "w0", 1.0), g);
        double s = 0.7310585786300049; // sigmoid(1) = 1 / (1 + e^-1)
        double ds = s * (1 - s);         // 0.19661193324148185
        assertEquals(s, e.value(), 1e-15);
        Map<String, Double> grad = e.gradient();
        assertEquals(-0.19661193324148185, grad.get("w0"), 1e-15);
        assertEquals(-3 * ds, grad.get("x1"), 1e-15);
        assertEquals(2 * ds, grad.get("x2"), 1e-15);
        assertEquals(2 * ds, grad.get("w1"), 1e-15);
        assertEquals(4 * ds, grad.get("w2"), 1e-15);
    }

    @Test
    void forkSumsItsBranches() throws Exception {
        // q = x * y is used twice: df/dq = z + 1, so df/dx = y (z + 1)
        Evaluation e = eval("q = x * y; f = q * z + q", Map.of("x", 3.0, "y", 2.0, "z", 1.0), Granularity.FUSED);
        assertEquals(12.0, e.value());
        assertEquals(4.0, e.gradient().get("x"));
        assertEquals(6.0, e.gradient().get("y"));
        assertEquals(6.0, e.gradient().get("z"));
        long forks = e.trace().steps().stream().filter(s -> s instanceof Step.ForkSum).count();
        assertEquals(1, forks);
    }
}
