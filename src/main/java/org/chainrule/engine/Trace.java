package org.chainrule.engine;

import java.util.ArrayList;
import java.util.List;
import org.chainrule.graph.ComputationGraph;

/**
 * The passes as an ordered list of steps: one {@link Step.Forward} per gate in topological order, then
 * {@link Step.Seed}, then one {@link Step.Backward} per gate in reverse order, each followed by a
 * {@link Step.ForkSum} for every fork whose last contribution it delivered. The numbers are the
 * engine's own (the same operations, in the same order, as {@link BackwardPass}).
 */
public final class Trace {

    private final List<Step> steps;
    private final int forwardCount;

    private Trace(List<Step> steps, int forwardCount) {
        this.steps = List.copyOf(steps);
        this.forwardCount = forwardCount;
    }

    public List<Step> steps() { return steps; }

    /** Number of forward steps; backward steps follow them. */
    public int forwardCount() { return forwardCount; }

    public static Trace of(Tape tape, double[] v) {
        ComputationGraph graph = tape.graph();
        int n = tape.size();
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!tape.ops[i].isGate()) continue;
            List<Double> ins = new ArrayList<>(2);
            for (int arg : graph.node(i).args()) ins.add(v[arg]);
            steps.add(new Step.Forward(i, ins, v[i]));
        }
        int forward = steps.size();
        double[] g = new double[n];
        int[] pending = new int[n];
        List<List<Step.Contribution>> received = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            pending[i] = graph.consumers(i).size();
            received.add(null);
        }
        g[tape.output] = 1;
        steps.add(new Step.Seed(tape.output, 1));
        for (int i = n - 1; i >= 0; i--) {
            var op = tape.ops[i];
            if (!op.isGate()) continue;
            double up = g[i];
            double va = v[tape.a[i]];
            double vb = v[tape.b[i]];
            List<Step.Contribution> out = new ArrayList<>(2);
            List<Integer> args = graph.node(i).args();
            for (int s = 0; s < args.size(); s++) {
                int to = args.get(s);
                double local = op.local(s, va, vb, tape.p[i], v[i]);
                double amount = up * local;
                g[to] += amount;
                Step.Contribution c = new Step.Contribution(i, to, s, up, local, amount);
                out.add(c);
                if (graph.isFork(to)) {
                    if (received.get(to) == null) received.set(to, new ArrayList<>());
                    received.get(to).add(c);
                }
            }
            steps.add(new Step.Backward(i, up, out));
            for (Step.Contribution c : out) {
                if (--pending[c.to()] == 0 && graph.isFork(c.to())) {
                    steps.add(new Step.ForkSum(c.to(), received.get(c.to()), g[c.to()]));
                }
            }
        }
        return new Trace(steps, forward);
    }
}
