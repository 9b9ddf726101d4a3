package org.chainrule.app.model;

import java.util.List;
import org.chainrule.graph.ComputationGraph;
import org.chainrule.graph.Node;
import org.chainrule.graph.Numbers;

/**
 * Short readable text for what a wire carries: an input's name, a named intermediate's name, a
 * constant's value, or the gate's expression over those ({@code x + y}) while it stays short,
 * else the gate's id.
 */
public final class WireText {

    /** Gate expressions longer than this are written by their id. */
    public static final int MAX_LENGTH = 24;

    private static final int SUM = 1;
    private static final int PRODUCT = 2;
    private static final int POWER = 3;
    private static final int ATOM = 4;

    private final ComputationGraph graph;

    public WireText(ComputationGraph graph) {
        this.graph = graph;
    }

    /** The wire's text, as in {@code df/dq} or {@code df/d(x + y)}. */
    public String of(int node) {
        Node n = graph.node(node);
        if (n.isInput()) return n.id();
        if (n.name() != null) return n.name();
        if (n.isConst()) return Numbers.compact(n.param());
        String e = expression(node);
        return e.length() <= MAX_LENGTH ? e : n.id();
    }

    /** {@link #of} in parentheses when it is a compound expression or a negative constant. */
    public String operand(int node) {
        return precedence(node) < ATOM ? "(" + of(node) + ")" : of(node);
    }

    /** The gate's own expression over its operands' texts, e.g. {@code q × z}, {@code exp(a)}, {@code 1 / a}. */
    public String expression(int node) {
        Node n = graph.node(node);
        if (!n.isGate()) return of(node);
        List<Integer> a = n.args();
        int prec = ownPrecedence(n);
        String x = child(a.get(0), prec, false);
        String y = a.size() > 1 ? child(a.get(1), prec, true) : "";
        String p = Fmt.operand(n.param(), 6);
        switch (n.op()) {
            case ADD: return x + " + " + y;
            case SUB: return x + " - " + y;
            case MUL: return x + " × " + y;
            case DIV: return x + " / " + y;
            case POW: return x + "^" + y;
            case ADD_C: return n.param() < 0 ? x + " - " + Fmt.num(-n.param(), 6) : x + " + " + p;
            case MUL_C: return x + " × " + p;
            case DIV_C: return x + " / " + p;
            case RDIV_C: return p + " / " + x;
            case POW_C: return x + "^" + p;
            case MAX: case MIN: return n.op().key() + "(" + of(a.get(0)) + ", " + of(a.get(1)) + ")";
            default: return n.label() + "(" + of(a.get(0)) + ")";
        }
    }

    private String child(int node, int parent, boolean right) {
        int p = precedence(node);
        boolean paren = p < parent || (p == parent && right && parent != SUM) || (p == parent && parent == POWER && !right)
                || (p == parent && right && graph.node(node).op() == org.chainrule.graph.Op.SUB);
        return paren ? "(" + of(node) + ")" : of(node);
    }

    /** How tightly the wire's text binds: names, numbers, calls and ids are atoms. */
    private int precedence(int node) {
        Node n = graph.node(node);
        if (n.isConst()) return n.param() < 0 ? SUM : ATOM;
        if (n.isInput() || n.name() != null) return ATOM;
        if (of(node).equals(n.id())) return ATOM;
        return ownPrecedence(n);
    }

    private static int ownPrecedence(Node n) {
        switch (n.op()) {
            case ADD: case SUB: case ADD_C: return SUM;
            case MUL: case DIV: case MUL_C: case DIV_C: case RDIV_C: return PRODUCT;
            case POW: case POW_C: return POWER;
            default: return ATOM;
        }
    }

    /** What CS231n calls the gate: {@code add}, {@code mul}, {@code max}, {@code exp}, {@code +1}, {@code *-1}, {@code 1/x}. */
    public static String gateName(Node n) {
        switch (n.op()) {
            case ADD_C: case MUL_C: case DIV_C: case RDIV_C: case POW_C: return n.label();
            case SIGMOID: return "sigmoid";
            default: return n.op().key();
        }
    }
}
