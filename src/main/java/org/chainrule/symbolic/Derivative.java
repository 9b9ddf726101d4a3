package org.chainrule.symbolic;

import static org.chainrule.symbolic.Smart.ONE;
import static org.chainrule.symbolic.Smart.TWO;
import static org.chainrule.symbolic.Smart.ZERO;
import static org.chainrule.symbolic.Smart.isZero;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.chainrule.expr.BinOp;
import org.chainrule.expr.Expr;
import org.chainrule.expr.Func;

/**
 * Symbolic differentiation. Each operator and function knows only its own local derivative
 * ({@link #partial}); the chain rule is written once ({@link #chain}), as in SymPy's {@code fdiff} and
 * {@code Function._eval_derivative}. The local derivatives are the engine's: {@code relu' = step},
 * {@code abs' = sign}, {@code step' = sign' = 0}, and {@code max}/{@code min} route the gradient to the
 * winning input, to the first on a tie: {@code d max(a, b) = (1 - step(b - a)) a' + step(b - a) b'}.
 * Operators: the sum and product rules; the quotient rule as {@code a'/b - a b'/b^2} (just {@code a'/b}
 * when b does not depend on the variable); for {@code a^b}, {@code b a^(b-1) a'} when b does not depend
 * on the variable (so a negative base works), {@code a^b log(a) b'} when a does not, and
 * {@code a^b (b' log(a) + b a'/a)} otherwise.
 *
 * <p>Nodes are built with {@link Smart} constructors, so zeros vanish as they appear: the derivative of
 * {@code x1*w1 + ... + xn*wn} with respect to {@code w1} is {@code x1}, not a sum of n products with 0.
 * Derivatives are memoised by node identity, so a subtree shared by reference (as
 * {@link org.chainrule.expr.Program#inlined()} shares intermediates) is differentiated once and its
 * derivative is shared too. The result grows linearly with the input for a neuron with n inputs.
 *
 * <p>Recursion follows the tree: run very deep trees on a large stack
 * ({@link org.chainrule.expr.BigStack}), as {@link Analytic} does.
 */
public final class Derivative {

    private final String variable;
    private final Dependence dependence;
    private final Map<Expr, Expr> memo = new IdentityHashMap<>();

    private Derivative(String variable, Dependence dependence) {
        this.variable = variable;
        this.dependence = dependence;
    }

    /** d e / d variable, lightly simplified; pass it to {@link Simplifier#simplify} for a tidy form. */
    public static Expr of(Expr e, String variable) {
        return new Derivative(variable, null).d(e);
    }

    /** The same, skipping the subtrees that {@code dependence} knows to be free of the variable. */
    static Expr of(Expr e, String variable, Dependence dependence) {
        return new Derivative(variable, dependence).d(e);
    }

    private Expr d(Expr e) {
        if (dependence != null && !dependence.dependsOn(e, variable)) return ZERO;
        Expr done = memo.get(e);
        if (done == null) {
            done = compute(e);
            memo.put(e, done);
        }
        return done;
    }

    private Expr compute(Expr e) {
        if (e instanceof Expr.Num || e instanceof Expr.Const) return ZERO;
        if (e instanceof Expr.Var v) return v.name().equals(variable) ? ONE : ZERO;
        if (e instanceof Expr.Neg n) return Smart.neg(d(n.arg()));
        if (e instanceof Expr.Binary b) return binary(b);
        Expr.Call c = (Expr.Call) e;
        Expr total = ZERO;
        for (int i = 0; i < c.args().size(); i++) {
            Expr du = d(c.args().get(i));
            if (!isZero(du)) total = Smart.add(total, chain(partial(c, i), du));
        }
        return total;
    }

    /** The chain rule, once: (local derivative) times (derivative of the argument). */
    private static Expr chain(Expr local, Expr du) {
        if (local instanceof Expr.Binary q && q.op() == BinOp.DIV && Smart.isOne(q.left())) {
            return Smart.div(du, q.right()); // u' / g reads better than 1 / g * u'
        }
        return Smart.mul(local, du);
    }

    /** d f(args) / d args[i]: each function's own derivative, nothing else. */
    static Expr partial(Expr.Call call, int i) {
        List<Expr> args = call.args();
        Expr u = args.get(0);
        switch (call.func()) {
            case EXP: return call;
            case LOG: return reciprocal(u);
            case SQRT: return reciprocal(Smart.mul(TWO, call));
            case SIN: return Smart.call(Func.COS, u);
            case COS: return Smart.neg(Smart.call(Func.SIN, u));
            case TAN: return reciprocal(Smart.pow(Smart.call(Func.COS, u), TWO));
            case TANH: return Smart.sub(ONE, Smart.pow(call, TWO));
            case SIGMOID: return Smart.mul(call, Smart.sub(ONE, call));
            case RELU: return Smart.call(Func.STEP, u);
            case ABS: return Smart.call(Func.SIGN, u);
            case STEP:
            case SIGN:
                return ZERO;
            case MAX: return route(Smart.sub(args.get(1), u), i);
            case MIN: return route(Smart.sub(u, args.get(1)), i);
            default: throw new UnsupportedOperationException("no derivative rule for function " + call.func().fname());
        }
    }

    /** For max and min: the second input wins where {@code step(secondWins) = 1}; ties go to the first. */
    private static Expr route(Expr secondWins, int i) {
        Expr step = Smart.call(Func.STEP, secondWins);
        return i == 0 ? Smart.sub(ONE, step) : step;
    }

    private static Expr reciprocal(Expr g) {
        return new Expr.Binary(BinOp.DIV, ONE, g);
    }

    private Expr binary(Expr.Binary e) {
        Expr a = e.left();
        Expr b = e.right();
        Expr da = d(a);
        Expr db = d(b);
        switch (e.op()) {
            case ADD: return Smart.add(da, db);
            case SUB: return Smart.sub(da, db);
            case MUL: return Smart.add(Smart.mul(da, b), Smart.mul(a, db));
            case DIV:
                if (isZero(db)) return Smart.div(da, b);
                Expr quotient = Smart.div(Smart.mul(a, db), Smart.pow(b, TWO));
                if (isZero(da)) return Smart.neg(quotient);
                return Smart.sub(Smart.div(da, b), quotient);
            case POW: return power(e, a, b, da, db);
            default: throw new UnsupportedOperationException("no derivative rule for operator " + e.op().symbol());
        }
    }

    /** a^b: power rule when b does not depend on the variable, exponential rule when a does not, else both. */
    private static Expr power(Expr e, Expr a, Expr b, Expr da, Expr db) {
        if (isZero(db)) {
            if (isZero(da)) return ZERO;
            return Smart.mul(Smart.mul(b, Smart.pow(a, Smart.sub(b, ONE))), da);
        }
        Expr log = Smart.call(Func.LOG, a);
        if (isZero(da)) return Smart.mul(Smart.mul(e, log), db);
        return Smart.mul(e, Smart.add(Smart.mul(db, log), Smart.div(Smart.mul(b, da), a)));
    }
}
