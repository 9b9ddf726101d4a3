package org.chainrule.render;

import java.util.Map;

/** Picture texts written as LaTeX: gate operations, variable names, numbers. */
final class TexText {

    private static final Map<String, String> FUNCTIONS = Map.ofEntries(
            Map.entry("exp", "\\exp"), Map.entry("log", "\\log"), Map.entry("ln", "\\ln"), Map.entry("sin", "\\sin"),
            Map.entry("cos", "\\cos"), Map.entry("tan", "\\tan"), Map.entry("tanh", "\\tanh"), Map.entry("max", "\\max"),
            Map.entry("min", "\\min"), Map.entry("σ", "\\sigma"), Map.entry("sqrt", "\\sqrt{\\cdot}"),
            Map.entry("abs", "|\\cdot|"));

    private TexText() {}

    /** A gate's display label ({@code +}, {@code ×−1}, {@code 1/x}, {@code exp}, {@code relu}) in math mode. */
    static String op(String label) {
        String f = FUNCTIONS.get(label);
        if (f != null) return "$" + f + "$";
        if (label.chars().allMatch(Character::isLetter)) return "$\\mathrm{" + label + "}$";
        String m = label.replaceAll("×−(.+)", "\\\\times{-$1}").replace("×", "\\times ").replace("−", "-");
        if (m.startsWith("^")) m = "\\cdot" + "^{" + m.substring(1) + "}";
        return "$" + m + "$";
    }

    /** A variable name in math mode: {@code x1} as x with subscript 1, longer names upright. */
    static String variable(String name) {
        int split = name.length();
        while (split > 0 && Character.isDigit(name.charAt(split - 1))) split--;
        String letters = escape(name.substring(0, split)), digits = name.substring(split);
        String base = letters.length() <= 1 ? letters : "\\mathit{" + letters + "}";
        if (letters.isEmpty()) base = digits;
        else if (!digits.isEmpty()) base += "_{" + digits + "}";
        return "$" + base + "$";
    }

    /** A number as printed ({@code -2.00}, {@code NaN}, {@code ∞}), in math mode without the dollars. */
    static String number(String text) {
        return text.replace("−", "-").replace("-∞", "-\\infty").replace("∞", "\\infty").replace("NaN", "\\mathrm{NaN}");
    }

    /** A label ({@code -4.00}, or {@code ∂ -4.00} in print), italic when asked. */
    static String label(String text, boolean italic) {
        String prefix = "";
        if (text.startsWith("∂")) {
            prefix = "\\partial\\,";
            text = text.substring(1).strip();
        }
        String n = number(text);
        return prefix + (italic && !n.contains("\\") ? "\\mathit{" + n + "}" : n);
    }

    private static String escape(String s) {
        return s.replace("_", "\\_");
    }
}
