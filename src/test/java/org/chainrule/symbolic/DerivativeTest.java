package org.chainrule.symbolic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.chainrule.expr.Expr;
import org.chainrule.expr.Parser;
import org.chainrule.expr.ProgramException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Hand-worked derivatives, checked by value at a point (never by the text of the formula). */
class DerivativeTest {

    private static final String NEURON = "1 / (1 + exp(-(x1*w1 + x2*w2 - w0)))";
    private static final Map<String, Double> NEURON_POINT = Map.of("x1", 2.0, "x2", 4.0, "w1", -3.0, "w2", 2.0, "w0", 1.0);

    private static double d(String src, String var, Map<String, Double> at) throws ProgramException {
        Expr e = Parser.parseExpression(src);
        double raw = Evaluator.value(Derivative.of(e, var), at);
        double simplified = Evaluator.value(Simplifier.simplify(Derivative.of(e, var)), at);
        assertEquals(raw, simplified, 1e-12 * Math.max(1, Math.abs(raw)), "simplification changed d/d" + var);
        return raw;
    }

    private static Map<String, Double> at(Object... pairs) {
        Map<String, Double> m = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) m.put((String) pairs[i], ((Number) pairs[i + 1]).doubleValue());
        return m;
    }

    @Test
    void circuitFromTheExerciseSheet() throws ProgramException {
        Map<String, Double> p = at("x", -2, "y", 5, "z", -4);
        assertEquals(-4.0, d("(x + y) * z", "x", p));
        assertEquals(-4.0, d("(x + y) * z", "y", p));
        assertEquals(3.0, d("(x + y) * z", "z", p));
        Expr dz = Simplifier.simplify(Derivative.of(Parser.parseExpression("(x + y) * z"), "z"));
        assertEquals("x + y", InfixPrinter.print(dz));
        assertEquals("z", InfixPrinter.print(Simplifier.simplify(Derivative.of(Parser.parseExpression("(x + y) * z"), "x"))));
    }

    @Test
    void sigmoidNeuron() throws ProgramException {
        double s = 1 / (1 + Math.exp(-1)); // the weighted sum is 2*-3 + 4*2 - 1 = 1
        double local = s * (1 - s);
        assertEquals(-0.19661193324148185, d(NEURON, "w0", NEURON_POINT), 1e-15);
        assertEquals(-local, d(NEURON, "w0", NEURON_POINT), 1e-15);
        assertEquals(-3 * local, d(NEURON, "x1", NEURON_POINT), 1e-15);
        assertEquals(2 * local, d(NEURON, "w1", NEURON_POINT), 1e-15);
        assertEquals(2 * local, d(NEURON, "x2", NEURON_POINT), 1e-15);
        assertEquals(4 * local, d(NEURON, "w2", NEURON_POINT), 1e-15);
        assertEquals(2 * local, d("sigmoid(x1*w1 + x2*w2 - w0)", "w1", NEURON_POINT), 1e-15);
    }

    /** The neuron with n inputs: the derivative's size must grow linearly in n, never exponentially. */
    @Test
    void neuronDerivativeGrowsLinearly() throws ProgramException {
        for (int n = 2; n <= 64; n++) {
            StringBuilder sum = new StringBuilder();
            for (int i = 1; i <= n; i++) sum.append("x").append(i).append(" * w").append(i).append(" + ");
            Expr f = Parser.parseExpression("1 / (1 + exp(-(" + sum + "-w0)))");
            long input = TreeSize.of(f);
            for (String v : new String[] {"w0", "x1", "w" + n}) {
                Expr raw = Derivative.of(f, v);
                Expr simple = Simplifier.simplify(raw);
                assertTrue(TreeSize.of(raw) <= 20 + 2 * input, "n=" + n + " d/d" + v + " raw size " + TreeSize.of(raw));
                assertTrue(TreeSize.of(simple) <= 20 + 2 * input, "n=" + n + " d/d" + v + " size " + TreeSize.of(simple));
                assertTrue(InfixPrinter.print(simple).length() <= 60 + 40L * n, "n=" + n + " text length");
            }
            assertTrue(input <= 12 + 4L * n);
        }
    }

    @ParameterizedTest(name = "d/dx {0} at x = {1} is {2}")
    @CsvSource(delimiter = ';', value = {
            "exp(2*x); 0.5; 2*exp(1)",
            "log(x^2); 3; 2/3",
            "sqrt(x); 4; 0.25",
            "sin(x); 1; cos(1)",
            "cos(x); 1; -sin(1)",
            "tan(x); 1; 1/cos(1)^2",
            "tanh(x); 0.5; 1 - tanh(0.5)^2",
            "sigmoid(x); 0; 0.25",
            "relu(x); 2; 1",
            "relu(x); -2; 0",
            "relu(x); 0; 0",
            "abs(x); -2; -1",
            "abs(x); 0; 0",
            "step(x) + sign(x); 1; 0",
            "x ^ 3; 2; 12",
            "(-x) ^ 3; 2; -12",
            "2 ^ x; 3; 8*log(2)",
            "x ^ x; 2; 4*(log(2) + 1)",
            "1 / x; 2; -0.25",
            "x / (1 + x); 1; 0.25",
            "max(x, 1); 2; 1",
            "max(x, 1); 0; 0",
            "max(x, 1); 1; 1",
            "max(1, x); 1; 0",
            "min(x, 1); 0; 1",
            "min(x, 1); 1; 1",
            "min(1, x); 1; 0",
            "max(x, x); 3; 1",
            "x * x * x; 2; 12",
            "pi * x; 1; pi",
    })
    void singleOperations(String f, double x, String expected) throws ProgramException {
        double want = Evaluator.value(Parser.parseExpression(expected), Map.of("pi", Math.PI));
        assertEquals(want, d(f, "x", at("x", x, "pi", Math.PI)), 1e-12 * Math.max(1, Math.abs(want)));
    }

    @Test
    void aVariableThatDoesNotOccurHasDerivativeZero() throws ProgramException {
        assertEquals(new Expr.Num(0), Derivative.of(Parser.parseExpression("sin(x) * y ^ 2"), "z"));
    }

    @Test
    void maxRoutesATieToTheFirstInputAsTheEngineDoes() throws ProgramException {
        Map<String, Double> tie = at("a", 2, "b", 2);
        assertEquals(1.0, d("max(a, b)", "a", tie));
        assertEquals(0.0, d("max(a, b)", "b", tie));
        assertEquals(1.0, d("min(a, b)", "a", tie));
        assertEquals(0.0, d("min(a, b)", "b", tie));
    }

    @Test
    void powerWithConstantExponentIsDefinedForNegativeBase() throws ProgramException {
        // b * a^(b-1) * a', not a^b * (b' log a + b a'/a): the log would give NaN at a < 0
        assertEquals(3 * 4.0, d("x ^ 3", "x", at("x", -2)));
        assertEquals(3 * 4.0 * 5, d("x ^ y", "x", at("x", -2, "y", 3)) * 5);
    }

    @Test
    void sharedSubtreesAreDifferentiatedOnce() {
        // q = x * x; each level doubles the uses, 40 levels would be 2^40 nodes written out
        Expr q = Expr.var("x");
        for (int i = 0; i < 40; i++) q = Expr.mul(q, q);
        Expr d = Derivative.of(q, "x");
        assertTrue(TreeSize.of(d) > 1L << 40);
    }
}
