package org.chainrule.expr;

import static org.chainrule.expr.Expr.add;
import static org.chainrule.expr.Expr.mul;
import static org.chainrule.expr.Expr.neg;
import static org.chainrule.expr.Expr.num;
import static org.chainrule.expr.Expr.pow;
import static org.chainrule.expr.Expr.sub;
import static org.chainrule.expr.Expr.var;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParserTest {

    static Expr parse(String s) throws ProgramException {
        return Parser.parseExpression(s);
    }

    @Test
    void precedenceAndAssociativity() throws Exception {
        assertEquals(mul(add(var("x"), var("y")), var("z")), parse("(x + y) * z"));
        assertEquals(add(var("x"), mul(var("y"), var("z"))), parse("x + y * z"));
        assertEquals(sub(sub(var("a"), var("b")), var("c")), parse("a - b - c"));
        assertEquals(neg(pow(var("x"), num(2))), parse("-x^2"));
        assertEquals(pow(num(2), pow(num(3), num(2))), parse("2^3^2"));
        assertEquals(pow(num(2), pow(num(3), num(2))), parse("2**3**2"));
        assertEquals(pow(num(2), neg(var("x"))), parse("2^-x"));
    }

    @Test
    void typographicFormsFromAPdf() throws Exception {
        assertEquals(parse("(x + y) * z"), parse("(x + y) × z"));
        assertEquals(parse("x * y"), parse("x · y"));
        assertEquals(parse("x - y"), parse("x − y"));
        assertEquals(parse("sigmoid(x)"), parse("σ(x)"));
        assertEquals(parse("log(x)"), parse("ln(x)"));
    }

    @Test
    void numbers() throws Exception {
        assertEquals(num(0.001), parse("1e-3"));
        assertEquals(num(0.5), parse(".5"));
        assertEquals(num(2500), parse("2.5E3"));
        // 2e is the number 2 followed by the constant e: a missing operator, not an exponent
        ProgramException ex = assertThrows(ProgramException.class, () -> parse("2e"));
        assertEquals("missing operator before 'e' (write * for multiplication)", ex.getMessage());
    }

    @Test
    void statementsIntermediatesAndInputs() throws Exception {
        Program p = Parser.parse("q = x + y\nf = q * z");
        assertEquals("f", p.outputName());
        assertEquals(List.of("x", "y", "z"), p.inputs());
        assertEquals(mul(add(var("x"), var("y")), var("z")), p.inlined());
        Program c = Parser.parse("pi * r ^ 2 + e");
        assertEquals(List.of("r"), c.inputs());
        assertEquals(List.of("r", "e"), c.withValuesFor(java.util.Set.of("e")).inputs());
        assertEquals("f", Parser.parse("x").outputName());
    }

    @Test
    void diagnosticsPointAtTheColumnWithACaret() {
        ProgramException ex = assertThrows(ProgramException.class, () -> Parser.parse("(x + y * z"));
        assertEquals("column 11: expected ')' to close the '(' at column 1\n  (x + y * z\n            ^", ex.render());
        ex = assertThrows(ProgramException.class, () -> Parser.parse("q = x\nf = q +* 2"));
        assertEquals("line 2, column 8: expected a number, a name or '(' but found '*'\n  f = q +* 2\n         ^", ex.render());
        ex = assertThrows(ProgramException.class, () -> Parser.parse("tahn(x)"));
        assertEquals("column 1: unknown function 'tahn'; did you mean tanh?\n  tahn(x)\n  ^^^^", ex.render());
    }

    @Test
    void deepNestingWorksOnABigStackAndIsRefusedBeyondTheLimit() throws Exception {
        int depth = 5000;
        String deep = "(".repeat(depth) + "x" + ")".repeat(depth);
        assertEquals(var("x"), BigStack.call(() -> parse(deep)));
        String tooDeep = "(".repeat(Parser.MAX_DEPTH + 1) + "x" + ")".repeat(Parser.MAX_DEPTH + 1);
        ProgramException ex = assertThrows(ProgramException.class, () -> {
            try {
                BigStack.call(() -> parse(tooDeep));
            } catch (ProgramException e) {
                throw e;
            }
        });
        assertEquals("the program is nested more than " + Parser.MAX_DEPTH + " levels deep", ex.getMessage());
    }

    @Test
    void deepNestingOnASmallStackGivesAMessageNotAStackOverflow() throws Exception {
        String deep = "(".repeat(40_000) + "x" + ")".repeat(40_000);
        Object[] result = new Object[1];
        Thread t = new Thread(null, () -> {
            try {
                result[0] = Parser.parse(deep);
            } catch (ProgramException e) {
                result[0] = e;
            }
        }, "small", 256 * 1024);
        t.start();
        t.join();
        ProgramException e = (ProgramException) result[0];
        assertEquals(true, e.getMessage().startsWith("the program is nested too deeply to parse on this stack"));
    }
}
