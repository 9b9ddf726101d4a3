package org.chainrule.engine;

import java.util.List;

/** One step of the trace that the animation and the narration play. Node numbers are node indices. */
public sealed interface Step {

    /** The node this step is about. */
    int node();

    /** A gate computes its value from its inputs' values. */
    record Forward(int node, List<Double> inputs, double value) implements Step {
        public Forward {
            inputs = List.copyOf(inputs);
        }
    }

    /** The backward pass starts: d output / d output = 1. */
    record Seed(int node, double grad) implements Step {}

    /**
     * A gate sends its gradient back: for each input, {@code upstream × local = amount}.
     */
    record Backward(int node, double upstream, List<Contribution> contributions) implements Step {
        public Backward {
            contributions = List.copyOf(contributions);
        }
    }

    /**
     * A value used several times has received a contribution along each of its uses: its gradient is
     * their sum, {@code total}, added in the order listed.
     */
    record ForkSum(int node, List<Contribution> parts, double total) implements Step {
        public ForkSum {
            parts = List.copyOf(parts);
        }
    }

    /** What gate {@code from} sends back into its operand {@code slot}, which is node {@code to}. */
    record Contribution(int from, int to, int slot, double upstream, double local, double amount) {}
}
