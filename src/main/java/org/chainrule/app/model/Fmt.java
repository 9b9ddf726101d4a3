package org.chainrule.app.model;

import org.chainrule.graph.Numbers;

/** Numbers as the narration and the side panel write them. */
public final class Fmt {

    private Fmt() {}

    /**
     * {@code v} to {@code decimals} places without trailing zeros: {@code -4}, {@code 0.73},
     * {@code 3}; a small number that would round to 0 keeps two significant digits ({@code 0.0025});
     * never {@code -0}; NaN and infinities as {@link Numbers#fixed} writes them.
     */
    public static String num(double v, int decimals) {
        if (v != 0 && Double.isFinite(v) && Math.abs(v) < 0.1 * Math.pow(10, -decimals + 1)) {
            decimals = Math.min(12, (int) Math.ceil(-Math.log10(Math.abs(v))) + 1);
        }
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
