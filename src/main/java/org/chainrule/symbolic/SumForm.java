package org.chainrule.symbolic;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chainrule.expr.BinOp;
import org.chainrule.expr.Expr;

/**
 * A sum as coefficients of terms (products with coefficient 1) plus one numeric constant, in order of
 * first appearance. Built left-associated with {@code -} for negative coefficients.
 */
final class SumForm {

    /** Stands for the constant term in the map of terms. */
    private static final Simplifier.Key CONSTANT = new Simplifier.Key(null, 0);

    private final Simplifier s;
    private final Map<Simplifier.Key, double[]> coefficients = new LinkedHashMap<>();

    private SumForm(Simplifier s) {
        this.s = s;
    }

    private record Signed(Expr expr, double times) {}

    /** The chain of {@code + -} (and unary minus within it) rooted at an original node. */
    static SumForm gather(Simplifier s, Expr root) {
        SumForm sum = new SumForm(s);
        Deque<Signed> stack = new ArrayDeque<>();
        stack.push(new Signed(root, 1));
        while (!stack.isEmpty()) {
            Signed x = stack.pop();
            if (x.expr() instanceof Expr.Binary b && Simplifier.isSum(b)) {
                stack.push(new Signed(b.right(), b.op() == BinOp.SUB ? -x.times() : x.times()));
                stack.push(new Signed(b.left(), x.times()));
            } else if (x.expr() instanceof Expr.Neg n) {
                stack.push(new Signed(n.arg(), -x.times()));
            } else {
                sum.absorb(s.run(x.expr()), x.times());
            }
        }
        return sum;
    }

    /** Adds {@code times} times a canonical expression. */
    private void absorb(Expr canonical, double times) {
        Deque<Signed> stack = new ArrayDeque<>();
        stack.push(new Signed(canonical, times));
        while (!stack.isEmpty()) {
            Signed x = stack.pop();
            Expr e = x.expr();
            if (e instanceof Expr.Num n) {
                add(CONSTANT, x.times() * n.value());
            } else if (e instanceof Expr.Neg n) {
                stack.push(new Signed(n.arg(), -x.times()));
            } else if (e instanceof Expr.Binary b && Simplifier.isSum(b)) {
                stack.push(new Signed(b.right(), b.op() == BinOp.SUB ? -x.times() : x.times()));
                stack.push(new Signed(b.left(), x.times()));
            } else if (Simplifier.isProduct(e)) {
                ProductForm p = ProductForm.of(s, e);
                double c = p.coefficient();
                Expr rest = p.withCoefficient(1).build();
                if (rest instanceof Expr.Num || Simplifier.isSum(rest)) {
                    stack.push(new Signed(rest, x.times() * c)); // a number times a sum is distributed
                } else {
                    add(s.key(rest), x.times() * c);
                }
            } else {
                add(s.key(e), x.times());
            }
        }
    }

    private void add(Simplifier.Key key, double c) {
        coefficients.computeIfAbsent(key, k -> new double[1])[0] += c;
    }

    Expr build() {
        List<Map.Entry<Simplifier.Key, double[]>> items = new ArrayList<>();
        for (Map.Entry<Simplifier.Key, double[]> t : coefficients.entrySet()) {
            if (t.getValue()[0] != 0) items.add(t);
        }
        if (items.isEmpty()) return Smart.ZERO;
        if (items.get(0).getValue()[0] < 0) {
            for (int i = 1; i < items.size(); i++) {
                if (items.get(i).getValue()[0] > 0) {
                    items.add(0, items.remove(i));
                    break;
                }
            }
        }
        Expr sum = term(items.get(0).getKey(), items.get(0).getValue()[0]);
        for (int i = 1; i < items.size(); i++) {
            double c = items.get(i).getValue()[0];
            Simplifier.Key key = items.get(i).getKey();
            sum = c < 0
                    ? new Expr.Binary(BinOp.SUB, sum, term(key, -c))
                    : new Expr.Binary(BinOp.ADD, sum, term(key, c));
        }
        return sum;
    }

    private Expr term(Simplifier.Key key, double c) {
        if (key == CONSTANT) return Smart.num(c);
        return ProductForm.of(s, key.expr).times(c).build();
    }
}
