package org.chainrule.expr;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The functions of the language. {@code ln} is another name for {@code log}; {@code pow(a, b)} parses
 * as {@code a ^ b}. {@code step} and {@code sign} exist so that the derivatives of relu, abs, max and
 * min can be written in the language itself.
 */
public enum Func {
    EXP("exp", 1), LOG("log", 1), SQRT("sqrt", 1), SIN("sin", 1), COS("cos", 1), TAN("tan", 1),
    TANH("tanh", 1), SIGMOID("sigmoid", 1), RELU("relu", 1), ABS("abs", 1),
    STEP("step", 1), SIGN("sign", 1), MAX("max", 2), MIN("min", 2);

    private final String name;
    private final int arity;

    Func(String name, int arity) {
        this.name = name;
        this.arity = arity;
    }

    public String fname() { return name; }

    public int arity() { return arity; }

    /** All names a user may write, including aliases. */
    public static List<String> knownNames() {
        List<String> names = new java.util.ArrayList<>(Arrays.stream(values()).map(Func::fname).toList());
        names.add("ln");
        names.add("pow");
        names.add("σ");
        return names;
    }

    private static final java.util.Map<String, Func> BY_NAME = new java.util.HashMap<>();

    static {
        for (Func f : values()) BY_NAME.put(f.name, f);
        BY_NAME.put("ln", LOG);
        BY_NAME.put("σ", SIGMOID);
    }

    /** Looks up a function by the name a user wrote; {@code pow} is not a Func (it is the ^ operator). */
    public static Optional<Func> byName(String name) {
        Func f = BY_NAME.get(name);
        return f != null ? Optional.of(f) : Optional.ofNullable(BY_NAME.get(name.toLowerCase(Locale.ROOT)));
    }

    /**
     * The known function name nearest to {@code name}: fewest edits, where swapping two neighbouring
     * letters counts as one edit ({@code tahn} is one edit from {@code tanh}); ties go to the name of
     * the closest length.
     */
    public static String nearest(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return knownNames().stream()
                .min(Comparator.comparingInt((String k) -> editDistance(k, n))
                        .thenComparingInt(k -> Math.abs(k.length() - n.length())))
                .orElseThrow();
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
    static int editDistance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1));
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
