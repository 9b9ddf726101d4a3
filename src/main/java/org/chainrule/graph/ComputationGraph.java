package org.chainrule.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import org.jgrapht.graph.DirectedAcyclicGraph;

/**
 * A computational graph: nodes in topological order, the output node, and the same structure as a
 * JGraphT {@link DirectedAcyclicGraph} (vertices are node indices, one edge per wire, so {@code x * x}
 * has two parallel wires) for algorithms such as the layered layout.
 */
public final class ComputationGraph {

    private final List<Node> nodes;
    private final int output;
    private final String outputName;
    private final Granularity granularity;
    private final List<List<Wire>> consumers;
    private DirectedAcyclicGraph<Integer, Wire> dag;

    public ComputationGraph(List<Node> nodes, int output, String outputName, Granularity granularity) {
        this.nodes = List.copyOf(nodes);
        this.output = output;
        this.outputName = outputName;
        this.granularity = granularity;
        List<List<Wire>> cons = new ArrayList<>(nodes.size());
        for (int i = 0; i < nodes.size(); i++) cons.add(new ArrayList<>(2));
        for (int i = 0; i < nodes.size(); i++) {
            Node n = nodes.get(i);
            if (n.index() != i) throw new IllegalArgumentException("node " + n.id() + " has index " + n.index() + " at " + i);
            for (int s = 0; s < n.args().size(); s++) {
                int from = n.args().get(s);
                if (from >= n.index()) throw new IllegalArgumentException("nodes are not in topological order at " + n.id());
                cons.get(from).add(new Wire(from, n.index(), s));
            }
        }
        this.consumers = cons;
    }

    public List<Node> nodes() { return nodes; }

    public Node node(int index) { return nodes.get(index); }

    public int size() { return nodes.size(); }

    public int output() { return output; }

    /** The program's name for the output ({@code f} unless the last statement names it). */
    public String outputName() { return outputName; }

    public Granularity granularity() { return granularity; }

    /** Number of gates (nodes that compute something from inputs). */
    public int gateCount() {
        int n = 0;
        for (Node node : nodes) if (node.isGate()) n++;
        return n;
    }

    /** The input variables, in order of first use. */
    public List<Node> inputs() {
        List<Node> out = new ArrayList<>();
        for (Node n : nodes) if (n.isInput()) out.add(n);
        return out;
    }

    /** The input node named {@code name}, or null. */
    public Node input(String name) {
        for (Node n : nodes) if (n.isInput() && n.id().equals(name)) return n;
        return null;
    }

    /** The wires leaving node {@code index}, in the order their consumers appear. */
    public List<Wire> consumers(int index) { return Collections.unmodifiableList(consumers.get(index)); }

    /** True when the node's value is used by more than one wire: its gradient is a sum. */
    public boolean isFork(int index) { return consumers.get(index).size() > 1; }

    /** Every wire, ordered by consumer then slot. */
    public List<Wire> wires() {
        List<Wire> out = new ArrayList<>();
        for (Node n : nodes) for (int s = 0; s < n.args().size(); s++) out.add(new Wire(n.args().get(s), n.index(), s));
        return out;
    }

    /** Nodes by id. */
    public Map<String, Node> byId() {
        Map<String, Node> m = new LinkedHashMap<>();
        for (Node n : nodes) m.put(n.id(), n);
        return m;
    }

    /** The graph as a JGraphT DAG over node indices (built on first use). */
    public synchronized DirectedAcyclicGraph<Integer, Wire> dag() {
        if (dag == null) {
            DirectedAcyclicGraph<Integer, Wire> g = new DirectedAcyclicGraph<>(null, null, false, true);
            for (Node n : nodes) g.addVertex(n.index());
            for (Wire w : wires()) g.addEdge(w.from(), w.to(), w);
            dag = g;
        }
        return dag;
    }
}
