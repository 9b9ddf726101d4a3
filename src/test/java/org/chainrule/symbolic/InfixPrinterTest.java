package org.chainrule.symbolic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.chainrule.expr.Expr;
import org.chainrule.expr.Parser;
import org.chainrule.expr.ProgramException;
import org.chainrule.testing.RandomExprs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InfixPrinterTest {

    private static final List<String> VARS = List.of("x", "y", "w1", "alpha");

    @ParameterizedTest(name = "{0}  ->  {1}")
    @CsvSource(delimiter = ';', value = {
            "(x + y) * z; (x + y) * z",
            "x1*w1 + x2*w2; x1 * w1 + x2 * w2",
            "-x^2; -x ^ 2",
            "(-x)^2; (-x) ^ 2",
            "a - (b - c); a - (b - c)",
            "a - b - c; a - b - c",
            "a + (b + c); a + (b + c)",
            "a / (b * c); a / (b * c)",
            "a / b * c; a / b * c",
            "a * (b / c); a * (b / c)",
            "2^3^2; 2 ^ 3 ^ 2",
            "(2^3)^2; (2 ^ 3) ^ 2",
            "2 ^ -x; 2 ^ -x",
            "x * -3; x * (-3)",
            "x - -y; x - (-y)",
            "--x; -(-x)",
            "-(x * y); -(x * y)",
            "-x * y; -x * y",
            "-exp(x); -exp(x)",
            "2.0 * x; 2 * x",
            "0.5 + 1e-3 + 1.0E10 + 1.5e20; 0.5 + 0.001 + 10000000000 + 1.5E20",
            "pow(x, 2) ** 3; (x ^ 2) ^ 3",
            "max(x, min(y, 0)) + σ(x); max(x, min(y, 0)) + sigmoid(x)",
            "ln(x); log(x)",
            "(x + y) ^ (a * b); (x + y) ^ (a * b)",
            "exp(-(x1*w1 + x2*w2 - w0)); exp(-(x1 * w1 + x2 * w2 - w0))",
    })
    void printsWithMinimalParentheses(String input, String expected) throws ProgramException {
        Expr e = Parser.parseExpression(input);
        assertEquals(expected, InfixPrinter.print(e));
        assertEquals(e, Parser.parseExpression(InfixPrinter.print(e)));
    }

    @Test
    void numbersThatTheParserCannotWriteStillReparseToTheirValue() throws ProgramException {
        assertReparsesTo(-3, Expr.mul(Expr.var("x"), Expr.num(-3)), "x * (-3)");
        assertReparsesTo(-3, Expr.num(-3), "-3");
        assertReparsesTo(9, Expr.pow(Expr.num(-3), Expr.num(2)), "(-3) ^ 2");
        assertReparsesTo(-0.25, Expr.num(-0.25), "-0.25");
        assertReparsesTo(Double.POSITIVE_INFINITY, Expr.num(Double.POSITIVE_INFINITY), "1e999");
        assertReparsesTo(Double.NEGATIVE_INFINITY, Expr.num(Double.NEGATIVE_INFINITY), "-1e999");
        assertReparsesTo(Double.NaN, Expr.num(Double.NaN), "(0 / 0)");
        assertReparsesTo(2 * Math.PI, Expr.mul(Expr.num(2), new Expr.Const("pi", Math.PI)), "2 * pi");
        assertReparsesTo(4.9e-324, Expr.num(4.9e-324), "4.9E-324");
        assertReparsesTo(1.0 / 3, Expr.num(1.0 / 3), "0.3333333333333333");
        assertReparsesTo(123456789012345.0, Expr.num(123456789012345.0), "123456789012345");
        assertReparsesTo(1e15, Expr.num(1e15), "1.0E15");
    }

    private static void assertReparsesTo(double value, Expr e, String text) throws ProgramException {
        assertEquals(text, InfixPrinter.print(e));
        assertEquals(value, Evaluator.value(Parser.parse(text).inlined(), Map.of("x", 1.0)));
    }

    /** Every tree the parser can produce prints to text that parses back to the identical tree. */
    @Test
    void roundTripsRandomParserTrees() throws ProgramException {
        Random r = new Random(7);
        for (int i = 0; i < 10_000; i++) {
            Expr e = RandomExprs.expr(r, VARS, 6);
            String text = InfixPrinter.print(e);
            Expr back;
            try {
                back = Parser.parseExpression(text);
            } catch (ProgramException ex) {
                throw new AssertionError("does not parse: " + text + "\n" + ex.render(), ex);
            }
            if (!back.equals(e)) fail("round trip changed the tree: " + text + "\n  reprinted: " + InfixPrinter.print(back));
        }
    }

    /** Simplified trees hold negative numbers and constants the parser never makes; they keep their value. */
    @Test
    void simplifiedTreesReparseToTheSameValue() throws ProgramException {
        Random r = new Random(11);
        int compared = 0;
        for (int i = 0; i < 5_000; i++) {
            Expr s = Simplifier.simplify(RandomExprs.exprWithConstants(r, VARS, 5));
            String text = InfixPrinter.print(s);
            Expr back = Parser.parse(text).inlined(); // the program turns pi and e back into constants
            assertEquals(s, Simplifier.simplify(back), () -> "reparsed and simplified differs: " + text);
            Map<String, Double> env = new HashMap<>();
            for (String v : VARS) env.put(v, RandomExprs.value(r, 3));
            double a = Evaluator.value(s, env);
            double b = Evaluator.value(back, env);
            if (Double.isFinite(a)) {
                compared++;
                assertEquals(a, b, 1e-12 * Math.abs(a), text);
            }
        }
        assertTrue(compared > 2_000, "compared " + compared);
    }
}
