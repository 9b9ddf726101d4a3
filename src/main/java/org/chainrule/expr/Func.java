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

    /** Looks up a function by the name a user wrote; {@code pow} is not a Func (it is the ^ operator). */
    public static Optional<Func> byName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.equals("ln")) return Optional.of(LOG);
        if (n.equals("σ")) return Optional.of(SIGMOID);
        return Arrays.stream(values()).filter(f -> f.name.equals(n)).findFirst();
    }

    /** The known function name nearest to {@code name} by edit distance. */
    public static String nearest(String name) {
        return knownNames().stream()
                .min(Comparator.comparingInt((String k) -> editDistance(k, name.toLowerCase(Locale.ROOT))))
                .orElseThrow();
    }

    static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev; prev = cur; cur = t;
        }
        return prev[b.length()];
    }
}
