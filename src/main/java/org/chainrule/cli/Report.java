package org.chainrule.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.chainrule.engine.GradientCheck;

/** One row per input: backprop, analytic derivative (text, LaTeX, value), finite difference, agreement. */
record Report(Loaded loaded, List<Row> rows, List<String> warnings) {

    record Row(String input, double backprop, String analyticExpression, String analyticLatex, double analyticValue,
               double numeric, double relativeError, boolean agrees) {}

    static Report of(Loaded l) {
        Map<String, Double> grad = l.evaluation().gradient();
        Map<String, Double> num = l.evaluation().numeric();
        List<String> warnings = new ArrayList<>(l.evaluation().warnings());
        Analytics analytics = Analytics.of(l, warnings);
        List<Row> rows = new ArrayList<>();
        for (String input : grad.keySet()) {
            double bp = grad.get(input);
            double fd = num.get(input);
            Analytics.Result a = analytics.get(input);
            GradientCheck.Agreement check = GradientCheck.compare(bp, fd, a == null ? null : a.value());
            rows.add(new Row(input, bp, a == null ? null : a.expression(), a == null ? null : a.latex(),
                    a == null ? Double.NaN : a.value(), fd, check.relativeError(), check.agrees()));
        }
        return new Report(l, rows, warnings);
    }
}
