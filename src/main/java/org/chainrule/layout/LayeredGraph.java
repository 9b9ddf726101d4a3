package org.chainrule.layout;

import java.util.List;
import org.chainrule.graph.ComputationGraph;
import org.chainrule.graph.Node;
import org.chainrule.graph.Wire;

/**
 * The graph as the layout phases see it: items (one per node, then one dummy per layer that a long
 * wire crosses), edges only between neighbouring layers, and the order of the items in each layer.
 * Flat arrays, so that the phases stay fast on graphs of ten thousand gates.
 */
final class LayeredGraph {

    final ComputationGraph graph;
    final List<Wire> wires;
    /** Items 0..n-1 are the nodes themselves; items from n on are dummies. */
    final int nodeCount;
    final int size;
    final int[] layer;
    /** Per edge: source item, target item, target port (the wire's slot at its gate, else 0), wire index. */
    final int[] eFrom, eTo, eSlot, eWire;
    /** Per item: ids of the edges leaving and entering it, the entering ones in slot order. */
    final int[][] out, in;
    /** Per wire: its items from source to target. */
    final int[][] chains;
    /** Per layer: its items, top to bottom. Set by {@link CrossingReduction}. */
    int[][] layers;
    /** Per item: its index within its layer. */
    int[] pos;

    LayeredGraph(ComputationGraph graph, int[] nodeLayer) {
        this.graph = graph;
        this.wires = graph.wires();
        this.nodeCount = graph.size();
        int dummies = 0;
        for (Wire w : wires) dummies += nodeLayer[w.to()] - nodeLayer[w.from()] - 1;
        size = nodeCount + dummies;
        layer = new int[size];
        System.arraycopy(nodeLayer, 0, layer, 0, nodeCount);
        int edges = wires.size() + dummies;
        eFrom = new int[edges];
        eTo = new int[edges];
        eSlot = new int[edges];
        eWire = new int[edges];
        chains = new int[wires.size()][];
        int[] outCount = new int[size], inCount = new int[size];
        int item = nodeCount, e = 0;
        for (int k = 0; k < wires.size(); k++) {
            Wire w = wires.get(k);
            int span = nodeLayer[w.to()] - nodeLayer[w.from()];
            int[] chain = new int[span + 1];
            chain[0] = w.from();
            for (int d = 1; d < span; d++) {
                layer[item] = nodeLayer[w.from()] + d;
                chain[d] = item++;
            }
            chain[span] = w.to();
            chains[k] = chain;
            for (int d = 0; d < span; d++) {
                eFrom[e] = chain[d];
                eTo[e] = chain[d + 1];
                eSlot[e] = d == span - 1 ? w.slot() : 0;
                eWire[e] = k;
                outCount[chain[d]]++;
                inCount[chain[d + 1]]++;
                e++;
            }
        }
        out = new int[size][];
        in = new int[size][];
        for (int i = 0; i < size; i++) {
            out[i] = new int[outCount[i]];
            in[i] = new int[inCount[i]];
        }
        int[] oc = new int[size], ic = new int[size];
        for (int x = 0; x < edges; x++) {
            out[eFrom[x]][oc[eFrom[x]]++] = x;
            in[eTo[x]][ic[eTo[x]]++] = x;
        }
        for (int[] ins : in) sortBySlot(ins);
    }

    private void sortBySlot(int[] edges) {
        for (int i = 1; i < edges.length; i++) {
            for (int j = i; j > 0 && eSlot[edges[j]] < eSlot[edges[j - 1]]; j--) {
                int t = edges[j]; edges[j] = edges[j - 1]; edges[j - 1] = t;
            }
        }
    }

    int layerCount() {
        int max = 0;
        for (int l : layer) max = Math.max(max, l);
        return size == 0 ? 0 : max + 1;
    }

    boolean isDummy(int item) { return item >= nodeCount; }

    Node node(int item) { return graph.node(item); }

    /** How many ports the item has on its left: 2 for a binary gate, else 1. */
    int ports(int item) {
        return isDummy(item) ? 1 : Math.max(1, graph.node(item).args().size());
    }

    int edgeCount() { return eFrom.length; }
}
