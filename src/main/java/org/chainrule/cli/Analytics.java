package org.chainrule.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chainrule.expr.Expr;
import org.chainrule.graph.Node;
import org.chainrule.symbolic.Analytic;
import org.chainrule.symbolic.Evaluator;
import org.chainrule.symbolic.InfixPrinter;
import org.chainrule.symbolic.LatexPrinter;
import org.chainrule.symbolic.TooLargeException;

/**
 * The analytic derivative of the output with respect to each input: simplified, printed in the input
 * language and in LaTeX, and evaluated at the point. Skipped, with a warning, for programs too large
 * to expand.
 */
final class Analytics {

    record Result(String expression, String latex, double value) {}

    private final Map<String, Result> results;

    private Analytics(Map<String, Result> results) {
        this.results = results;
    }

    static Analytics of(Loaded l, List<String> warnings) {
        Map<String, Result> out = new LinkedHashMap<>();
        List<String> inputs = l.graph().inputs().stream().map(Node::id).toList();
        try {
            Map<String, Expr> grad = Analytic.gradient(l.program(), inputs);
            for (String input : inputs) {
                Expr d = grad.get(input);
                out.put(input, new Result(InfixPrinter.print(d), LatexPrinter.print(d), Evaluator.value(d, l.at())));
            }
        } catch (TooLargeException e) {
            warnings.add(e.getMessage());
        }
        return new Analytics(out);
    }

    Result get(String input) {
        return results.get(input);
    }
}
