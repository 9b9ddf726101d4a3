package org.chainrule.symbolic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.chainrule.expr.Expr;
import org.chainrule.expr.Parser;
import org.chainrule.expr.Program;
import org.chainrule.expr.ProgramException;
import org.junit.jupiter.api.Test;

class AnalyticTest {

    @Test
    void theEvalExampleOfTheDesign() throws ProgramException {
        Program p = Parser.parse("q = x + y\nf = q * z");
        Map<String, Expr> g = Analytic.gradient(p);
        assertEquals(List.of("x", "y", "z"), List.copyOf(g.keySet()));
        assertEquals("z", InfixPrinter.print(g.get("x")));
        assertEquals("z", InfixPrinter.print(g.get("y")));
        assertEquals("x + y", InfixPrinter.print(g.get("z")));
        Map<String, Double> at = Map.of("x", -2.0, "y", 5.0, "z", -4.0);
        assertEquals(-4.0, Evaluator.value(g.get("x"), at));
        assertEquals(3.0, Evaluator.value(Analytic.derivative(p, "z"), at));
    }

    @Test
    void constantsStayConstantsAndTheTextParsesAgain() throws ProgramException {
        Program p = Parser.parse("area = pi * r ^ 2");
        Expr d = Analytic.derivative(p, "r");
        assertEquals("2 * pi * r", InfixPrinter.print(d));
        assertEquals(d, Parser.parse(InfixPrinter.print(d)).inlined());
        assertEquals(6 * Math.PI, Evaluator.value(d, Map.of("r", 3.0)), 1e-12);
    }

    @Test
    void theSigmoidNeuronAsAProgram() throws ProgramException {
        Program p = Parser.parse("s = x1*w1 + x2*w2 - w0\nf = 1 / (1 + exp(-s))");
        Map<String, Double> at = Map.of("x1", 2.0, "x2", 4.0, "w1", -3.0, "w2", 2.0, "w0", 1.0);
        assertEquals(-0.19661193324148185, Evaluator.value(Analytic.derivative(p, "w0"), at), 1e-15);
    }

    @Test
    void refusesAProgramTooLargeToExpand() throws ProgramException {
        StringBuilder src = new StringBuilder("a0 = x + 1\n");
        for (int i = 1; i <= 16; i++) src.append("a").append(i).append(" = a").append(i - 1).append(" * a").append(i - 1).append('\n');
        Program p = Parser.parse(src.toString());
        assertTrue(p.inlinedSize() > Analytic.MAX_INLINED_SIZE);
        TooLargeException e = assertThrows(TooLargeException.class, () -> Analytic.derivative(p, "x"));
        assertTrue(e.getMessage().startsWith("analytic derivative skipped: program too large to expand"), e.getMessage());
        assertEquals(p.inlinedSize(), e.size());
        assertTrue(e instanceof IllegalArgumentException);
    }

    @Test
    void refusesADerivativeTooLargeToWriteOut() throws ProgramException {
        // sin(sin(...sin(x))) 600 deep: the derivative is a product of 600 cosines of ever longer chains
        StringBuilder src = new StringBuilder("a0 = x\n");
        for (int i = 1; i <= 600; i++) src.append("a").append(i).append(" = sin(a").append(i - 1).append(")\n");
        Program p = Parser.parse(src.toString());
        TooLargeException e = assertThrows(TooLargeException.class, () -> Analytic.derivative(p, "x"));
        assertTrue(e.getMessage().startsWith("analytic derivative skipped: derivative too large"), e.getMessage());
    }

    @Test
    void refusesAGradientTooLargeToWriteOutButNotOneOfItsDerivatives() throws ProgramException {
        Program p = Parser.parse(neuron(500));
        TooLargeException e = assertThrows(TooLargeException.class, () -> Analytic.gradient(p));
        assertTrue(e.getMessage().startsWith("analytic derivative skipped: derivatives too large"), e.getMessage());
        Map<String, Double> at = new java.util.HashMap<>();
        for (String v : p.inputs()) at.put(v, 0.0);
        at.put("x7", 2.0);
        assertEquals(2 * 0.25, Evaluator.value(Analytic.derivative(p, "w7"), at), 1e-15);
    }

    @Test
    void refusesManyInputsOfALargeProgram() throws ProgramException {
        StringBuilder src = new StringBuilder("x0");
        for (int i = 1; i < 5000; i++) src.append(" + x").append(i);
        Program p = Parser.parse(src.toString());
        TooLargeException e = assertThrows(TooLargeException.class, () -> Analytic.gradient(p));
        assertTrue(e.getMessage().startsWith("analytic derivative skipped: program too large to expand for 5000 inputs"),
                e.getMessage());
        assertEquals("1", InfixPrinter.print(Analytic.derivative(p, "x4999")));
    }

    @Test
    void aGradientOfManyInputsIsQuick() throws ProgramException {
        Program p = Parser.parse(neuron(200));
        long start = System.nanoTime();
        Map<String, Expr> g = Analytic.gradient(p);
        assertEquals(401, g.size());
        assertTrue(System.nanoTime() - start < 5_000_000_000L, "about 0.05 s unloaded");
    }

    private static String neuron(int n) {
        StringBuilder s = new StringBuilder("f = 1 / (1 + exp(-(");
        for (int i = 1; i <= n; i++) s.append("x").append(i).append(" * w").append(i).append(" + ");
        return s.append("-w0)))").toString();
    }

    @Test
    void deepProgramsDoNotOverflowTheStack() throws Exception {
        StringBuilder src = new StringBuilder("a0 = x\n");
        int n = 3300; // 6 nodes a statement: just under the limit, and 6,600 levels deep
        for (int i = 1; i <= n; i++) src.append("a").append(i).append(" = a").append(i - 1).append(" * 0.5 + x * y\n");
        Program p = Parser.parse(src.toString());
        assertTrue(p.inlinedSize() <= Analytic.MAX_INLINED_SIZE);
        Expr[] d = onSmallStack(() -> new Expr[] {Analytic.derivative(p, "x"), Analytic.derivative(p, "y")});
        // a_n = 0.5^n x + 2 (1 - 0.5^n) x y, and 0.5^3300 is 0 in double
        assertEquals(2 * 3.0, Evaluator.value(d[0], Map.of("x", 1.0, "y", 3.0)), 1e-9);
        assertEquals(2 * 5.0, Evaluator.value(d[1], Map.of("x", 5.0, "y", 3.0)), 1e-9);
    }

    /** Small programs are worked on the caller's stack; 200 levels must fit in 256 KB. */
    @Test
    void smallProgramsFitOnASmallStack() throws Exception {
        StringBuilder src = new StringBuilder("a0 = x\n");
        for (int i = 1; i < 200; i++) src.append("a").append(i).append(" = sigmoid(a").append(i - 1).append(")\n");
        Program p = Parser.parse(src.toString());
        assertEquals(200, p.inlinedSize());
        Expr d = onSmallStack(() -> Analytic.derivative(p, "x"));
        assertTrue(TreeSize.of(d) > 200);
    }

    private static <T> T onSmallStack(java.util.concurrent.Callable<T> work) throws Exception {
        return org.chainrule.expr.BigStack.call(work, 256 * 1024);
    }
}
