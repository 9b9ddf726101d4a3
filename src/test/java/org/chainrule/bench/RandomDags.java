package org.chainrule.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import org.chainrule.graph.ComputationGraph;
import org.chainrule.graph.Granularity;
import org.chainrule.graph.Node;
import org.chainrule.graph.Op;

/**
 * Seeded random computational graphs shaped like expressions: gates mostly combine recent, not yet
 * used values (locality, as in written programs), sometimes reuse one (a fork); whatever is left
 * unused at the end is summed, so the output is the only sink. Once the inputs are used up, gates
 * feed on recent values, so these graphs are deep: about 830 layers for 1,000 gates.
 */
public final class RandomDags {

    private static final Op[] UNARY = {Op.EXP, Op.TANH, Op.SIGMOID, Op.MUL_C, Op.ADD_C, Op.LOG};
    private static final Op[] BINARY = {Op.ADD, Op.MUL, Op.SUB, Op.MAX, Op.ADD, Op.MUL};

    private RandomDags() {}

    /** About {@code gates} gates over {@code inputs} inputs; {@code reuse} is the chance an operand is reused. */
    public static ComputationGraph expression(long seed, int gates, int inputs, double reuse) {
        return expression(seed, gates, inputs, reuse, 0.75);
    }

    /**
     * As above; {@code locality} is the chance that an operand comes from the eight most recent unused
     * values rather than from any unused value: near 1 gives deep chains (hundreds of layers for a
     * thousand gates), near 0 bushy expressions of small depth, like a wide program.
     */
    public static ComputationGraph expression(long seed, int gates, int inputs, double reuse, double locality) {
        Random r = new Random(seed);
        List<Node> nodes = new ArrayList<>();
        LinkedHashSet<Integer> unused = new LinkedHashSet<>();
        for (int i = 0; i < inputs; i++) {
            nodes.add(new Node(i, "x" + (i + 1), Op.INPUT, 0, List.of(), null));
            unused.add(i);
        }
        int made = 0;
        while (made < gates) {
            boolean binary = r.nextDouble() < 0.6;
            Op op = binary ? BINARY[r.nextInt(BINARY.length)] : UNARY[r.nextInt(UNARY.length)];
            List<Integer> args = new ArrayList<>(2);
            for (int k = 0; k < (binary ? 2 : 1); k++) args.add(pick(r, nodes.size(), unused, reuse, locality, args));
            double param = op == Op.MUL_C ? 2 : op == Op.ADD_C ? 1 : 0;
            int idx = nodes.size();
            nodes.add(new Node(idx, "n" + (++made), op, param, args, null));
            unused.add(idx);
        }
        while (unused.size() > 1) {
            var it = unused.iterator();
            int a = it.next(), b = it.next();
            unused.remove(a);
            unused.remove(b);
            int idx = nodes.size();
            nodes.add(new Node(idx, "n" + (++made), Op.ADD, 0, List.of(a, b), null));
            unused.add(idx);
        }
        return new ComputationGraph(nodes, nodes.size() - 1, "f", Granularity.FUSED);
    }

    /** A random expression tree: every value used exactly once, every input a distinct leaf. */
    public static ComputationGraph tree(long seed, int gates) {
        return expression(seed, gates, Math.max(2, gates), 0);
    }

    private static int pick(Random r, int size, LinkedHashSet<Integer> unused, double reuse, double locality,
                            List<Integer> taken) {
        if (!unused.isEmpty() && r.nextDouble() >= reuse) {
            // one of the most recent unused values (a window keeps wires local)
            List<Integer> window = new ArrayList<>();
            int skip = r.nextDouble() < locality ? Math.max(0, unused.size() - 8) : 0;
            int i = 0;
            for (int u : unused) if (i++ >= skip && !taken.contains(u)) window.add(u);
            if (!window.isEmpty()) {
                int v = window.get(r.nextInt(window.size()));
                unused.remove(v);
                return v;
            }
        }
        int lo = Math.max(0, size - 40);
        int v = lo + r.nextInt(size - lo);
        unused.remove(v);
        return v;
    }
}
