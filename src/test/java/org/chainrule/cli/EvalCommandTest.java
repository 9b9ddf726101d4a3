package org.chainrule.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The eval command as DESIGN.md shows it. */
class EvalCommandTest {

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void jsonOfExercise1() throws Exception {
        Run r = run("eval", "(x + y) * z", "--at", "x=-2,y=5,z=-4", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals("(x + y) * z", j.get("program").asText());
        assertEquals("f", j.get("output").asText());
        assertEquals(-12.0, j.get("value").asDouble());
        assertEquals("{\"x\":-4.0,\"y\":-4.0,\"z\":3.0}", j.get("gradient").toString());
        assertEquals("z", j.at("/analytic/x/expression").asText());
        assertEquals("z", j.at("/analytic/y/expression").asText());
        assertEquals("x + y", j.at("/analytic/z/expression").asText());
        assertEquals(3.0, j.at("/analytic/z/value").asDouble());
        assertEquals(-4.0, j.at("/numeric/x").asDouble(), 1e-9);
        JsonNode nodes = j.at("/graph/nodes");
        assertEquals(2, nodes.size());
        assertEquals("{\"id\":\"n1\",\"op\":\"add\",\"label\":\"+\",\"inputs\":[\"x\",\"y\"],\"value\":3.0,\"grad\":-4.0}",
                nodes.get(0).toString());
        assertEquals("mul", nodes.get(1).get("op").asText());
        assertEquals("[\"n1\",\"z\"]", nodes.get(1).get("inputs").toString());
        assertEquals(0, j.get("warnings").size());
    }

    @Test
    void tableOfExercise1() {
        Run r = run("eval", "(x+y)*z", "--at", "x=-2,y=5,z=-4");
        assertEquals(0, r.code());
        String[] lines = r.out().split("\n");
        assertEquals("f = (x+y)*z   at x = -2, y = 5, z = -4", lines[0]);
        assertEquals("f = -12", lines[1]);
        assertTrue(lines[4].matches("df/dx\\s+-4\\s+z\\s+-4\\s+-4\\.0+\\s+yes \\(rel\\. error .*\\)"), lines[4]);
        assertTrue(lines[6].matches("df/dz\\s+3\\s+x \\+ y\\s+3\\s+3\\.0+\\s+yes .*"), lines[6]);
    }

    @Test
    void decomposedSigmoidGivesTheSameGradientsWithMoreGates() throws Exception {
        Run fused = run("eval", "sigmoid(w0*x0 + w1*x1 + w2)", "--at", "w0=2,x0=-1,w1=-3,x1=-2,w2=-3", "--json");
        Run dec = run("eval", "sigmoid(w0*x0 + w1*x1 + w2)", "--at", "w0=2,x0=-1,w1=-3,x1=-2,w2=-3", "--json",
                "--granularity", "decomposed");
        JsonNode f = new ObjectMapper().readTree(fused.out());
        JsonNode d = new ObjectMapper().readTree(dec.out());
        // the same to rounding: 1/x, exp and *-1 multiply in another order than the fused s(1 - s)
        f.get("gradient").fieldNames().forEachRemaining(k ->
                assertEquals(f.get("gradient").get(k).asDouble(), d.get("gradient").get(k).asDouble(), 1e-15, k));
        assertEquals(5, f.at("/graph/nodes").size());
        assertEquals(8, d.at("/graph/nodes").size());
        assertEquals("[\"*-1\",\"exp\",\"+1\",\"1/x\"]", labels(d.at("/graph/nodes"), 4));
    }

    private static String labels(JsonNode nodes, int from) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = from; i < nodes.size(); i++) sb.append(i > from ? "," : "").append('"').append(nodes.get(i).get("label").asText()).append('"');
        return sb.append(']').toString();
    }

    @Test
    void badArgumentsGiveExitCode2AndNoStackTrace() {
        Run r = run("eval", "(x + y) * z", "--at", "x=1,y=2", "--granularity", "sideways");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("sideways"), r.err());
        assertTrue(!r.err().contains("Exception"), r.err());
        Run none = run();
        assertEquals(2, none.code());
    }
}
