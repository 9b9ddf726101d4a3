package org.chainrule.symbolic;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.chainrule.expr.BigStack;
import org.chainrule.expr.Expr;
import org.chainrule.expr.Program;

/**
 * Analytic derivatives of a whole program: the output with every intermediate substituted
 * ({@link Program#inlined()}), differentiated ({@link Derivative}) and simplified ({@link Simplifier}).
 *
 * <p>Inlining can multiply the size of a program that reuses intermediates, and the derivatives of a
 * large expression are large too, so these limits apply; beyond any of them a {@link TooLargeException}
 * (an IllegalArgumentException) says so in words a user can read, such as
 * {@code analytic derivative skipped: program too large to expand (25000 nodes, limit 20000)}:
 * <ul>
 *   <li>{@link #MAX_INLINED_SIZE}: the inlined output has at most 20,000 nodes (checked with
 *       {@link Program#inlinedSize()} before anything is built);</li>
 *   <li>{@link #MAX_WORK}: the inlined size times the number of variables is at most 20,000,000, since
 *       each derivative may have to walk the whole expression (about a second of work at the limit);</li>
 *   <li>{@link #MAX_DERIVATIVE_SIZE}: one derivative, before simplification, has at most 100,000 nodes
 *       written out (a chain of n functions has a derivative of about n²/2 nodes);</li>
 *   <li>{@link #MAX_GRADIENT_SIZE}: the simplified derivatives together have at most 1,000,000 nodes
 *       written out (a neuron with n inputs has 2n + 1 derivatives of about 4n nodes each).</li>
 * </ul>
 * Programs of more than 200 nodes are worked on a large stack ({@link BigStack}), so deep programs do
 * not overflow whatever thread calls (smaller ones need about 256 KB of the caller's stack). The
 * derivatives returned can be about as deep as the program: print or evaluate deep ones on a large
 * stack as well.
 */
public final class Analytic {

    public static final long MAX_INLINED_SIZE = 20_000;
    public static final long MAX_WORK = 20_000_000;
    public static final long MAX_DERIVATIVE_SIZE = 100_000;
    public static final long MAX_GRADIENT_SIZE = 1_000_000;

    private Analytic() {}

    /**
     * {@code Simplifier.simplify(Derivative.of(p.inlined(), variable))}.
     *
     * @throws TooLargeException when a size limit is exceeded
     */
    public static Expr derivative(Program p, String variable) {
        return gradient(p, List.of(variable)).get(variable);
    }

    /** The simplified derivative with respect to every input of the program, in input order. */
    public static Map<String, Expr> gradient(Program p) {
        return gradient(p, p.inputs());
    }

    /**
     * The simplified derivative with respect to each of {@code variables}, in their order.
     *
     * @throws TooLargeException when a size limit is exceeded
     */
    public static Map<String, Expr> gradient(Program p, List<String> variables) {
        long size = p.inlinedSize();
        if (size > MAX_INLINED_SIZE) {
            throw new TooLargeException("program too large to expand", size, "nodes", MAX_INLINED_SIZE);
        }
        if (size * variables.size() > MAX_WORK) {
            throw new TooLargeException("program too large to expand for " + variables.size() + " inputs",
                    size * variables.size(), "nodes times inputs", MAX_WORK);
        }
        return onBigStack(size, () -> {
            Expr f = p.inlined();
            // the derivatives share the subtrees of f: one memo each for counting and simplifying them
            Dependence dependence = new Dependence(variables);
            TreeSize sizes = new TreeSize();
            TreeSize simplifiedSizes = new TreeSize();
            Simplifier simplifier = new Simplifier();
            Map<String, Expr> out = new LinkedHashMap<>();
            long total = 0;
            for (String v : variables) {
                Expr d = Derivative.of(f, v, dependence);
                long n = sizes.count(d);
                if (n > MAX_DERIVATIVE_SIZE) {
                    throw new TooLargeException("derivative too large to write out", n, "nodes", MAX_DERIVATIVE_SIZE);
                }
                Expr simple = simplifier.run(d);
                total += simplifiedSizes.count(simple);
                if (total > MAX_GRADIENT_SIZE) {
                    throw new TooLargeException("derivatives too large to write out", total, "nodes", MAX_GRADIENT_SIZE);
                }
                out.put(v, simple);
            }
            return out;
        });
    }

    /** Below this size the work is too shallow to need the big stack (whose thread costs about 1 ms). */
    private static final long SHALLOW = 200;

    private static <T> T onBigStack(long size, Callable<T> work) {
        try {
            return size <= SHALLOW ? work.call() : BigStack.call(work);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
