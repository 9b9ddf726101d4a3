package org.chainrule.engine;

/** The forward pass: every node's value, in topological order. */
public final class ForwardPass {

    private ForwardPass() {}

    /** Values of all nodes, given the input values in {@link Tape#inputNames()} order. */
    public static double[] run(Tape tape, double[] inputs) {
        double[] v = new double[tape.size()];
        run(tape, inputs, v);
        return v;
    }

    /** Same, into a caller's array (no allocation: for benchmarks and finite differences). */
    public static void run(Tape tape, double[] inputs, double[] v) {
        for (int k = 0; k < inputs.length; k++) v[tape.inputNode(k)] = inputs[k];
        var ops = tape.ops;
        int[] a = tape.a;
        int[] b = tape.b;
        double[] p = tape.p;
        for (int i = 0; i < ops.length; i++) {
            var op = ops[i];
            switch (op) {
                case INPUT -> { }
                case CONST -> v[i] = p[i];
                default -> v[i] = op.forward(v[a[i]], v[b[i]], p[i]);
            }
        }
    }
}
