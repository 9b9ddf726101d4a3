package org.chainrule.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.chainrule.engine.Evaluation;
import org.chainrule.engine.GradientCheck;
import org.chainrule.graph.ComputationGraph;
import org.chainrule.graph.Node;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code chainrule eval PROGRAM --at x=..,y=.. [--json] [--granularity fused|decomposed]}. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Evaluate a program at a point: its value, the backprop gradient of every input,",
                "the analytic derivative and a central finite difference, and whether they agree."})
final class EvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ProgramOptions input;

    @Option(names = "--json", description = "print one JSON object instead of a table")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Loaded l = input.load();
        Report r = Report.of(l);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (json) out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(toJson(r)));
        else out.print(Table.render(r));
        if (!json) for (String w : r.warnings()) err.println("warning: " + w);
        for (String n : l.notes()) err.println("note: " + n);
        return Cli.OK;
    }

    static ObjectNode toJson(Report r) {
        ObjectMapper m = new ObjectMapper();
        ObjectNode root = m.createObjectNode();
        Loaded l = r.loaded();
        Evaluation e = l.evaluation();
        root.put("program", l.program().source());
        root.put("output", l.graph().outputName());
        root.put("granularity", l.graph().granularity().name().toLowerCase(java.util.Locale.ROOT));
        put(root, "value", e.value());
        ObjectNode at = root.putObject("at");
        l.at().forEach((k, v) -> put(at, k, v));
        ObjectNode grad = root.putObject("gradient");
        e.gradient().forEach((k, v) -> put(grad, k, v));
        ObjectNode analytic = root.putObject("analytic");
        for (Report.Row row : r.rows()) {
            if (row.analyticExpression() == null) continue;
            ObjectNode a = analytic.putObject(row.input());
            a.put("expression", row.analyticExpression());
            a.put("latex", row.analyticLatex());
            put(a, "value", row.analyticValue());
        }
        ObjectNode numeric = root.putObject("numeric");
        e.numeric().forEach((k, v) -> put(numeric, k, v));
        ObjectNode agree = root.putObject("agree");
        for (Report.Row row : r.rows()) agree.put(row.input(), row.agrees());
        ObjectNode graph = root.putObject("graph");
        ArrayNode nodes = graph.putArray("nodes");
        ComputationGraph g = l.graph();
        for (Node n : g.nodes()) {
            if (!n.isGate()) continue;
            ObjectNode o = nodes.addObject();
            o.put("id", n.id());
            o.put("op", n.op().key());
            o.put("label", n.label());
            if (n.name() != null) o.put("name", n.name());
            ArrayNode ins = o.putArray("inputs");
            for (int a : n.args()) ins.add(g.node(a).isConst() ? g.node(a).label() : g.node(a).id());
            put(o, "value", e.value(n.index()));
            put(o, "grad", e.grad(n.index()));
        }
        ArrayNode warnings = root.putArray("warnings");
        r.warnings().forEach(warnings::add);
        return root;
    }

    /** Finite numbers as JSON numbers; NaN and infinities as the strings "NaN", "Infinity", "-Infinity". */
    static void put(ObjectNode o, String key, double v) {
        if (Double.isFinite(v)) o.put(key, v);
        else o.put(key, Double.isNaN(v) ? "NaN" : v > 0 ? "Infinity" : "-Infinity");
    }
}
