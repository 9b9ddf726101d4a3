package org.chainrule.symbolic;

import java.util.Set;
import org.chainrule.expr.BinOp;
import org.chainrule.expr.Expr;
import org.chainrule.expr.Func;

/**
 * Prints an expression as LaTeX that JLaTeXMath renders: {@code \frac} for division, {@code e^{u}} for
 * exp, {@code \sigma(u)}, {@code \sqrt{u}}, {@code |u|}, {@code \cdot} for products, {@code x^{2}},
 * and names with subscripts ({@code x1 -> x_{1}}, {@code w_out -> w_{out}}) and Greek letters
 * ({@code alpha -> \alpha}). Parentheses are {@code \left( \right)} and appear only where the
 * grouping needs them.
 */
public final class LatexPrinter {

    private static final Set<String> GREEK = Set.of(
            "alpha", "beta", "gamma", "delta", "epsilon", "varepsilon", "zeta", "eta", "theta", "vartheta",
            "iota", "kappa", "lambda", "mu", "nu", "xi", "pi", "varpi", "rho", "varrho", "sigma", "varsigma",
            "tau", "upsilon", "phi", "varphi", "chi", "psi", "omega",
            "Gamma", "Delta", "Theta", "Lambda", "Xi", "Pi", "Sigma", "Upsilon", "Phi", "Psi", "Omega");

    private static final int PRODUCT = 2;
    private static final int UNARY = 3;
    private static final int PRIMARY = 5;

    private LatexPrinter() {}

    /**
     * The program as one equation over its inputs, {@code f = ...} with the intermediates written
     * out, or empty when that would take more than {@code maxNodes} nodes (intermediates used many
     * times can make it exponentially long).
     */
    public static java.util.Optional<String> equation(org.chainrule.expr.Program p, long maxNodes) {
        if (p.inlinedSize() > maxNodes) return java.util.Optional.empty();
        return java.util.Optional.of(name(p.outputName()) + " = " + print(p.inlined()));
    }

    public static String print(Expr e) {
        StringBuilder out = new StringBuilder();
        write(e, out);
        return out.toString();
    }

    /** {@code \frac{\partial f}{\partial x_{1}}} for output f and variable x1. */
    public static String derivativeSymbol(String output, String variable) {
        return "\\frac{\\partial " + name(output) + "}{\\partial " + name(variable) + "}";
    }

    /**
     * A variable or output name: a trailing number or whatever follows the first underscore becomes a
     * subscript, a Greek letter's name becomes the letter, other names of several letters are upright.
     */
    public static String name(String name) {
        String base = name;
        String sub = null;
        int underscore = name.indexOf('_');
        if (underscore > 0 && underscore < name.length() - 1) {
            base = name.substring(0, underscore);
            sub = name.substring(underscore + 1);
        } else {
            int i = name.length();
            while (i > 0 && Character.isDigit(name.charAt(i - 1))) i--;
            if (i > 0 && i < name.length()) {
                base = name.substring(0, i);
                sub = name.substring(i);
            }
        }
        String out = letters(base);
        return sub == null ? out : out + "_{" + letters(sub) + "}";
    }

    private static String letters(String s) {
        if (GREEK.contains(s)) return "\\" + s;
        String escaped = s.replace("_", "\\_");
        if (s.length() == 1 || s.chars().allMatch(Character::isDigit)) return escaped;
        return "\\mathrm{" + escaped + "}";
    }

    static String number(double v) {
        if (Double.isNaN(v)) return "\\mathrm{NaN}";
        if (v < 0 || (v == 0 && 1 / v < 0)) return "-" + number(-v);
        if (Double.isInfinite(v)) return "\\infty";
        String s = InfixPrinter.number(v);
        int exp = s.indexOf('E');
        if (exp < 0) return s;
        String mantissa = s.substring(0, exp);
        if (mantissa.endsWith(".0")) mantissa = mantissa.substring(0, mantissa.length() - 2);
        String power = "10^{" + s.substring(exp + 1) + "}";
        return mantissa.equals("1") ? power : mantissa + " \\cdot " + power;
    }

    private static int level(Expr e) {
        if (e instanceof Expr.Num n) {
            String s = number(n.value());
            if (s.startsWith("-")) return UNARY;
            return s.contains("\\cdot") ? PRODUCT : s.contains("^") ? BinOp.POW.precedence() : PRIMARY;
        }
        if (e instanceof Expr.Neg) return UNARY;
        if (e instanceof Expr.Binary b) return b.op() == BinOp.DIV ? PRIMARY : b.op().precedence();
        if (e instanceof Expr.Call c && c.func() == Func.EXP) return BinOp.POW.precedence();
        return PRIMARY;
    }

    private static void write(Expr e, StringBuilder out) {
        if (e instanceof Expr.Num n) {
            out.append(number(n.value()));
        } else if (e instanceof Expr.Var v) {
            out.append(name(v.name()));
        } else if (e instanceof Expr.Const c) {
            out.append(name(c.name()));
        } else if (e instanceof Expr.Neg n) {
            out.append('-');
            write(n.arg(), level(n.arg()) <= UNARY, out);
        } else if (e instanceof Expr.Binary b) {
            binary(b, out);
        } else {
            call((Expr.Call) e, out);
        }
    }

    private static void binary(Expr.Binary b, StringBuilder out) {
        switch (b.op()) {
            case DIV:
                out.append("\\frac{");
                write(b.left(), out);
                out.append("}{");
                write(b.right(), out);
                out.append('}');
                return;
            case POW:
                Expr base = b.left();
                boolean fraction = base instanceof Expr.Binary q && q.op() == BinOp.DIV;
                write(base, fraction || level(base) < PRIMARY, out);
                out.append("^{");
                write(b.right(), out);
                out.append('}');
                return;
            default:
                int p = b.op().precedence();
                write(b.left(), level(b.left()) < p, out);
                out.append(b.op() == BinOp.MUL ? " \\cdot " : " " + b.op().symbol() + " ");
                int right = level(b.right());
                write(b.right(), right <= p || right == UNARY, out);
        }
    }

    private static void call(Expr.Call c, StringBuilder out) {
        Expr u = c.args().get(0);
        switch (c.func()) {
            case EXP:
                out.append("e^{");
                write(u, out);
                out.append('}');
                return;
            case SQRT:
                out.append("\\sqrt{");
                write(u, out);
                out.append('}');
                return;
            case ABS:
                out.append("\\left|");
                write(u, out);
                out.append("\\right|");
                return;
            case LOG: out.append("\\log"); break;
            case SIN: out.append("\\sin"); break;
            case COS: out.append("\\cos"); break;
            case TAN: out.append("\\tan"); break;
            case TANH: out.append("\\tanh"); break;
            case SIGMOID: out.append("\\sigma"); break;
            case MAX: out.append("\\max"); break;
            case MIN: out.append("\\min"); break;
            default: out.append("\\operatorname{").append(c.func().fname()).append('}');
        }
        out.append("\\left(");
        for (int i = 0; i < c.args().size(); i++) {
            if (i > 0) out.append(", ");
            write(c.args().get(i), out);
        }
        out.append("\\right)");
    }

    private static void write(Expr e, boolean parenthesize, StringBuilder out) {
        if (parenthesize) out.append("\\left(");
        write(e, out);
        if (parenthesize) out.append("\\right)");
    }
}
