package org.chainrule.symbolic;

import java.util.List;
import org.chainrule.expr.BinOp;
import org.chainrule.expr.Expr;
import org.chainrule.expr.Func;

/**
 * Smart constructors: build a node, applying only local rules that look at the operands' top
 * (identities with 0 and 1, folding of two numbers, double negation). {@link Derivative} builds with
 * these so that the zeros of the chain and product rules vanish as they appear; {@link Simplifier}
 * does the global work (collecting like terms and factors) afterwards.
 *
 * <p>Numbers are folded when the result is finite; for division, powers and functions only when the
 * result is also {@linkplain #tidy tidy}, so {@code 1 / 3} and {@code exp(1)} stay as written.
 */
final class Smart {

    static final Expr ZERO = new Expr.Num(0);
    static final Expr ONE = new Expr.Num(1);
    static final Expr TWO = new Expr.Num(2);

    private Smart() {}

    static boolean isNum(Expr e, double v) {
        return e instanceof Expr.Num n && n.value() == v;
    }

    static boolean isZero(Expr e) { return isNum(e, 0); }

    static boolean isOne(Expr e) { return isNum(e, 1); }

    /** A number node; -0.0 becomes 0.0 so that equal values give equal trees. */
    static Expr num(double v) {
        return new Expr.Num(v == 0 ? 0.0 : v);
    }

    /** Finite, and short when printed: an integer, or a decimal such as 0.5 or 2.25. */
    static boolean tidy(double v) {
        if (!Double.isFinite(v)) return false;
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return true;
        return Double.toString(Math.abs(v)).length() <= 8;
    }

    static Expr add(Expr a, Expr b) {
        if (isZero(a)) return b;
        if (isZero(b)) return a;
        if (a instanceof Expr.Num x && b instanceof Expr.Num y && Double.isFinite(x.value() + y.value())) {
            return num(x.value() + y.value());
        }
        if (b instanceof Expr.Neg n) return sub(a, n.arg());
        if (b instanceof Expr.Num y && y.value() < 0) return sub(a, num(-y.value()));
        return new Expr.Binary(BinOp.ADD, a, b);
    }

    static Expr sub(Expr a, Expr b) {
        if (isZero(b)) return a;
        if (isZero(a)) return neg(b);
        if (a instanceof Expr.Num x && b instanceof Expr.Num y && Double.isFinite(x.value() - y.value())) {
            return num(x.value() - y.value());
        }
        if (b instanceof Expr.Neg n) return add(a, n.arg());
        if (b instanceof Expr.Num y && y.value() < 0) return add(a, num(-y.value()));
        return new Expr.Binary(BinOp.SUB, a, b);
    }

    static Expr mul(Expr a, Expr b) {
        if (isZero(a) || isZero(b)) return ZERO;
        if (isOne(a)) return b;
        if (isOne(b)) return a;
        if (a instanceof Expr.Num x && b instanceof Expr.Num y && Double.isFinite(x.value() * y.value())) {
            return num(x.value() * y.value());
        }
        if (isNum(a, -1)) return neg(b);
        if (isNum(b, -1)) return neg(a);
        if (a instanceof Expr.Neg n) return neg(mul(n.arg(), b));
        if (b instanceof Expr.Neg n) return neg(mul(a, n.arg()));
        if (b instanceof Expr.Num && !(a instanceof Expr.Num)) return mul(b, a);
        if (a instanceof Expr.Num x && b instanceof Expr.Binary m && m.op() == BinOp.MUL
                && m.left() instanceof Expr.Num y && Double.isFinite(x.value() * y.value())) {
            return mul(num(x.value() * y.value()), m.right());
        }
        return new Expr.Binary(BinOp.MUL, a, b);
    }

    static Expr div(Expr a, Expr b) {
        if (isZero(a)) return ZERO;
        if (isOne(b)) return a;
        if (isNum(b, -1)) return neg(a);
        if (a instanceof Expr.Num x && b instanceof Expr.Num y && tidy(x.value() / y.value())) {
            return num(x.value() / y.value());
        }
        if (a instanceof Expr.Neg n) return neg(div(n.arg(), b));
        return new Expr.Binary(BinOp.DIV, a, b);
    }

    static Expr pow(Expr a, Expr b) {
        if (isOne(b)) return a;
        if (isZero(b) || isOne(a)) return ONE;
        if (a instanceof Expr.Num x && b instanceof Expr.Num y && tidy(Math.pow(x.value(), y.value()))) {
            return num(Math.pow(x.value(), y.value()));
        }
        return new Expr.Binary(BinOp.POW, a, b);
    }

    static Expr neg(Expr a) {
        if (a instanceof Expr.Num x) return num(-x.value());
        if (a instanceof Expr.Neg n) return n.arg();
        if (a instanceof Expr.Binary m && m.op() == BinOp.MUL && m.left() instanceof Expr.Num x) {
            return mul(num(-x.value()), m.right());
        }
        return new Expr.Neg(a);
    }

    /** A call; folded to a number when every argument is a number and the value is tidy. */
    static Expr call(Func f, List<Expr> args) {
        boolean numbers = args.stream().allMatch(x -> x instanceof Expr.Num);
        if (numbers) {
            double a = ((Expr.Num) args.get(0)).value();
            double b = args.size() > 1 ? ((Expr.Num) args.get(1)).value() : 0;
            double v = Evaluator.apply(f, a, b);
            if (tidy(v)) return num(v);
        }
        return new Expr.Call(f, args);
    }

    static Expr call(Func f, Expr... args) {
        return call(f, List.of(args));
    }
}
