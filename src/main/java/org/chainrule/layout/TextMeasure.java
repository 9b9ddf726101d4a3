package org.chainrule.layout;

/**
 * How wide a text is, so that the layout leaves room for labels without depending on a toolkit.
 * The renderer passes one backed by real font metrics; {@link #ESTIMATE} needs none.
 */
@FunctionalInterface
public interface TextMeasure {

    /** The advance width of {@code text} set in the label font at {@code fontSize}. */
    double width(String text, double fontSize);

    /**
     * A per-character estimate for a sans-serif font (digits 0.56 em, narrow marks less, wide
     * letters more). Deterministic and a little generous, so real text fits in the room it leaves.
     */
    TextMeasure ESTIMATE = (text, size) -> {
        double em = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.' || c == ',' || c == ':' || c == 'i' || c == 'l' || c == '|' || c == '\'') em += 0.3;
            else if (c == '-' || c == ' ' || c == '(' || c == ')' || c == 'f' || c == 't' || c == 'j' || c == 'r') em += 0.38;
            else if (c == 'm' || c == 'w' || c == 'M' || c == 'W' || c == '∞') em += 0.9;
            else if (Character.isUpperCase(c) || c == '×' || c == '−' || c == '+' || c == '=' || c == '∂') em += 0.68;
            else em += 0.58;
        }
        return em * size;
    };
}
