package org.chainrule.symbolic;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.chainrule.expr.Expr;
import org.chainrule.expr.Parser;
import org.chainrule.expr.ProgramException;
import org.chainrule.testing.RandomExprs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scilab.forge.jlatexmath.ParseException;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

class LatexPrinterTest {

    private static String latex(String src) throws ProgramException {
        return LatexPrinter.print(Parser.parse(src).inlined());
    }

    @ParameterizedTest(name = "{0}  ->  {1}")
    @CsvSource(delimiter = ';', value = {
            "(x + y) * z; \\left(x + y\\right) \\cdot z",
            "x1 * w1 + x2 * w2 - w0; x_{1} \\cdot w_{1} + x_{2} \\cdot w_{2} - w_{0}",
            "1 / (1 + exp(-s)); \\frac{1}{1 + e^{-s}}",
            "sigmoid(x) * (1 - sigmoid(x)); \\sigma\\left(x\\right) \\cdot \\left(1 - \\sigma\\left(x\\right)\\right)",
            "sqrt(x^2 + 1); \\sqrt{x^{2} + 1}",
            "log(x) + tanh(x); \\log\\left(x\\right) + \\tanh\\left(x\\right)",
            "max(a, b) - min(a, 0); \\max\\left(a, b\\right) - \\min\\left(a, 0\\right)",
            "relu(x) + step(x) + sign(x); \\operatorname{relu}\\left(x\\right) + \\operatorname{step}\\left(x\\right) + \\operatorname{sign}\\left(x\\right)",
            "abs(x - 1); \\left|x - 1\\right|",
            "alpha * sigma1; \\alpha \\cdot \\sigma_{1}",
            "learning_rate * w_out; \\mathrm{learning}_{\\mathrm{rate}} \\cdot w_{\\mathrm{out}}",
            "2 * pi * r; 2 \\cdot \\pi \\cdot r",
            "exp(x)^2; \\left(e^{x}\\right)^{2}",
            "(a / b)^2; \\left(\\frac{a}{b}\\right)^{2}",
            "-x^2; -x^{2}",
            "(-x)^2; \\left(-x\\right)^{2}",
            "a - (b - c); a - \\left(b - c\\right)",
            "x * -3; x \\cdot \\left(-3\\right)",
            "2^3^2; 2^{3^{2}}",
            "1.5e-7 + 1e20 + 0.25; 1.5 \\cdot 10^{-7} + 10^{20} + 0.25",
    })
    void printsReadableLatex(String input, String expected) throws ProgramException {
        String tex = latex(input);
        assertEquals(expected, tex);
        assertRenders(tex);
    }

    @Test
    void derivativeSymbol() {
        assertEquals("\\frac{\\partial f}{\\partial x_{1}}", LatexPrinter.derivativeSymbol("f", "x1"));
        assertEquals("\\frac{\\partial \\mathrm{loss}}{\\partial w_{0}}", LatexPrinter.derivativeSymbol("loss", "w0"));
        assertRenders(LatexPrinter.derivativeSymbol("L", "alpha"));
        assertRenders(LatexPrinter.derivativeSymbol("out_2", "x_in"));
    }

    @Test
    void sigmoidNeuronDerivativeRenders() throws ProgramException {
        Expr neuron = Parser.parseExpression("1 / (1 + exp(-(x1*w1 + x2*w2 - w0)))");
        for (String v : List.of("x1", "w1", "w0")) {
            String tex = LatexPrinter.derivativeSymbol("f", v) + " = "
                    + LatexPrinter.print(Simplifier.simplify(Derivative.of(neuron, v)));
            assertRenders(tex);
        }
    }

    @Test
    void nonFiniteNumbersRender() {
        assertRenders(LatexPrinter.print(Expr.add(Expr.num(Double.NaN), Expr.num(Double.NEGATIVE_INFINITY))));
        assertRenders(LatexPrinter.print(Expr.var("θ1")));
    }

    @Test
    void theRenderCheckRejectsUnknownCommands() {
        assertThrows(ParseException.class, () -> new TeXFormula("\\frac{1}{\\nosuchcommand}"));
    }

    /** Printing never throws and JLaTeXMath accepts what it prints (rendering checked on a sample). */
    @Test
    void randomExpressionsPrintAndParse() {
        Random r = new Random(99);
        List<String> vars = List.of("x", "y1", "alpha", "w_out");
        for (int i = 0; i < 1500; i++) {
            Expr e = RandomExprs.exprWithConstants(r, vars, 5);
            String tex = LatexPrinter.print(e);
            assertDoesNotThrow(() -> new TeXFormula(tex), tex);
            if (i % 50 == 0) assertRenders(tex);
            String d = LatexPrinter.print(Simplifier.simplify(Derivative.of(e, "x")));
            assertDoesNotThrow(() -> new TeXFormula(d), d);
        }
    }

    private static void assertRenders(String tex) {
        TeXIcon icon = assertDoesNotThrow(() -> new TeXFormula(tex).createTeXIcon(TeXConstants.STYLE_DISPLAY, 20), tex);
        assertTrue(icon.getIconWidth() > 0, tex);
    }
}
