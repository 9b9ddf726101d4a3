package org.chainrule.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chainrule.graph.ComputationGraph;
import org.chainrule.graph.Node;
import org.chainrule.graph.Numbers;

/**
 * A graph evaluated at one point: forward values, backward gradients, the finite-difference check,
 * the step trace, and warnings that name each gate where a NaN or an infinity first appeared.
 */
public final class Evaluation {

    private final Tape tape;
    private final double[] inputs;
    private final double[] values;
    private final double[] grads;
    private Trace trace;
    private double[] numeric;

    private Evaluation(Tape tape, double[] inputs) {
        this.tape = tape;
        this.inputs = inputs.clone();
        this.values = ForwardPass.run(tape, inputs);
        this.grads = BackwardPass.run(tape, values);
    }

    /** Evaluates {@code graph} at the point {@code at}, which must give every input a value. */
    public static Evaluation of(ComputationGraph graph, Map<String, Double> at) throws MissingInputException {
        Tape tape = new Tape(graph);
        return new Evaluation(tape, tape.inputValues(at));
    }

    public static Evaluation of(Tape tape, double[] inputs) {
        return new Evaluation(tape, inputs);
    }

    public Tape tape() { return tape; }

    public ComputationGraph graph() { return tape.graph(); }

    public double value() { return values[tape.output()]; }

    public double value(int node) { return values[node]; }

    public double grad(int node) { return grads[node]; }

    /** d output / d input for each input variable, in input order. */
    public Map<String, Double> gradient() {
        Map<String, Double> out = new LinkedHashMap<>();
        for (Node n : graph().inputs()) out.put(n.id(), grads[n.index()]);
        return out;
    }

    /** The central finite difference for each input, in input order (computed on first use). */
    public synchronized Map<String, Double> numeric() {
        if (numeric == null) numeric = GradientCheck.numeric(tape, inputs);
        Map<String, Double> out = new LinkedHashMap<>();
        List<String> names = tape.inputNames();
        for (int k = 0; k < names.size(); k++) out.put(names.get(k), numeric[k]);
        return out;
    }

    /** The ordered forward and backward steps (built on first use). */
    public synchronized Trace trace() {
        if (trace == null) trace = Trace.of(tape, values);
        return trace;
    }

    /**
     * One warning for each gate whose value is not finite although its inputs are, and for each gate
     * that sends a non-finite gradient back from a finite upstream gradient.
     */
    public List<String> warnings() {
        List<String> out = new ArrayList<>();
        ComputationGraph g = graph();
        for (Node n : g.nodes()) {
            if (!n.isGate() || Double.isFinite(values[n.index()])) continue;
            boolean inputsFinite = n.args().stream().allMatch(a -> Double.isFinite(values[a]));
            if (inputsFinite) {
                out.add("gate " + describe(n) + " gives " + Numbers.fixed(values[n.index()], 2).replace("∞", "Infinity")
                        + " at " + argsText(n) + domainHint(n));
            }
        }
        for (Node n : g.nodes()) {
            if (!n.isGate() || !Double.isFinite(grads[n.index()]) || !Double.isFinite(values[n.index()])) continue;
            for (int s = 0; s < n.args().size(); s++) {
                double va = values[n.args().get(0)];
                double vb = n.args().size() > 1 ? values[n.args().get(1)] : 0;
                double local = n.op().local(s, va, vb, n.param(), values[n.index()]);
                if (!Double.isFinite(grads[n.index()] * local)) {
                    out.add("gate " + describe(n) + " has local gradient "
                            + Numbers.fixed(local, 2).replace("∞", "Infinity") + " at " + argsText(n)
                            + ", so the gradient flowing into " + g.node(n.args().get(s)).wireName() + " is not finite");
                }
            }
        }
        return out;
    }

    private String describe(Node n) {
        return n.id() + " (" + n.label() + (n.name() != null ? ", " + n.name() : "") + ")";
    }

    private String argsText(Node n) {
        List<String> parts = new ArrayList<>();
        for (int a : n.args()) parts.add(graph().node(a).wireName() + " = " + Numbers.compact(values[a]));
        return String.join(", ", parts);
    }

    private static String domainHint(Node n) {
        return switch (n.op()) {
            case LOG -> " (log is defined only for positive numbers)";
            case SQRT -> " (sqrt is defined only for numbers ≥ 0)";
            case DIV, DIV_C, RDIV_C -> " (division by zero)";
            case POW, POW_C -> " (a negative base needs a whole-number exponent)";
            default -> "";
        };
    }
}
