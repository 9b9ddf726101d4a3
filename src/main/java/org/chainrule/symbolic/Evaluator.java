package org.chainrule.symbolic;

import java.util.List;
import java.util.Map;
import org.chainrule.expr.BinOp;
import org.chainrule.expr.Expr;
import org.chainrule.expr.Func;

/**
 * The value of an expression at a point, with the same rules as the engine's gates
 * ({@code org.chainrule.graph.Op}): natural log, {@code sigmoid(x) = 1 / (1 + exp(-x))},
 * {@code relu(x) = x > 0 ? x : 0}, {@code step(x) = x > 0 ? 1 : 0}, {@code sign = Math.signum},
 * {@code max(a, b) = a >= b ? a : b}, {@code min(a, b) = a <= b ? a : b}, {@code a ^ b = Math.pow(a, b)}.
 * No rule throws on a value: NaN and infinities flow through as IEEE arithmetic makes them.
 */
public final class Evaluator {

    private Evaluator() {}

    /**
     * Evaluates {@code e}; every {@link Expr.Var} must have a value in {@code env}.
     *
     * @throws IllegalArgumentException naming the first variable that has no value
     */
    public static double value(Expr e, Map<String, Double> env) {
        if (e instanceof Expr.Num n) return n.value();
        if (e instanceof Expr.Const c) return c.value();
        if (e instanceof Expr.Var v) {
            Double x = env.get(v.name());
            if (x == null) throw new IllegalArgumentException("no value for variable '" + v.name() + "'");
            return x;
        }
        if (e instanceof Expr.Neg n) return -value(n.arg(), env);
        if (e instanceof Expr.Binary b) {
            return apply(b.op(), value(b.left(), env), value(b.right(), env));
        }
        Expr.Call c = (Expr.Call) e;
        List<Expr> args = c.args();
        double a = value(args.get(0), env);
        double second = args.size() > 1 ? value(args.get(1), env) : 0;
        return apply(c.func(), a, second);
    }

    /** The value of a binary operator. */
    public static double apply(BinOp op, double a, double b) {
        switch (op) {
            case ADD: return a + b;
            case SUB: return a - b;
            case MUL: return a * b;
            case DIV: return a / b;
            case POW: return Math.pow(a, b);
            default: throw new IllegalStateException("no value rule for " + op);
        }
    }

    /** The value of a function; {@code b} is ignored by functions of one argument. */
    public static double apply(Func f, double a, double b) {
        switch (f) {
            case EXP: return Math.exp(a);
            case LOG: return Math.log(a);
            case SQRT: return Math.sqrt(a);
            case SIN: return Math.sin(a);
            case COS: return Math.cos(a);
            case TAN: return Math.tan(a);
            case TANH: return Math.tanh(a);
            case SIGMOID: return 1 / (1 + Math.exp(-a));
            case RELU: return a > 0 ? a : 0;
            case ABS: return Math.abs(a);
            case STEP: return a > 0 ? 1 : 0;
            case SIGN: return Math.signum(a);
            case MAX: return a >= b ? a : b;
            case MIN: return a <= b ? a : b;
            default: throw new IllegalStateException("no value rule for " + f);
        }
    }
}
