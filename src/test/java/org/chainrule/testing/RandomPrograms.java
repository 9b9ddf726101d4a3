package org.chainrule.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded random programs as text: a few inputs, named intermediates that later statements reuse (so
 * forks appear), constants, and every operator and function of the language.
 */
public final class RandomPrograms {

    private static final String[] UNARY = {"exp", "log", "sqrt", "sin", "cos", "tan", "tanh", "sigmoid", "relu", "abs"};
    private static final String[] BINARY = {"+", "-", "*", "/", "^", "max", "min"};

    private RandomPrograms() {}

    /** A program over {@code inputs} with {@code statements} statements; the last one is the output. */
    public static String program(Random r, List<String> inputs, int statements) {
        List<String> names = new ArrayList<>(inputs);
        StringBuilder sb = new StringBuilder();
        for (int s = 0; s < statements; s++) {
            String expr = expr(r, names, 1 + r.nextInt(3));
            String name = "t" + s;
            sb.append(s == statements - 1 ? "f" : name).append(" = ").append(expr).append(s == statements - 1 ? "" : "; ");
            names.add(name);
        }
        return sb.toString();
    }

    /** One random expression of at most {@code depth} levels over {@code names}. */
    public static String expr(Random r, List<String> names, int depth) {
        if (depth == 0 || r.nextInt(4) == 0) return leaf(r, names);
        int kind = r.nextInt(10);
        if (kind < 3) {
            String f = UNARY[r.nextInt(UNARY.length)];
            return f + "(" + expr(r, names, depth - 1) + ")";
        }
        if (kind < 4) return "-(" + expr(r, names, depth - 1) + ")";
        String op = BINARY[r.nextInt(BINARY.length)];
        String a = expr(r, names, depth - 1);
        String b = expr(r, names, depth - 1);
        return switch (op) {
            case "max", "min" -> op + "(" + a + ", " + b + ")";
            case "^" -> "(" + a + ") ^ " + (r.nextBoolean() ? String.valueOf(2 + r.nextInt(2)) : "(" + b + ")");
            default -> "(" + a + ") " + op + " (" + b + ")";
        };
    }

    private static String leaf(Random r, List<String> names) {
        if (r.nextInt(5) == 0) {
            double c = Math.round((r.nextDouble() * 6 - 3) * 4) / 4.0;
            return c < 0 ? "(" + c + ")" : String.valueOf(c);
        }
        return names.get(r.nextInt(names.size()));
    }

    /** A value in [-2, 2], rounded to 1/64 so that printed points are exact. */
    public static double value(Random r) {
        return Math.round((r.nextDouble() * 4 - 2) * 64) / 64.0;
    }
}
