package org.chainrule.graph;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Number formatting shared by labels, tables and pictures. */
public final class Numbers {

    private Numbers() {}

    /** Short form for gate labels: integers without ".0", otherwise up to 4 significant digits. */
    public static String compact(double v) {
        if (Double.isNaN(v)) return "NaN";
        if (Double.isInfinite(v)) return v > 0 ? "∞" : "-∞";
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        String s = new BigDecimal(v).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
        return s.length() > 10 ? String.format(java.util.Locale.ROOT, "%.3g", v) : s;
    }

    /**
     * Fixed decimals, as on the CS231n diagrams ({@code -12.00}, {@code 0.73}); never {@code -0.00}.
     * NaN and infinities are written {@code NaN}, {@code ∞}, {@code -∞}.
     */
    public static String fixed(double v, int decimals) {
        if (Double.isNaN(v)) return "NaN";
        if (Double.isInfinite(v)) return v > 0 ? "∞" : "-∞";
        String s = new BigDecimal(v).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
        if (s.startsWith("-") && s.chars().noneMatch(ch -> ch >= '1' && ch <= '9')) s = s.substring(1);
        return s;
    }
}
