package org.chainrule.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every case in {@code src/test/resources/golden/*.golden} through the real command line
 * ({@code eval --json}), in each granularity it names, and compares with the hand-worked values.
 */
class GoldenCasesTest {

    record Case(String file, int line, Map<String, String> fields) {
        String get(String k) { return fields.get(k); }

        @Override
        public String toString() { return file + ":" + line + " " + fields.getOrDefault("program", ""); }
    }

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/golden"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".golden")).sorted().toList()) {
                for (Case c : read(f)) {
                    String g = c.fields.getOrDefault("granularity", "both");
                    for (String gran : g.equals("both") ? List.of("fused", "decomposed") : List.of(g)) {
                        out.add(Arguments.of(c, gran));
                    }
                }
            }
        }
        return out.stream();
    }

    static List<Case> read(Path f) throws IOException {
        List<Case> cases = new ArrayList<>();
        Map<String, String> fields = new LinkedHashMap<>();
        int start = 1;
        List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        for (int i = 0; i <= lines.size(); i++) {
            String line = i < lines.size() ? lines.get(i) : "---";
            if (line.strip().equals("---")) {
                if (!fields.isEmpty()) cases.add(new Case(f.getFileName().toString(), start, fields));
                fields = new LinkedHashMap<>();
                start = i + 2;
                continue;
            }
            if (line.startsWith("#") || line.isBlank()) continue;
            int colon = line.indexOf(':');
            fields.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
        }
        return cases;
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("cases")
    void golden(Case c, String granularity) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new String[] {"eval", c.get("program"), "--at", c.get("at"), "--json", "--granularity", granularity},
                new PrintWriter(out), new PrintWriter(err));
        if (c.get("error") != null) {
            assertEquals(Integer.parseInt(c.fields.getOrDefault("exit", "2")), code, err.toString());
            assertTrue(err.toString().contains(c.get("error")), "expected '" + c.get("error") + "' in: " + err);
            assertTrue(!err.toString().contains("Exception") && !err.toString().contains("\tat "), "stack trace leaked: " + err);
            return;
        }
        assertEquals(0, code, err.toString());
        JsonNode json = new ObjectMapper().readTree(out.toString());
        double tol = Double.parseDouble(c.fields.getOrDefault("tolerance", "1e-12"));
        check("value", parse(c.get("value")), number(json.get("value")), tol);
        for (Map.Entry<String, Double> g : point(c.get("gradient")).entrySet()) {
            JsonNode v = json.path("gradient").get(g.getKey());
            if (v == null) fail("no gradient for " + g.getKey() + " in " + json.path("gradient"));
            check("d/d" + g.getKey(), g.getValue(), number(v), tol);
        }
        assertEquals(point(c.get("gradient")).keySet(), fieldNames(json.path("gradient")), "the inputs");
        for (String input : point(c.get("gradient")).keySet()) analytic(c, json, input);
        if (c.get("warning") != null) {
            assertTrue(json.path("warnings").toString().contains(c.get("warning")),
                    "expected warning '" + c.get("warning") + "' in " + json.path("warnings"));
        } else {
            assertEquals(0, json.path("warnings").size(), "unexpected warnings: " + json.path("warnings"));
        }
    }

    /** The analytic derivative agrees with the expected gradient, and its text parses to the same value. */
    private static void analytic(Case c, JsonNode json, String input) throws Exception {
        JsonNode a = json.path("analytic").get(input);
        if (a == null) fail("no analytic derivative for " + input + " in " + json.path("analytic"));
        double expected = point(c.get("gradient")).get(input);
        double value = number(a.get("value"));
        if (!Double.isFinite(expected)) return;
        check("analytic d/d" + input + " = " + a.get("expression").asText(), expected, value, 1e-9);
        java.util.Map<String, Double> env = point(c.get("at"));
        org.chainrule.expr.Program p = org.chainrule.expr.Parser.parse(a.get("expression").asText()).withValuesFor(env.keySet());
        double reparsed = org.chainrule.symbolic.Evaluator.value(p.inlined(), env);
        check("reparsed analytic d/d" + input, value, reparsed, 1e-12);
    }

    private static java.util.Set<String> fieldNames(JsonNode n) {
        java.util.Set<String> s = new java.util.LinkedHashSet<>();
        n.fieldNames().forEachRemaining(s::add);
        return s;
    }

    static void check(String what, double expected, double actual, double tol) {
        if (Double.isNaN(expected) || Double.isInfinite(expected)) {
            assertEquals(expected, actual, what);
            return;
        }
        assertTrue(Math.abs(expected - actual) <= tol * Math.max(1, Math.abs(expected)),
                what + ": expected " + expected + " but was " + actual);
    }

    static double number(JsonNode n) {
        return n.isTextual() ? parse(n.asText()) : n.asDouble();
    }

    static double parse(String s) {
        return switch (s) {
            case "NaN" -> Double.NaN;
            case "Infinity" -> Double.POSITIVE_INFINITY;
            case "-Infinity" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(s);
        };
    }

    static Map<String, Double> point(String s) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (String part : s.split(",")) {
            String[] kv = part.split("=");
            m.put(kv[0].strip(), parse(kv[1].strip()));
        }
        return m;
    }
}
