package org.chainrule.cli;

import java.util.ArrayList;
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

/** A program parsed, built and evaluated at a point, with user mistakes turned into {@link UserError}s. */
record Loaded(Program program, ComputationGraph graph, Evaluation evaluation, Map<String, Double> at, List<String> notes) {

    static Loaded of(String source, String atText, Granularity granularity) {
        Map<String, Double> at = Point.parse(atText);
        Program program;
        try {
            program = Parser.parse(source).withValuesFor(at.keySet());
        } catch (ProgramException e) {
            throw new UserError("the program has a problem at " + e.render());
        }
        List<String> notes = new ArrayList<>();
        List<String> inputs = program.inputs();
        List<String> missing = inputs.stream().filter(n -> !at.containsKey(n)).toList();
        if (!missing.isEmpty()) {
            String example = String.join(",", missing.stream().map(n -> n + "=VALUE").toList());
            throw new UserError((missing.size() == 1 ? "the variable '" + missing.get(0) + "' has" : "the variables "
                    + String.join(", ", missing) + " have") + " no value: give "
                    + (missing.size() == 1 ? "it" : "them") + " with --at " + example);
        }
        for (String name : at.keySet()) {
            if (!inputs.contains(name)) notes.add("--at gives " + name + " a value, but the program does not use it");
        }
        ComputationGraph graph = GraphBuilder.build(program, granularity);
        try {
            return new Loaded(program, graph, Evaluation.of(graph, at), at, notes);
        } catch (MissingInputException e) {
            throw new UserError(e.getMessage() + ": give it with --at " + e.variable() + "=VALUE");
        }
    }
}
