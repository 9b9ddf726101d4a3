package org.chainrule.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.chainrule.graph.ComputationGraph;
import org.chainrule.graph.Node;
import org.chainrule.graph.Wire;

/**
 * Writes the benchmark's graphs as Graphviz DOT, to time {@code dot -Tsvg} on the same input:
 * {@code java -cp ... org.chainrule.bench.DotExport DIR}, then {@code time dot -Tsvg DIR/g1000.dot}.
 * Left to right, circles with the gate label; the "labelled" variant also puts the value and the
 * gradient on every wire as an edge label, which is the job our layout does.
 */
public final class DotExport {

    private DotExport() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/dot");
        Files.createDirectories(dir);
        for (int n : new int[] {1000, 10000}) {
            ComputationGraph g = RandomDags.expression(42, n, Math.max(4, n / 20), 0.15);
            Files.writeString(dir.resolve("g" + n + ".dot"), dot(g, false));
            Files.writeString(dir.resolve("g" + n + "-labelled.dot"), dot(g, true));
        }
    }

    static String dot(ComputationGraph g, boolean labels) {
        StringBuilder b = new StringBuilder("digraph G {\n  rankdir=LR;\n  node [shape=circle, fontname=\"DejaVu Sans\"];\n");
        for (Node n : g.nodes()) {
            b.append("  ").append(n.id()).append(" [label=\"").append(n.label().replace("\"", "")).append("\"");
            if (!n.isGate()) b.append(", shape=plaintext");
            b.append("];\n");
        }
        for (Wire w : g.wires()) {
            b.append("  ").append(g.node(w.from()).id()).append(" -> ").append(g.node(w.to()).id());
            if (labels) b.append(" [label=\"-0.50\\n-1.25\"]");
            b.append(";\n");
        }
        return b.append("}\n").toString();
    }
}
