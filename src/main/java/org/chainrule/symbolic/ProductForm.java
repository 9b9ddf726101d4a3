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
 * A product as a numeric coefficient times factors {@code base ^ exponent} with numeric exponents,
 * bases in order of first appearance. Built as {@code c * f1 * f2 * ...} (left-associated), with
 * {@code c = 1} left out and {@code c = -1} written as {@code -f1 * f2 * ...}.
 */
final class ProductForm {

    private final Simplifier s;
    private double coefficient = 1;
    private final Map<Simplifier.Key, double[]> exponents = new LinkedHashMap<>();

    private ProductForm(Simplifier s) {
        this.s = s;
    }

    /** The product chain (of {@code *} and unary minus) rooted at an original node. */
    static ProductForm gather(Simplifier s, Expr root) {
        ProductForm p = new ProductForm(s);
        Deque<Expr> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Expr x = stack.pop();
            if (Simplifier.isProduct(x)) {
                Expr.Binary b = (Expr.Binary) x;
                stack.push(b.right());
                stack.push(b.left());
            } else if (x instanceof Expr.Neg n) {
                p.coefficient = -p.coefficient;
                stack.push(n.arg());
            } else {
                p.absorb(s.run(x));
            }
        }
        return p;
    }

    /** A canonical expression seen as a product (possibly of one factor). */
    static ProductForm of(Simplifier s, Expr canonical) {
        ProductForm p = new ProductForm(s);
        p.absorb(canonical);
        return p;
    }

    double coefficient() { return coefficient; }

    ProductForm withCoefficient(double c) {
        coefficient = c;
        return this;
    }

    ProductForm times(double c) {
        coefficient *= c;
        return this;
    }

    /** Adds a canonical expression's factors. */
    private void absorb(Expr canonical) {
        Deque<Expr> stack = new ArrayDeque<>();
        stack.push(canonical);
        while (!stack.isEmpty()) {
            Expr x = stack.pop();
            if (x instanceof Expr.Num n) {
                coefficient *= n.value();
            } else if (x instanceof Expr.Neg n) {
                coefficient = -coefficient;
                stack.push(n.arg());
            } else if (Simplifier.isProduct(x)) {
                Expr.Binary b = (Expr.Binary) x;
                stack.push(b.right());
                stack.push(b.left());
            } else if (x instanceof Expr.Binary b && b.op() == BinOp.POW && b.right() instanceof Expr.Num k) {
                factor(b.left(), k.value());
            } else {
                factor(x, 1);
            }
        }
    }

    private void factor(Expr base, double exponent) {
        exponents.computeIfAbsent(s.key(base), k -> new double[1])[0] += exponent;
    }

    Expr build() {
        double c = coefficient;
        List<Expr> factors = new ArrayList<>();
        for (Map.Entry<Simplifier.Key, double[]> f : exponents.entrySet()) {
            Expr base = f.getKey().expr;
            double k = f.getValue()[0];
            if (k == 0) continue;
            if (base instanceof Expr.Num n) {
                double v = Math.pow(n.value(), k);
                if (k == 1 || Smart.tidy(v)) {
                    c *= v;
                    continue;
                }
            }
            factors.add(k == 1 ? base : new Expr.Binary(BinOp.POW, base, Smart.num(k)));
        }
        if (c == 0) return Smart.ZERO;
        if (factors.isEmpty()) return Smart.num(c);
        Expr product;
        if (c == 1) product = factors.get(0);
        else if (c == -1) product = new Expr.Neg(factors.get(0));
        else product = new Expr.Binary(BinOp.MUL, Smart.num(c), factors.get(0));
        for (int i = 1; i < factors.size(); i++) product = new Expr.Binary(BinOp.MUL, product, factors.get(i));
        return product;
    }
}
