package org.chainrule.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.chainrule.cli.CliAccess;
import org.chainrule.expr.BigStack;
import org.chainrule.expr.Parser;
import org.chainrule.graph.ComputationGraph;
import org.chainrule.graph.Granularity;
import org.chainrule.graph.GraphBuilder;
import org.junit.jupiter.api.Test;

/** 100,000 gates in one chain: parses, builds and differentiates without overflowing the stack. */
class LargeProgramsTest {

    @Test
    void aHundredThousandGateSum() throws Exception {
        int n = 50_000; // x*w_i + ... : one mul and one add per term = 100,000 gates
        StringBuilder sb = new StringBuilder("x * 1");
        for (int i = 2; i <= n; i++) sb.append(" + x * ").append(i);
        String program = sb.toString();
        ComputationGraph g = BigStack.call(() -> GraphBuilder.build(Parser.parse(program), Granularity.FUSED));
        assertEquals(2 * n - 1, g.gateCount());
        Evaluation e = Evaluation.of(g, Map.of("x", 2.0));
        double sum = (double) n * (n + 1) / 2; // f = x * sum(i), df/dx = sum(i)
        assertEquals(2 * sum, e.value());
        assertEquals(sum, e.gradient().get("x"));
    }

    @Test
    void theCommandLineHandlesAHundredThousandGates() {
        StringBuilder sb = new StringBuilder("x");
        for (int i = 0; i < 100_000; i++) sb.append(" + x");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CliAccess.run(new String[] {"eval", sb.toString(), "--at", "x=1", "--json"}, out, err);
        assertEquals(0, code, err.toString());
    }
}
