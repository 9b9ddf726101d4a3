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

    /** Gate expressions longer than this are shortened, their long operands written as "…". */
    public static final int MAX_LENGTH = 28;

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
        String e = expression(node, false);
        if (e.length() <= MAX_LENGTH) return e;
        e = expression(node, true);
        return e.length() <= MAX_LENGTH ? e : n.id();
    }

    /** {@link #of} in parentheses when it is a compound expression or a negative constant. */
    public String operand(int node) {
        return precedence(node) < ATOM ? "(" + of(node) + ")" : of(node);
    }

    /** The text after {@code d} in {@code df/dx}: a bare name, or anything else in parentheses ({@code df/d(exp(a))}). */
    public String derivand(int node) {
        String s = of(node);
        if (s.matches("[\\p{L}_][\\p{L}\\p{N}_]*|-?[0-9.]+")) return s;
        return s.startsWith("(") && s.endsWith(")") && balanced(s.substring(1, s.length() - 1)) ? s : "(" + s + ")";
    }

    /** The gate's own expression over its operands' texts, e.g. {@code q × z}, {@code exp(a)}, {@code 1 / a}. */
    public String expression(int node) {
        return expression(node, false);
    }

    /** With {@code elide}, operands that are gate expressions are written "…": {@code exp(…) + 1}. */
    private String expression(int node, boolean elide) {
        Node n = graph.node(node);
        if (!n.isGate()) return of(node);
        List<Integer> a = n.args();
        int prec = ownPrecedence(n);
        String x = elide && elided(a.get(0)) ? "…" : child(a.get(0), prec, false);
        String y = a.size() < 2 ? "" : elide && elided(a.get(1)) ? "…" : child(a.get(1), prec, true);
        String p = Fmt.operand(n.param(), 6);
        switch (n.op()) {
            case ADD: return y.startsWith("-") ? x + " - " + y.substring(1) : x + " + " + y;
            case SUB: return x + " - " + y;
            case MUL: return x + " × " + y;
            case DIV: return x + " / " + y;
            case POW: return x + "^" + y;
            case ADD_C: return n.param() < 0 ? x + " - " + Fmt.num(-n.param(), 6) : x + " + " + p;
            case MUL_C: return n.param() == -1 ? negated(x) : x + " × " + p;
            case DIV_C: return x + " / " + p;
            case RDIV_C: return p + " / " + x;
            case POW_C: return x + "^" + p;
            case MAX: case MIN: return n.op().key() + "(" + strip(x) + ", " + strip(y) + ")";
            default: return n.label() + "(" + strip(x) + ")";
        }
    }

    /** A gate operand without a name of its own: written "…" in a shortened expression. */
    private boolean elided(int node) {
        Node n = graph.node(node);
        return n.isGate() && n.name() == null;
    }

    /** {@code -x}, {@code -exp(a)}, {@code -(x + y)}, {@code -(…)}. */
    private static String negated(String x) {
        boolean atom = x.matches("[\\p{L}_][\\p{L}\\p{N}_]*(\\(.*\\))?") && balanced(x);
        return atom ? "-" + x : "-(" + strip(x) + ")";
    }

    private static String strip(String s) {
        return s.startsWith("(") && s.endsWith(")") && balanced(s.substring(1, s.length() - 1)) ? s.substring(1, s.length() - 1) : s;
    }

    private static boolean balanced(String s) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '(') depth++;
            else if (s.charAt(i) == ')' && --depth < 0) return false;
        }
        return depth == 0;
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
            case ADD_C: case MUL_C: case DIV_C: case RDIV_C: case POW_C: return n.label().replace('*', '×');
            case SIGMOID: return "sigmoid";
            default: return n.op().key();
        }
    }
}
