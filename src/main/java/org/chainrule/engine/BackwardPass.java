package org.chainrule.engine;

/**
 * The backward pass: one reversed walk over the tape. Each gate multiplies its upstream gradient by
 * its local gradients and adds ({@code +=}) the products into its inputs, so a value used by several
 * gates receives the sum over its uses.
 */
public final class BackwardPass {

    private BackwardPass() {}

    /** d output / d node for every node, given the forward values. */
    public static double[] run(Tape tape, double[] values) {
        double[] g = new double[tape.size()];
        run(tape, values, g);
        return g;
    }

    /** Same, into a caller's array, which is cleared first. */
    public static void run(Tape tape, double[] v, double[] g) {
        java.util.Arrays.fill(g, 0);
        var ops = tape.ops;
        int[] a = tape.a;
        int[] b = tape.b;
        double[] p = tape.p;
        g[tape.output] = 1;
        for (int i = ops.length - 1; i >= 0; i--) {
            var op = ops[i];
            int arity = op.arity();
            if (arity == 0) continue;
            double up = g[i];
            double va = v[a[i]];
            double vb = v[b[i]];
            g[a[i]] += up * op.local(0, va, vb, p[i], v[i]);
            if (arity == 2) g[b[i]] += up * op.local(1, va, vb, p[i], v[i]);
        }
    }
}
