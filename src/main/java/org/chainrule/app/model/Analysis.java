package org.chainrule.app.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chainrule.engine.Evaluation;
import org.chainrule.engine.MissingInputException;
import org.chainrule.expr.Parser;
import org.chainrule.expr.Program;
import org.chainrule.expr.ProgramException;
import org.chainrule.graph.ComputationGraph;
import org.chainrule.graph.Granularity;
import org.chainrule.graph.GraphBuilder;

/**
 * A program run at a point: parsed, built into a graph, evaluated forward and backward by the engine.
 * Built with {@link #run}; a program that does not parse throws and leaves the caller's last good
 * analysis in place.
 *
 * @param values the point, one value per input in input order (a new input gets {@link #DEFAULT_VALUE})
 */
public record Analysis(String source, Program program, Granularity granularity, ComputationGraph graph,
                       Map<String, Double> values, Evaluation evaluation) {

    /** The value a newly typed input variable starts with. */
    public static final double DEFAULT_VALUE = 1.0;

    public static Analysis run(String source, Map<String, Double> known, Granularity granularity) throws ProgramException {
        Program program = Parser.parse(source);
        return run(source, program, granularity, GraphBuilder.build(program, granularity), known);
    }

    /** Re-evaluates the same graph at new values (no parse, no build: what a slider calls). */
    public Analysis at(Map<String, Double> known) {
        return run(source, program, granularity, graph, known);
    }

    private static Analysis run(String source, Program program, Granularity g, ComputationGraph graph, Map<String, Double> known) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (var n : graph.inputs()) values.put(n.id(), known.getOrDefault(n.id(), DEFAULT_VALUE));
        try {
            return new Analysis(source, program, g, graph, java.util.Collections.unmodifiableMap(values), Evaluation.of(graph, values));
        } catch (MissingInputException e) {
            throw new IllegalStateException("every input was given a value, yet " + e.variable() + " is missing", e);
        }
    }

    /** The input variables, in the graph's order (the order of the gradient and of the table). */
    public List<String> inputs() { return List.copyOf(values.keySet()); }

    public double value() { return evaluation.value(); }
}
