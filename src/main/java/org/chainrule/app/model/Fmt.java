package org.chainrule.app.model;

import org.chainrule.graph.Numbers;

/** Numbers as the narration and the side panel write them. */
public final class Fmt {

    private Fmt() {}

    /**
     * {@code v} to {@code decimals} places without trailing zeros: {@code -4}, {@code 0.73},
     * {@code 3}; never {@code -0}; NaN and infinities as {@link Numbers#fixed} writes them.
     */
    public static String num(double v, int decimals) {
        String s = Numbers.fixed(v, decimals);
        if (s.indexOf('.') >= 0) {
            s = s.replaceAll("0+$", "");
            if (s.endsWith(".")) s = s.substring(0, s.length() - 1);
        }
        return s.equals("-0") ? "0" : s;
    }

    /** Like {@link #num}, in parentheses when negative: for a number after an operator, {@code 2 + (-6)}. */
    public static String operand(double v, int decimals) {
        String s = num(v, decimals);
        return s.startsWith("-") ? "(" + s + ")" : s;
    }

    /** A relative error in short scientific form: {@code 3.1e-11}, or {@code 0} when exact. */
    public static String error(double rel) {
        if (Double.isNaN(rel)) return "n/a";
        if (rel == 0) return "0";
        if (rel >= 1e-3 && Double.isFinite(rel)) {
            return new java.math.BigDecimal(rel).round(new java.math.MathContext(2)).stripTrailingZeros().toPlainString();
        }
        return String.format(java.util.Locale.ROOT, "%.1e", rel).replace("e-0", "e-").replace("e+0", "e");
    }
}
