package org.chainrule.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/** Parses {@code --at x=-2,y=5,z=-4} into an ordered map, naming exactly what is malformed. */
final class Point {

    private Point() {}

    static Map<String, Double> parse(String text) {
        Map<String, Double> out = new LinkedHashMap<>();
        if (text == null || text.isBlank()) return out;
        for (String part : text.split("[,;]")) {
            String p = part.strip();
            if (p.isEmpty()) continue;
            int eq = p.indexOf('=');
            if (eq < 0) throw new UserError("malformed --at: '" + p + "' should be name=value, for example x=-2");
            String name = p.substring(0, eq).strip();
            String value = p.substring(eq + 1).strip().replace('\u2212', '-');
            if (!name.matches("[\\p{L}_][\\p{L}\\p{N}_]*")) {
                throw new UserError("malformed --at: '" + name + "' is not a variable name (in '" + p + "')");
            }
            if (value.isEmpty()) throw new UserError("malformed --at: '" + name + "' has no value (write " + name + "=NUMBER)");
            double v;
            try {
                v = switch (value) {
                    case "NaN", "nan" -> Double.NaN;
                    case "Infinity", "inf", "+inf" -> Double.POSITIVE_INFINITY;
                    case "-Infinity", "-inf" -> Double.NEGATIVE_INFINITY;
                    default -> {
                        if (!value.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) throw new NumberFormatException();
                        yield Double.parseDouble(value);
                    }
                };
            } catch (NumberFormatException e) {
                throw new UserError("malformed --at: '" + value + "' is not a number (for " + name + ")");
            }
            if (out.put(name, v) != null) throw new UserError("malformed --at: " + name + " is given twice");
        }
        return out;
    }
}
