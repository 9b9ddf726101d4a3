package org.chainrule.symbolic;

import java.util.IdentityHashMap;
import java.util.Map;
import org.chainrule.expr.Expr;

/** The number of nodes of an expression as a tree, counting shared subtrees once per use. */
public final class TreeSize {

    private final Map<Expr, Long> memo = new IdentityHashMap<>();

    /** A counter whose memo outlives one call: for several expressions that share subtrees. */
    TreeSize() {}

    /**
     * Node count, saturating at {@code Long.MAX_VALUE}. Subtrees shared by reference are counted once per
     * use (that is how they print) but visited once, so the time is proportional to the shared graph.
     */
    public static long of(Expr e) {
        return new TreeSize().count(e);
    }

    long count(Expr e) {
        Long known = memo.get(e);
        if (known != null) return known;
        long n = 1;
        if (e instanceof Expr.Neg g) {
            n = plus(n, count(g.arg()));
        } else if (e instanceof Expr.Binary b) {
            n = plus(plus(n, count(b.left())), count(b.right()));
        } else if (e instanceof Expr.Call c) {
            for (Expr a : c.args()) n = plus(n, count(a));
        }
        memo.put(e, n);
        return n;
    }

    private static long plus(long a, long b) {
        long r = a + b;
        return r < 0 ? Long.MAX_VALUE : r;
    }
}
