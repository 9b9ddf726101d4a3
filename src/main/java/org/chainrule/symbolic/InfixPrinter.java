package org.chainrule.symbolic;

import org.chainrule.expr.BinOp;
import org.chainrule.expr.Expr;

/**
 * Prints an expression in the input language, with spaces around binary operators and only the
 * parentheses the grammar needs, plus two for the reader: a negative right operand is wrapped
 * ({@code x * (-3)}, {@code a - (-b)}) and so is a double negation ({@code -(-x)}).
 *
 * <p>Round trip: for every tree the {@link org.chainrule.expr.Parser} produces,
 * {@code Parser.parseExpression(print(t)).equals(t)}. Other trees re-parse to the same value: a
 * negative number prints as unary minus on a positive one, infinity as {@code 1e999} (which the parser
 * reads as infinity) and NaN as {@code (0 / 0)}.
 *
 * <p>Precedence levels follow the parser: 1 for {@code + -}, 2 for {@code * /}, 3 for unary minus,
 * 4 for {@code ^} (right-associative, its base a primary, its exponent a unary), 5 for primaries.
 */
public final class InfixPrinter {

    private static final int UNARY = 3;
    private static final int PRIMARY = 5;

    private InfixPrinter() {}

    public static String print(Expr e) {
        StringBuilder out = new StringBuilder();
        write(e, out);
        return out.toString();
    }

    /** The number as the input language writes it: 2 not 2.0, otherwise a form that parses back exactly. */
    public static String number(double v) {
        if (Double.isNaN(v)) return "(0 / 0)";
        if (v < 0 || (v == 0 && 1 / v < 0)) return "-" + number(-v);
        if (Double.isInfinite(v)) return "1e999";
        if (v == Math.rint(v) && v < 1e15) return Long.toString((long) v);
        return Double.toString(v);
    }

    static int level(Expr e) {
        if (e instanceof Expr.Num n) return isNegative(n.value()) ? UNARY : PRIMARY;
        if (e instanceof Expr.Neg) return UNARY;
        if (e instanceof Expr.Binary b) return b.op().precedence();
        return PRIMARY;
    }

    private static boolean isNegative(double v) {
        return v < 0 || (v == 0 && 1 / v < 0);
    }

    private static void write(Expr e, StringBuilder out) {
        if (e instanceof Expr.Num n) {
            out.append(number(n.value()));
        } else if (e instanceof Expr.Var v) {
            out.append(v.name());
        } else if (e instanceof Expr.Const c) {
            out.append(c.name());
        } else if (e instanceof Expr.Neg n) {
            out.append('-');
            write(n.arg(), level(n.arg()) <= UNARY, out);
        } else if (e instanceof Expr.Binary b) {
            binary(b, out);
        } else {
            Expr.Call c = (Expr.Call) e;
            out.append(c.func().fname()).append('(');
            for (int i = 0; i < c.args().size(); i++) {
                if (i > 0) out.append(", ");
                write(c.args().get(i), out);
            }
            out.append(')');
        }
    }

    private static void binary(Expr.Binary b, StringBuilder out) {
        int p = b.op().precedence();
        if (b.op() == BinOp.POW) {
            write(b.left(), level(b.left()) < PRIMARY, out);
            out.append(" ^ ");
            write(b.right(), level(b.right()) < UNARY, out);
            return;
        }
        // left-associative: the left operand may be as loose as the operator, the right one must be tighter;
        // a negative right operand is wrapped for the reader although the grammar would accept it bare.
        write(b.left(), level(b.left()) < p, out);
        out.append(' ').append(b.op().symbol()).append(' ');
        int right = level(b.right());
        write(b.right(), right <= p || right == UNARY, out);
    }

    private static void write(Expr e, boolean parenthesize, StringBuilder out) {
        if (parenthesize) out.append('(');
        write(e, out);
        if (parenthesize) out.append(')');
    }
}
