package org.chainrule.testing;

import java.util.Map;
import org.chainrule.expr.Expr;
import org.chainrule.expr.Func;
import org.chainrule.symbolic.Evaluator;

/**
 * Evaluates an expression and also reports whether every subexpression was finite (the domain on which
 * algebraic identities hold), the largest magnitude seen along the way (the scale of rounding errors),
 * and the smallest distance of a relu/abs/step/sign argument or a max/min difference from its kink.
 */
public final class Domain {

    private boolean allFinite = true;
    private double largest;
    private double nearestKink = Double.POSITIVE_INFINITY;

    private Domain() {}

    public record Result(double value, boolean allFinite, double largest, double nearestKink) {}

    public static Result evaluate(Expr e, Map<String, Double> env) {
        Domain d = new Domain();
        double v = d.value(e, env);
        return new Result(v, d.allFinite, d.largest, d.nearestKink);
    }

    private double value(Expr e, Map<String, Double> env) {
        double v;
        if (e instanceof Expr.Neg n) {
            v = -value(n.arg(), env);
        } else if (e instanceof Expr.Binary b) {
            v = Evaluator.apply(b.op(), value(b.left(), env), value(b.right(), env));
        } else if (e instanceof Expr.Call c) {
            double a = value(c.args().get(0), env);
            double b = c.args().size() > 1 ? value(c.args().get(1), env) : 0;
            Func f = c.func();
            if (f == Func.RELU || f == Func.ABS || f == Func.STEP || f == Func.SIGN) kink(a);
            if (f == Func.MAX || f == Func.MIN) kink(a - b);
            v = Evaluator.apply(f, a, b);
        } else {
            v = Evaluator.value(e, env);
        }
        if (!Double.isFinite(v)) allFinite = false;
        else largest = Math.max(largest, Math.abs(v));
        return v;
    }

    private void kink(double distance) {
        nearestKink = Math.min(nearestKink, Double.isNaN(distance) ? 0 : Math.abs(distance));
    }
}
