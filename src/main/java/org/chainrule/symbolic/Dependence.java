package org.chainrule.symbolic;

import java.util.BitSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.chainrule.expr.Expr;

/**
 * Which of a list of variables each node depends on, computed once for all of them. With it, the
 * derivatives of one expression with respect to many variables skip every subtree that does not
 * contain the variable, instead of walking the whole expression once per variable.
 */
final class Dependence {

    private static final BitSet NONE = new BitSet();

    private final Map<String, Integer> index = new HashMap<>();
    private final Map<Expr, BitSet> memo = new IdentityHashMap<>();

    Dependence(List<String> variables) {
        for (String v : variables) index.putIfAbsent(v, index.size());
    }

    /** True when {@code e} may depend on {@code variable} (always true for a variable not in the list). */
    boolean dependsOn(Expr e, String variable) {
        Integer i = index.get(variable);
        return i == null || of(e).get(i);
    }

    private BitSet of(Expr e) {
        BitSet known = memo.get(e);
        if (known != null) return known;
        BitSet out;
        if (e instanceof Expr.Var v) {
            Integer i = index.get(v.name());
            out = i == null ? NONE : new BitSet();
            if (i != null) out.set(i);
        } else if (e instanceof Expr.Neg n) {
            out = of(n.arg());
        } else if (e instanceof Expr.Binary b) {
            out = union(of(b.left()), of(b.right()));
        } else if (e instanceof Expr.Call c) {
            out = NONE;
            for (Expr a : c.args()) out = union(out, of(a));
        } else {
            out = NONE;
        }
        memo.put(e, out);
        return out;
    }

    /** Shares a set instead of copying it when one side adds nothing. */
    private static BitSet union(BitSet a, BitSet b) {
        if (b.isEmpty() || a.equals(b)) return a;
        if (a.isEmpty()) return b;
        BitSet u = (BitSet) a.clone();
        u.or(b);
        return u.equals(a) ? a : u.equals(b) ? b : u;
    }
}
