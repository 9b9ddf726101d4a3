package org.chainrule.symbolic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.chainrule.expr.Expr;
import org.chainrule.expr.Parser;
import org.chainrule.expr.ProgramException;
import org.junit.jupiter.api.Test;

class EvaluatorTest {

    private static double eval(String src, Map<String, Double> env) throws ProgramException {
        return Evaluator.value(Parser.parseExpression(src), env);
    }

    private static double eval(String src) throws ProgramException {
        return eval(src, Map.of());
    }

    @Test
    void circuitFromTheExerciseSheet() throws ProgramException {
        assertEquals(-12.0, eval("(x + y) * z", Map.of("x", -2.0, "y", 5.0, "z", -4.0)));
    }

    @Test
    void functionsFollowTheEngineConventions() throws ProgramException {
        assertEquals(Math.log(2), eval("log(2)"));
        assertEquals(Math.log(2), eval("ln(2)"));
        assertEquals(0.5, eval("sigmoid(0)"));
        assertEquals(1 / (1 + Math.exp(-1.5)), eval("sigmoid(1.5)"));
        assertEquals(0.0, eval("relu(0)"));
        assertEquals(2.5, eval("relu(2.5)"));
        assertEquals(0.0, eval("relu(-2)"));
        assertEquals(0.0, eval("step(0)"));
        assertEquals(1.0, eval("step(0.001)"));
        assertEquals(-1.0, eval("sign(-3)"));
        assertEquals(0.0, eval("sign(0)"));
        assertEquals(3.0, eval("abs(-3)"));
        assertEquals(8.0, eval("2 ^ 3"));
        assertEquals(512.0, eval("2 ^ 3 ^ 2"));
        assertEquals(-4.0, eval("-2 ^ 2"));
        assertEquals(3.0, eval("sqrt(9)"));
        assertEquals(Math.tanh(0.3), eval("tanh(0.3)"));
        assertEquals(Math.tan(0.3) + Math.sin(0.3) + Math.cos(0.3) + Math.exp(0.3),
                eval("tan(0.3) + sin(0.3) + cos(0.3) + exp(0.3)"));
    }

    @Test
    void maxAndMinFollowTheirComparisons() throws ProgramException {
        assertEquals(3.0, eval("max(3, 2)"));
        assertEquals(2.0, eval("min(3, 2)"));
        // a >= b ? a : b: with NaN the comparison is false and the second argument wins
        assertEquals(1.0, Evaluator.apply(org.chainrule.expr.Func.MAX, Double.NaN, 1));
        assertEquals(1.0, Evaluator.apply(org.chainrule.expr.Func.MIN, Double.NaN, 1));
        assertTrue(Double.isNaN(Evaluator.apply(org.chainrule.expr.Func.MAX, 1, Double.NaN)));
    }

    @Test
    void constantsUseTheirValue() {
        Expr twoPi = Expr.mul(Expr.num(2), new Expr.Const("pi", Math.PI));
        assertEquals(2 * Math.PI, Evaluator.value(twoPi, Map.of("pi", 3.0)));
    }

    @Test
    void aMissingVariableIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> eval("x * rate", Map.of("x", 1.0)));
        assertTrue(e.getMessage().contains("'rate'"), e.getMessage());
    }

    @Test
    void nonFiniteValuesFlowThrough() throws ProgramException {
        assertTrue(Double.isNaN(eval("log(-1)")));
        assertEquals(Double.POSITIVE_INFINITY, eval("1 / 0"));
        assertEquals(0.0, eval("step(log(-1))"));
    }
}
