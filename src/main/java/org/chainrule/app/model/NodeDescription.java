package org.chainrule.app.model;

import java.util.ArrayList;
import java.util.List;
import org.chainrule.engine.Step;
import org.chainrule.graph.ComputationGraph;
import org.chainrule.graph.Node;

/** The hover text of a node: its operation, inputs, value, local gradients and gradient, from the trace. */
public final class NodeDescription {

    private NodeDescription() {}

    public static String of(Analysis a, int node, int decimals) {
        ComputationGraph g = a.graph();
        Node n = g.node(node);
        WireText t = new WireText(g);
        String out = g.outputName();
        List<String> lines = new ArrayList<>();
        if (n.isInput()) lines.add("input " + n.id());
        else if (n.isConst()) lines.add("constant " + Fmt.num(n.param(), 6));
        else lines.add(WireText.gateName(n) + " gate: " + (n.name() != null ? n.name() + " = " : "") + t.expression(node));
        if (n.isGate()) {
            List<String> ins = new ArrayList<>();
            for (int arg : n.args()) ins.add(t.of(arg) + " = " + Fmt.num(a.evaluation().value(arg), decimals));
            lines.add("inputs: " + String.join(", ", ins));
        }
        lines.add("value: " + Fmt.num(a.evaluation().value(node), decimals));
        for (Step s : a.evaluation().trace().steps()) {
            if (s instanceof Step.Backward && s.node() == node) {
                List<String> locals = new ArrayList<>();
                for (Step.Contribution c : ((Step.Backward) s).contributions()) {
                    locals.add("∂/∂" + t.derivand(c.to()) + " = " + Fmt.num(c.local(), decimals));
                }
                lines.add("local gradients: " + String.join(", ", locals));
            }
        }
        if (!n.isConst()) lines.add("gradient: d" + out + "/d" + t.derivand(node) + " = " + Fmt.num(a.evaluation().grad(node), decimals));
        if (g.isFork(node)) lines.add("used " + g.consumers(node).size() + " times: its gradient is the sum over its uses");
        return String.join("\n", lines);
    }
}
