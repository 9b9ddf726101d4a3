package org.chainrule.app.model;

import java.util.ArrayList;
import java.util.List;
import org.chainrule.engine.Step;
import org.chainrule.graph.ComputationGraph;
import org.chainrule.graph.Node;

/**
 * One line of narration per step of the engine's trace, in gate language. Only the trace's numbers
 * are used: nothing is recomputed here.
 * <ul>
 * <li>forward: {@code add gate: q = x + y = -2 + 5 = 3}</li>
 * <li>backward: {@code mul gate swaps its inputs: upstream 1 × local z = -4 → df/dq = -4; ...}</li>
 * <li>fork: {@code df/dx = 2 + (-6) = -4: x is used twice}</li>
 * </ul>
 */
public final class Narrator {

    private final ComputationGraph graph;
    private final WireText text;
    private final int decimals;

    public Narrator(ComputationGraph graph, int decimals) {
        this.graph = graph;
        this.text = new WireText(graph);
        this.decimals = decimals;
    }

    /** What the window says before the first step. */
    public String start() {
        return "Ready: press → or Space to run the forward pass one gate at a time.";
    }

    /** What the window says once every step has been played. */
    public String done(double value) {
        return "Done: " + graph.outputName() + " = " + num(value) + ", every gradient is in.";
    }

    public String narrate(Step step) {
        if (step instanceof Step.Forward) return forward((Step.Forward) step);
        if (step instanceof Step.Seed) return seed((Step.Seed) step);
        if (step instanceof Step.Backward) return backward((Step.Backward) step);
        if (step instanceof Step.ForkSum) return forkSum((Step.ForkSum) step);
        throw new IllegalArgumentException("unknown step " + step);
    }

    private String forward(Step.Forward f) {
        Node n = graph.node(f.node());
        String expr = text.expression(f.node());
        String lhs = n.name() != null ? n.name() + " = " + expr : expr;
        return WireText.gateName(n) + " gate: " + lhs + " = " + substituted(n, f.inputs()) + " = " + num(f.value());
    }

    /** The gate's expression with the input values in place of the operands. */
    private String substituted(Node n, List<Double> in) {
        String a = num(in.get(0));
        String b = in.size() > 1 ? operand(in.get(1)) : "";
        String p = operand(n.param());
        switch (n.op()) {
            case ADD: return a + " + " + b;
            case SUB: return a + " - " + b;
            case MUL: return a + " × " + b;
            case DIV: return a + " / " + b;
            case POW: return a + "^" + b;
            case ADD_C: return n.param() < 0 ? a + " - " + num(-n.param()) : a + " + " + p;
            case MUL_C: return n.param() == -1 ? "-" + operand(in.get(0)) : a + " × " + p;
            case DIV_C: return a + " / " + p;
            case RDIV_C: return p + " / " + a;
            case POW_C: return a + "^" + p;
            case MAX: case MIN: return n.op().key() + "(" + num(in.get(0)) + ", " + num(in.get(1)) + ")";
            default: return n.label() + "(" + num(in.get(0)) + ")";
        }
    }

    private String seed(Step.Seed s) {
        String out = graph.outputName();
        return "Backward pass starts at the output: d" + out + "/d" + out + " = " + num(s.grad());
    }

    private String backward(Step.Backward b) {
        Node n = graph.node(b.node());
        List<String> parts = new ArrayList<>();
        for (Step.Contribution c : b.contributions()) {
            String local = LocalGradients.formula(n, c.slot(), text);
            String localText = local == null ? num(c.local()) : local + " = " + num(c.local());
            String target = graph.isFork(c.to())
                    ? num(c.amount()) + " into " + d(c.to()) + " (one of its " + graph.consumers(c.to()).size() + " uses)"
                    : d(c.to()) + " = " + num(c.amount());
            parts.add("upstream " + num(c.upstream()) + " × local " + localText + " → " + target);
        }
        return WireText.gateName(n) + " gate" + LocalGradients.pattern(n) + ": " + String.join("; ", parts);
    }

    private String forkSum(Step.ForkSum f) {
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < f.parts().size(); i++) {
            double a = f.parts().get(i).amount();
            terms.add(i == 0 ? num(a) : operand(a));
        }
        int uses = f.parts().size();
        String times = uses == 2 ? "twice" : uses == 3 ? "three times" : uses + " times";
        return d(f.node()) + " = " + String.join(" + ", terms) + " = " + num(f.total()) + ": "
                + text.of(f.node()) + " is used " + times;
    }

    /** {@code df/dx}, {@code df/d(x + y)}. */
    public String d(int node) {
        return "d" + graph.outputName() + "/d" + text.derivand(node);
    }

    private String num(double v) { return Fmt.num(v, decimals); }

    private String operand(double v) { return Fmt.operand(v, decimals); }
}
