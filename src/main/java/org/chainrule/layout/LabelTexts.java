package org.chainrule.layout;

/**
 * The texts the painter will write on each node's output wire, so that the layout can leave room for
 * them. The layout only measures these strings; it never draws them.
 */
public interface LabelTexts {

    /** The forward value written above the wire leaving {@code node}. */
    String value(int node);

    /** The gradient written below the wire leaving {@code node}. */
    String grad(int node);

    /** Room for numbers like {@code -00.00} when the real ones are not known yet. */
    static LabelTexts placeholder(int decimals) {
        String s = decimals <= 0 ? "-000" : "-00." + "0".repeat(decimals);
        return new LabelTexts() {
            public String value(int node) { return s; }
            public String grad(int node) { return s; }
        };
    }
}
