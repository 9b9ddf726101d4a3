package org.chainrule.layout;

import org.chainrule.graph.Node;
import org.chainrule.graph.Op;

/** The text a picture writes for a node: the operation with typographic signs, or a name. */
public final class GateLabels {

    private GateLabels() {}

    /**
     * A gate's operation as printed: {@code ×} for {@code *}, a true minus sign {@code −} for the
     * hyphen ({@code ×−1}, {@code −1}), other labels ({@code +}, {@code exp}, {@code σ}, {@code 1/x})
     * unchanged; an input's name; a constant's value.
     */
    public static String display(Node n) {
        if (n.isInput()) return n.id();
        String s = n.op() == Op.POW ? "pow" : n.label();
        if (n.op() == Op.MUL || n.op() == Op.MUL_C) s = "×" + s.substring(1);
        return s.replace('-', '−');
    }

    /** The name written before the value on a node's wire ({@code q} for {@code q = x + y}), or null. */
    public static String wireName(Node n, int output) {
        if (n.index() == output || n.name() == null || n.isInput()) return null;
        return n.name();
    }
}
