package org.chainrule.layout;

import java.util.List;
import org.chainrule.graph.ComputationGraph;
import org.chainrule.graph.Node;

/**
 * Phase 1: assigns every node a layer (a column, numbered from the left).
 *
 * <p>Precondition: {@code g.nodes()} is in topological order (every argument precedes its gate), as
 * {@link ComputationGraph} guarantees. Input variables all go to layer 0, the far left; a gate goes
 * one layer after its latest argument (longest path from the inputs), so the output, which every node
 * reaches, is alone in the last layer; a constant goes just before its first consumer, so that it
 * does not draw a long wire from the far left.
 */
final class Layering {

    private Layering() {}

    static int[] assign(ComputationGraph g) {
        List<Node> nodes = g.nodes();
        int[] layer = new int[nodes.size()];
        for (Node n : nodes) {
            int l = 0;
            for (int a : n.args()) l = Math.max(l, layer[a] + 1);
            layer[n.index()] = n.isGate() ? Math.max(l, 1) : 0;
        }
        for (Node n : nodes) {
            if (!n.isConst()) continue;
            int first = Integer.MAX_VALUE;
            for (org.chainrule.graph.Wire w : g.consumers(n.index())) first = Math.min(first, layer[w.to()]);
            if (first != Integer.MAX_VALUE) layer[n.index()] = first - 1;
        }
        return layer;
    }
}
