package org.chainrule.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.chainrule.graph.ComputationGraph;
import org.chainrule.graph.Granularity;
import org.chainrule.graph.Node;
import org.chainrule.graph.Op;

/**
 * Random expression-shaped graphs for benchmarks: a few inputs, then gates whose operands are mostly
 * recent values (as in a written-out network) and sometimes any earlier value (long wires, forks).
 * Operations mix cheap arithmetic with transcendental functions; tanh and sigmoid keep values bounded.
 */
public final class RandomGraphs {

    private static final Op[] BINARY = {Op.ADD, Op.MUL, Op.SUB, Op.ADD, Op.MUL};
    private static final Op[] UNARY = {Op.TANH, Op.SIGMOID, Op.MUL_C, Op.ADD_C, Op.RELU, Op.EXP, Op.SIN};

    private RandomGraphs() {}

    public static ComputationGraph graph(int gates, long seed) {
        Random r = new Random(seed);
        int inputs = Math.max(2, (int) Math.sqrt(gates) / 4);
        List<Node> nodes = new ArrayList<>(gates + inputs);
        for (int i = 0; i < inputs; i++) nodes.add(new Node(i, "x" + i, Op.INPUT, 0, List.of(), null));
        for (int g = 0; g < gates; g++) {
            int i = nodes.size();
            Op op;
            if (nodes.get(i - 1).op() == Op.EXP || nodes.get(i - 1).op() == Op.MUL) op = r.nextBoolean() ? Op.TANH : Op.SIGMOID;
            else op = r.nextInt(3) == 0 ? UNARY[r.nextInt(UNARY.length)] : BINARY[r.nextInt(BINARY.length)];
            int a = op == Op.TANH || op == Op.SIGMOID || op == Op.EXP ? i - 1 : pick(r, i);
            List<Integer> args = op.arity() == 2 ? List.of(a, pick(r, i)) : List.of(a);
            double p = op == Op.MUL_C ? 0.5 + r.nextDouble() : op == Op.ADD_C ? r.nextDouble() - 0.5 : 0;
            nodes.add(new Node(i, "n" + (g + 1), op, p, args, null));
        }
        return new ComputationGraph(nodes, nodes.size() - 1, "f", Granularity.FUSED);
    }

    private static int pick(Random r, int i) {
        return r.nextInt(8) == 0 ? r.nextInt(i) : Math.max(0, i - 1 - r.nextInt(Math.min(i, 16)));
    }

    /** A program of about {@code gates} gates as text: statements t_i = t_a * t_b + t_c (two gates each). */
    public static String program(int gates, long seed) {
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder();
        int statements = gates / 2;
        for (int i = 0; i < statements; i++) {
            String a = i < 4 ? "x" + r.nextInt(8) : "t" + Math.max(0, i - 1 - r.nextInt(Math.min(i, 16)));
            String b = "x" + r.nextInt(8);
            String c = i < 4 ? "x" + r.nextInt(8) : "t" + r.nextInt(i);
            sb.append(i == statements - 1 ? "f" : "t" + i).append(" = ").append(a).append(" * ").append(b)
                    .append(" + ").append(c).append('\n');
        }
        return sb.toString();
    }
}
