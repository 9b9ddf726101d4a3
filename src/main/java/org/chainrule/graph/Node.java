package org.chainrule.graph;

import java.util.List;

/**
 * One node of a computational graph: an input variable, a constant, or a gate.
 *
 * @param index position in topological order (inputs of a gate always have smaller indices)
 * @param id    stable identifier: the variable's name for inputs, {@code c1, c2, ...} for constants,
 *              {@code n1, n2, ...} for gates
 * @param op    what the node computes
 * @param param the constant of {@code +c}, {@code *c}, {@code c/x}, {@code ^c} gates, or a constant's value
 * @param args  indices of the input nodes, in operand order
 * @param name  the program's name for the gate's output ({@code q} in {@code q = x + y}), or null
 */
public record Node(int index, String id, Op op, double param, List<Integer> args, String name) {

    public Node {
        args = List.copyOf(args);
    }

    /** The text drawn for the node: the operation for a gate, the name for an input, the value for a constant. */
    public String label() {
        return op == Op.INPUT ? id : op.label(param);
    }

    public boolean isInput() { return op == Op.INPUT; }

    public boolean isConst() { return op == Op.CONST; }

    public boolean isGate() { return op.isGate(); }

    /** The name of the node's output wire: the program's name for it, or its id. */
    public String wireName() {
        return name != null ? name : id;
    }
}
