package org.chainrule.render;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.chainrule.engine.Evaluation;
import org.chainrule.expr.Parser;
import org.chainrule.graph.ComputationGraph;
import org.chainrule.graph.Granularity;
import org.chainrule.graph.GraphBuilder;

/** The programs the pictures are tested and shown on: the seed exercises and written-out networks. */
public final class Programs {

    public static final String EX1 = "(x + y) * z";
    public static final Map<String, Double> EX1_AT = Map.of("x", -2.0, "y", 5.0, "z", -4.0);
    public static final String EX3 = "1/(1 + exp(-(x1*w1 + x2*w2 - w0)))";
    public static final Map<String, Double> EX3_AT = Map.of("x1", 2.0, "x2", 4.0, "w1", -3.0, "w2", 2.0, "w0", 1.0);

    private Programs() {}

    public static ComputationGraph graph(String program, Granularity g) {
        try {
            return GraphBuilder.build(Parser.parse(program), g);
        } catch (Exception e) {
            throw new IllegalArgumentException(program, e);
        }
    }

    public static Evaluation eval(ComputationGraph g, Map<String, Double> at) {
        try {
            return Evaluation.of(g, at);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    /**
     * A two-layer network written out by hand: {@code in} inputs, {@code hidden} tanh units,
     * {@code outs} linear outputs and a squared loss against targets.
     */
    public static String network(int in, int hidden, int outs) {
        StringBuilder p = new StringBuilder();
        for (int h = 1; h <= hidden; h++) {
            p.append("h").append(h).append(" = tanh(");
            for (int i = 1; i <= in; i++) p.append(i > 1 ? " + " : "").append("w").append(h).append(i).append("*x").append(i);
            p.append(" + b").append(h).append(")\n");
        }
        for (int o = 1; o <= outs; o++) {
            p.append("y").append(o).append(" = ");
            for (int h = 1; h <= hidden; h++) p.append(h > 1 ? " + " : "").append("v").append(o).append(h).append("*h").append(h);
            p.append(" + c").append(o).append("\n");
        }
        p.append("L = ");
        for (int o = 1; o <= outs; o++) p.append(o > 1 ? " + " : "").append("(y").append(o).append(" - t").append(o).append(")^2");
        return p.append("\n").toString();
    }

    /** Seeded values in [-1, 1] for every input of {@code g}. */
    public static Map<String, Double> randomInputs(ComputationGraph g, long seed) {
        Random r = new Random(seed);
        Map<String, Double> at = new LinkedHashMap<>();
        g.inputs().forEach(n -> at.put(n.id(), Math.round((r.nextDouble() * 2 - 1) * 100) / 100.0));
        return at;
    }
}
