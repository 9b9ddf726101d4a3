package org.chainrule.engine;

import java.util.List;
import java.util.Map;
import org.chainrule.graph.ComputationGraph;
import org.chainrule.graph.Node;
import org.chainrule.graph.Op;

/**
 * A computational graph compiled once into flat arrays in topological order, so that the forward and
 * backward passes are two tight loops over primitive arrays. Node {@code i} computes
 * {@code ops[i]} of {@code values[a[i]]} and {@code values[b[i]]} with parameter {@code p[i]};
 * unused operands point at node {@code 0} and are ignored by the operation.
 */
public final class Tape {

    final Op[] ops;
    final int[] a;
    final int[] b;
    final double[] p;
    final int output;
    private final ComputationGraph graph;
    private final int[] inputNodes;
    private final String[] inputNames;

    public Tape(ComputationGraph graph) {
        this.graph = graph;
        int n = graph.size();
        ops = new Op[n];
        a = new int[n];
        b = new int[n];
        p = new double[n];
        for (Node node : graph.nodes()) {
            int i = node.index();
            ops[i] = node.op();
            p[i] = node.param();
            List<Integer> args = node.args();
            a[i] = args.size() > 0 ? args.get(0) : 0;
            b[i] = args.size() > 1 ? args.get(1) : 0;
        }
        output = graph.output();
        List<Node> inputs = graph.inputs();
        inputNodes = new int[inputs.size()];
        inputNames = new String[inputs.size()];
        for (int k = 0; k < inputs.size(); k++) {
            inputNodes[k] = inputs.get(k).index();
            inputNames[k] = inputs.get(k).id();
        }
    }

    public ComputationGraph graph() { return graph; }

    public int size() { return ops.length; }

    public int output() { return output; }

    /** Input names in the order {@link #inputValues} expects them. */
    public List<String> inputNames() { return List.of(inputNames); }

    int inputNode(int k) { return inputNodes[k]; }

    /**
     * The input values in input order, from an assignment of names to values.
     *
     * @throws MissingInputException naming the first input with no value
     */
    public double[] inputValues(Map<String, Double> assignment) throws MissingInputException {
        double[] x = new double[inputNames.length];
        for (int k = 0; k < inputNames.length; k++) {
            Double v = assignment.get(inputNames[k]);
            if (v == null) throw new MissingInputException(inputNames[k]);
            x[k] = v;
        }
        return x;
    }
}
