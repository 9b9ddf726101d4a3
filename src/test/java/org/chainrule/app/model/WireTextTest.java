package org.chainrule.app.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.chainrule.graph.Granularity;
import org.junit.jupiter.api.Test;

/** Readable names for wires, as the narration and the tooltips use them. */
class WireTextTest {

    static List<String> texts(String program, Granularity g) throws Exception {
        Analysis a = Analysis.run(program, Map.of(), g);
        WireText t = new WireText(a.graph());
        return a.graph().nodes().stream().filter(n -> n.isGate()).map(n -> t.of(n.index())).collect(Collectors.toList());
    }

    @Test
    void precedenceDecidesParentheses() throws Exception {
        assertEquals(List.of("x + y", "(x + y) × z", "a - (x + y) × z", "f"), texts("(a - (x + y) * z) * 2", Granularity.FUSED));
        assertEquals(List.of("x - y", "a - (x - y)", "f"), texts("(a - (x - y)) * 2", Granularity.FUSED));
    }

    @Test
    void sigmoidDecomposedReadsLikeTheTextbook() throws Exception {
        assertEquals(List.of("-x", "exp(-x)", "exp(-x) + 1", "1 / (exp(-x) + 1)", "f"), texts("sigmoid(x) * 2", Granularity.DECOMPOSED));
    }

    @Test
    void addingANegationReadsAsASubtraction() throws Exception {
        assertEquals(List.of("-w0", "x - w0", "f"), texts("(x + -w0) * 2", Granularity.FUSED));
    }

    @Test
    void longExpressionsAreShortened() throws Exception {
        List<String> t = texts("f = exp(-(x1*w1 + x2*w2 - w0))", Granularity.FUSED);
        assertEquals("x1 × w1 + x2 × w2 - w0", t.get(3));
        assertEquals("-(x1 × w1 + x2 × w2 - w0)", t.get(4));
        assertEquals("f", t.get(5));
        Analysis a = Analysis.run("(exp(-(x1*w1 + x2*w2 - w0)) + 1) * 2", Map.of(), Granularity.FUSED);
        WireText w = new WireText(a.graph());
        int plus1 = a.graph().node(a.graph().output()).args().get(0);
        assertEquals("exp(…) + 1", w.of(plus1));
        assertEquals("(exp(…) + 1)", w.derivand(plus1));
        assertEquals("-(…)", w.of(a.graph().node(a.graph().node(plus1).args().get(0)).args().get(0)).replace("x1 × w1 + x2 × w2 - w0", "…"));
    }
}
