package org.chainrule.app.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chainrule.engine.GradientCheck;

/**
 * The side panel's table, one row per input: the backward pass's gradient, the analytic derivative
 * and its value, the central finite difference, and whether they agree. "Compare the result to the
 * analytic derivatives", as the exercise sheet asks.
 */
public final class Comparison {

    /**
     * @param relativeError the largest relative error of backprop against the other two
     */
    public record Row(String input, double backprop, Optional<DerivativeSource.Derivative> analytic,
                      double numeric, boolean agrees, double relativeError) {

        /** {@code ✓ 2.1e-11} or {@code ✗ 0.5}: the agreement mark with the relative error. */
        public String mark() {
            return (agrees ? "✓ " : "✗ ") + Fmt.error(relativeError);
        }
    }

    private Comparison() {}

    public static List<Row> of(Analysis a, DerivativeSource source) {
        Map<String, Double> grads = a.evaluation().gradient();
        Map<String, Double> numeric = a.evaluation().numeric();
        List<Row> rows = new ArrayList<>();
        for (String v : a.inputs()) {
            double bp = grads.get(v);
            double fd = numeric.get(v);
            Optional<DerivativeSource.Derivative> an = Optional.empty();
            try {
                an = source.derivative(a.program(), v, a.values());
            } catch (RuntimeException e) {
                an = Optional.empty();
            }
            GradientCheck.Agreement check = GradientCheck.compare(bp, fd, an.map(d -> d.value()).orElse(null));
            boolean agrees = check.agrees();
            double err = check.relativeError();
            rows.add(new Row(v, bp, an, fd, agrees, err));
        }
        return rows;
    }
}
