package org.chainrule.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Analytic derivatives for the report (filled in by the symbolic package). */
final class Analytics {

    record Result(String expression, String latex, double value) {}

    private final Map<String, Result> results;

    private Analytics(Map<String, Result> results) {
        this.results = results;
    }

    static Analytics of(Loaded l, List<String> warnings) {
        return new Analytics(new LinkedHashMap<>());
    }

    Result get(String input) {
        return results.get(input);
    }
}
