package org.chainrule.symbolic;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.chainrule.expr.BinOp;
import org.chainrule.expr.Expr;

/**
 * Algebraic simplification to a canonical form, bottom up:
 * <ul>
 *   <li>numbers fold ({@code 2 * 3 -> 6}); division, powers and functions of numbers fold only when the
 *       result is short ({@code 1 / 4 -> 0.25}, but {@code 1 / 3} and {@code exp(1)} stay);</li>
 *   <li>identities go: {@code x + 0}, {@code x * 1}, {@code x * 0 -> 0}, {@code x ^ 1}, {@code x ^ 0 -> 1},
 *       {@code 0 / x -> 0}, {@code x / 1}, {@code --x -> x}, {@code 0 - x -> -x};</li>
 *   <li>a chain of {@code + -} is one sum: like terms are collected ({@code x + x -> 2 * x},
 *       {@code 2*x + 3*x -> 5 * x}, {@code x - x -> 0}), numbers gather into one constant, a number
 *       times a sum is distributed over it ({@code 2 * (x + 1) + y -> 2 * x + 2 + y});</li>
 *   <li>a chain of {@code *} is one product: one numeric coefficient in front, equal factors and
 *       numeric powers of equal bases merge ({@code x * x -> x ^ 2}, {@code x^2 * x^-1 -> x});</li>
 *   <li>a sign is pulled out of a quotient ({@code -a / b -> -(a / b)}), and a whole-number ratio of
 *       coefficients is taken out of it ({@code 4*x / (2*y) -> 2 * x / y}, but {@code x / 2} stays).</li>
 * </ul>
 * Terms and factors keep the order of their first appearance, except that a sum never starts with a
 * negative term when it has a positive one ({@code -x + y -> y - x}); the result is deterministic and
 * {@code simplify(simplify(e)).equals(simplify(e))}. Quotients are never cancelled ({@code x / x} stays).
 *
 * <p>Contract: the value is unchanged (up to rounding) at every point where every subexpression of the
 * original is finite, which is the domain on which these identities hold. Outside it the value may
 * change: {@code x * 0 -> 0} is NaN at x = inf before and 0 after.
 *
 * <p>Work is proportional to the size of the tree; nodes shared by reference are simplified once.
 * Recursion follows the tree, except along chains of {@code +} and {@code *}: run very deep trees on a
 * large stack ({@link org.chainrule.expr.BigStack}), as {@link Analytic} does.
 */
public final class Simplifier {

    private final Map<Expr, Expr> memo = new IdentityHashMap<>();
    private final Map<Expr, Integer> hashes = new IdentityHashMap<>();

    /** A simplifier whose memo outlives one call: for several expressions that share subtrees. */
    Simplifier() {}

    public static Expr simplify(Expr e) {
        return new Simplifier().run(e);
    }

    /** The canonical form of {@code e}, an original (not yet simplified) node. */
    Expr run(Expr e) {
        Expr done = memo.get(e);
        if (done == null) {
            done = compute(e);
            memo.put(e, done);
        }
        return done;
    }

    private Expr compute(Expr e) {
        if (e instanceof Expr.Num n) return n.value() == 0 ? Smart.ZERO : e;
        if (e instanceof Expr.Var || e instanceof Expr.Const) return e;
        if (e instanceof Expr.Neg n) return neg(run(n.arg()));
        if (e instanceof Expr.Call c) {
            List<Expr> args = new ArrayList<>(c.args().size());
            for (Expr a : c.args()) args.add(run(a)); // a loop, not a stream: fewer frames per level of nesting
            return Smart.call(c.func(), args);
        }
        Expr.Binary b = (Expr.Binary) e;
        switch (b.op()) {
            case ADD:
            case SUB:
                return SumForm.gather(this, b).build();
            case MUL:
                return ProductForm.gather(this, b).build();
            case DIV:
                return div(run(b.left()), run(b.right()));
            case POW:
                return Smart.pow(run(b.left()), run(b.right()));
            default:
                throw new IllegalStateException("no simplification rule for " + b.op());
        }
    }

    /** Minus a canonical expression, canonical again. */
    Expr neg(Expr x) {
        if (x instanceof Expr.Num n) return Smart.num(-n.value());
        if (x instanceof Expr.Neg n) return n.arg();
        if (isProduct(x)) return ProductForm.of(this, x).times(-1).build();
        return new Expr.Neg(x);
    }

    private Expr div(Expr a, Expr b) {
        if (negativeLeading(b)) return neg(div(a, neg(b)));
        if (negativeLeading(a) && !Smart.isZero(a)) return neg(div(neg(a), b));
        double ca = coefficient(a);
        double cb = coefficient(b);
        double q = ca / cb;
        if (cb != 1 && q == Math.rint(q) && Smart.tidy(q)) {
            // (4 * x) / (2 * y) -> 2 * x / y; (2 * u) / 2 -> u; but x / 2 stays as it is
            return Smart.div(withCoefficient(a, q), withCoefficient(b, 1));
        }
        return Smart.div(a, b);
    }

    /** The numeric factor in front of a canonical expression: its value for a number, else 1 unless a product. */
    private double coefficient(Expr x) {
        if (x instanceof Expr.Num n) return n.value();
        return isProduct(x) ? ProductForm.of(this, x).coefficient() : 1;
    }

    private Expr withCoefficient(Expr x, double c) {
        if (x instanceof Expr.Num) return Smart.num(c);
        return ProductForm.of(this, x).withCoefficient(c).build();
    }

    /** A negative number, a negation, or a product whose coefficient is negative. */
    private static boolean negativeLeading(Expr x) {
        while (isProduct(x)) x = ((Expr.Binary) x).left();
        return x instanceof Expr.Neg || (x instanceof Expr.Num n && n.value() < 0);
    }

    static boolean isProduct(Expr x) {
        return x instanceof Expr.Binary b && b.op() == BinOp.MUL;
    }

    static boolean isSum(Expr x) {
        return x instanceof Expr.Binary b && (b.op() == BinOp.ADD || b.op() == BinOp.SUB);
    }

    /** A structural hash, memoised by identity so that nested terms are hashed once. */
    int hash(Expr e) {
        Integer h = hashes.get(e);
        if (h != null) return h;
        int r;
        if (e instanceof Expr.Neg n) r = 31 * hash(n.arg()) + 7;
        else if (e instanceof Expr.Binary b) r = (b.op().ordinal() * 31 + hash(b.left())) * 31 + hash(b.right());
        else if (e instanceof Expr.Call c) {
            r = c.func().ordinal();
            for (Expr a : c.args()) r = 31 * r + hash(a);
        } else r = e.hashCode();
        hashes.put(e, r);
        return r;
    }

    Key key(Expr e) {
        return new Key(e, hash(e));
    }

    /** A canonical expression as a map key: structural equality with a precomputed hash. */
    static final class Key {
        final Expr expr;
        private final int hash;

        Key(Expr expr, int hash) {
            this.expr = expr;
            this.hash = hash;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.hash == hash && Objects.equals(k.expr, expr);
        }

        @Override
        public int hashCode() { return hash; }
    }
}
