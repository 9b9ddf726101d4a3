package org.chainrule.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.chainrule.expr.BinOp;
import org.chainrule.expr.Expr;
import org.chainrule.expr.Func;
import org.chainrule.symbolic.InfixPrinter;

/**
 * Seeded random expressions for property tests. {@link #expr} makes only trees that the parser can
 * produce (numbers are never negative; minus is a {@link Expr.Neg}); it uses every operator and every
 * function.
 */
public final class RandomExprs {

    /** Literals: mostly small and friendly, some with awkward decimal forms for the printers. */
    private static final double[] NUMBERS = {0, 1, 2, 3, 4, 10, 0.5, 1.5, 2.5, 0.25, 0.1, 0.001, 7};
    private static final double[] AWKWARD = {1e20, 1.25e-7, 123456.789, 0.30000000000000004, 1e15, 4.9e-324, 2.0 / 3};

    private RandomExprs() {}

    /** A random expression over {@code vars}, at most {@code maxDepth} levels below the root. */
    public static Expr expr(Random r, List<String> vars, int maxDepth) {
        if (maxDepth <= 0 || r.nextInt(10) < 2) return leaf(r, vars);
        int kind = r.nextInt(20);
        if (kind < 2) return new Expr.Neg(expr(r, vars, maxDepth - 1));
        if (kind < 11) {
            BinOp op = BinOp.values()[r.nextInt(BinOp.values().length)];
            return new Expr.Binary(op, expr(r, vars, maxDepth - 1), expr(r, vars, maxDepth - 1));
        }
        Func f = Func.values()[r.nextInt(Func.values().length)];
        List<Expr> args = new ArrayList<>();
        for (int i = 0; i < f.arity(); i++) args.add(expr(r, vars, maxDepth - 1));
        return new Expr.Call(f, args);
    }

    /** Like {@link #expr}, with the constants pi and e among the leaves (as {@code Program.inlined()} makes them). */
    public static Expr exprWithConstants(Random r, List<String> vars, int maxDepth) {
        return withConstants(r, expr(r, vars, maxDepth));
    }

    private static Expr withConstants(Random r, Expr e) {
        if (e instanceof Expr.Num && r.nextInt(6) == 0) {
            return r.nextBoolean() ? new Expr.Const("pi", Math.PI) : new Expr.Const("e", Math.E);
        }
        if (e instanceof Expr.Neg n) return new Expr.Neg(withConstants(r, n.arg()));
        if (e instanceof Expr.Binary b) return new Expr.Binary(b.op(), withConstants(r, b.left()), withConstants(r, b.right()));
        if (e instanceof Expr.Call c) return new Expr.Call(c.func(), c.args().stream().map(a -> withConstants(r, a)).toList());
        return e;
    }

    private static Expr leaf(Random r, List<String> vars) {
        int k = r.nextInt(10);
        if (k < 6) return new Expr.Var(vars.get(r.nextInt(vars.size())));
        if (k < 9) return new Expr.Num(NUMBERS[r.nextInt(NUMBERS.length)]);
        return new Expr.Num(r.nextInt(4) == 0 ? AWKWARD[r.nextInt(AWKWARD.length)] : r.nextInt(1000) / 8.0);
    }

    /**
     * A program of {@code statements} lines: {@code q1 = ...}, {@code q2 = ...} (each may use the inputs
     * and earlier names), the last one {@code f = ...}.
     */
    public static String program(Random r, List<String> vars, int statements, int maxDepth) {
        StringBuilder out = new StringBuilder();
        List<String> names = new ArrayList<>(vars);
        for (int i = 1; i <= statements; i++) {
            String name = i == statements ? "f" : "q" + i;
            out.append(name).append(" = ").append(InfixPrinter.print(expr(r, names, maxDepth))).append('\n');
            names.add(name);
        }
        return out.toString();
    }

    /** A random value, uniform in [-range, range]. */
    public static double value(Random r, double range) {
        return (r.nextDouble() * 2 - 1) * range;
    }
}
