package org.chainrule.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.chainrule.bench.RandomDags;
import org.chainrule.expr.Parser;
import org.chainrule.graph.ComputationGraph;
import org.chainrule.graph.Granularity;
import org.chainrule.graph.GraphBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LayeredLayoutTest {

    static ComputationGraph graph(String program, Granularity g) {
        try {
            return GraphBuilder.build(Parser.parse(program), g);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    static Scene layout(String program) {
        return LayeredLayout.layout(graph(program, Granularity.FUSED), LayoutOptions.defaults());
    }

    /**
     * {@code x * y} with the default options (14 pt, estimated widths): line height ceil(14 * 1.3) = 19,
     * label gap 2.8, so every item reaches 2.8 + 19 = 21.8 above and below its centre; gate radius
     * 1.3 * 14 = 18.2; the inputs are 21.8 + 21.8 + 0.7 * 14 = 53.4 apart and the gate sits between them.
     */
    @Test
    void productOfTwoInputsHasExactCoordinates() {
        Scene s = layout("x * y");
        Scene.Terminal x = s.inputs().get(0), y = s.inputs().get(1);
        assertEquals("x", x.name());
        assertEquals("y", y.name());
        double nameW = 0.58 * 14 * 1.15;          // "x" in the 16.1 pt gate font
        double x0 = 16 + nameW + 2 * 2.8;        // margin + name + two gaps
        assertEquals(x0, x.anchor().x(), 1e-9);
        assertEquals(16 + 21.8, x.anchor().y(), 1e-9);
        assertEquals(x0, y.anchor().x(), 1e-9);
        assertEquals(16 + 21.8 + 53.4, y.anchor().y(), 1e-9);

        Scene.Gate g = s.gates().get(0);
        assertEquals("×", g.label());
        assertEquals(18.2, g.radius(), 1e-9);
        double numberW = 48;                     // ceil("-00.00" = 3 em * 14 + 0.4 em)
        double colEnd0 = x0 + 2 * 7 + numberW;  // the labelled stretch: pad, number, pad
        double gateX = colEnd0 + 2.2 * 14 + 18.2; // narrowest channel, then the radius
        assertEquals(gateX, g.centre().x(), 1e-9);
        assertEquals(16 + 21.8 + 53.4 / 2, g.centre().y(), 1e-9);

        Scene.WirePath wx = s.wires().get(0);
        double off = 0.45 * 18.2;
        assertPoints(List.of(new Point(x0, x.anchor().y()), new Point(colEnd0, x.anchor().y()),
                new Point(gateX - Math.sqrt(18.2 * 18.2 - off * off), g.centre().y() - off)), wx.points());

        Scene.WireLabel lx = s.label(x.node());
        assertEquals(new Box(x0 + 7, x.anchor().y() - 2.8 - 19, numberW, 19), lx.value());
        assertEquals(new Box(x0 + 7, x.anchor().y() + 2.8, numberW, 19), lx.grad());
        double outEnd = gateX + 18.2 + 2 * 7 + numberW;
        assertEquals(new Point(outEnd, g.centre().y()), s.output().anchor());
        assertEquals(Math.ceil(outEnd + 2 * 2.8 + 0.38 * 16.1 + 16), s.width(), 1e-9);
        assertEquals(Math.ceil(16 + 21.8 + 53.4 + 21.8 + 16), s.height(), 1e-9);
        assertEquals(0, s.crossings());
    }

    static void assertPoints(List<Point> expected, List<Point> actual) {
        assertEquals(expected.size(), actual.size(), actual.toString());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i).x(), actual.get(i).x(), 1e-9, actual.toString());
            assertEquals(expected.get(i).y(), actual.get(i).y(), 1e-9, actual.toString());
        }
    }

    @Test
    void exerciseOneFlowsLeftToRight() {
        Scene s = layout("(x + y) * z");
        assertEquals(3, s.inputs().size());
        double inputX = s.inputs().get(0).anchor().x();
        for (Scene.Terminal t : s.inputs()) assertEquals(inputX, t.anchor().x(), 1e-9);
        for (Scene.Gate g : s.gates()) assertTrue(g.centre().x() > inputX);
        for (Scene.WirePath w : s.wires()) {
            Point a = w.points().get(0), b = w.points().get(w.points().size() - 1);
            assertTrue(b.x() > a.x(), "wire runs left to right");
        }
        double outX = s.output().box().x();
        for (Scene.Gate g : s.gates()) assertTrue(g.centre().x() + g.radius() < outX);
        assertEquals(0, s.crossings());
        assertEquals(0, SceneChecks.crossings(s));
        // x above y above z, and + above z's wire: the first operand on top
        assertTrue(s.inputs().get(0).anchor().y() < s.inputs().get(1).anchor().y());
    }

    @ParameterizedTest
    @ValueSource(strings = {"(x + y) * z", "1/(1 + exp(-(x1*w1 + x2*w2 - w0)))", "x * exp(x)",
            "q = x * y; f = q * z + q", "sigmoid(w*x + b)", "tanh(a) * tanh(b) + c"})
    void planarProgramsAreDrawnWithoutCrossings(String program) {
        for (Granularity gr : Granularity.values()) {
            Scene s = LayeredLayout.layout(graph(program, gr), LayoutOptions.defaults());
            if (program.startsWith("q =")) continue; // q feeds both operands' sides: one crossing is forced
            assertEquals(0, s.crossings(), program + " " + gr);
            assertEquals(0, SceneChecks.crossings(s), program + " " + gr);
        }
    }

    @Test
    void treesAreDrawnWithoutCrossings() {
        for (int seed = 1; seed <= 40; seed++) {
            ComputationGraph g = RandomDags.tree(seed, 5 + seed * 3);
            Scene s = LayeredLayout.layout(g, LayoutOptions.defaults());
            assertEquals(0, s.crossings(), "tree " + seed);
            assertEquals(0, SceneChecks.crossings(s), "tree " + seed);
        }
    }

    @Test
    void reportedCrossingsMatchTheDrawingAndStaySmall() {
        ComputationGraph g = RandomDags.expression(7, 200, 12, 0.2);
        Scene s = LayeredLayout.layout(g, LayoutOptions.defaults());
        assertEquals(s.crossings(), SceneChecks.crossings(s));
        ComputationGraph once = RandomDags.expression(7, 200, 12, 0.2);
        Scene none = LayeredLayout.layout(once, LayoutOptions.defaults().withSweeps(0));
        assertTrue(s.crossings() <= none.crossings(), s.crossings() + " vs " + none.crossings());
        // the sweeps remove at least a quarter of the crossings of the first order (634 -> 397 here)
        assertTrue(s.crossings() <= none.crossings() * 3 / 4, s.crossings() + " vs " + none.crossings());
    }

    @Test
    void labelsNeverOverlapAndWiresAvoidGatesAndLabels() {
        List<ComputationGraph> graphs = new java.util.ArrayList<>();
        for (String p : new String[] {"(x + y) * z", "1/(1 + exp(-(x1*w1 + x2*w2 - w0)))", "q = x * y; f = q * z + q",
                "max(0, w*x + b) - c^x", "log(x) * y + sqrt(y)", "x"}) {
            graphs.add(graph(p, Granularity.FUSED));
            graphs.add(graph(p, Granularity.DECOMPOSED));
        }
        for (int seed = 1; seed <= 12; seed++) graphs.add(RandomDags.expression(seed, 10 + seed * 10, 2 + seed, 0.25));
        for (ComputationGraph g : graphs) {
            Scene s = LayeredLayout.layout(g, LayoutOptions.defaults());
            assertEquals(List.of(), SceneChecks.overlappingLabels(s));
            assertEquals(List.of(), SceneChecks.wiresThroughThings(s));
            assertEquals(List.of(), SceneChecks.labelsBesideTheirWire(s));
        }
    }

    @Test
    void sameGraphGivesSameScene() {
        ComputationGraph g = RandomDags.expression(3, 120, 6, 0.3);
        Scene a = LayeredLayout.layout(g, LayoutOptions.defaults());
        Scene b = LayeredLayout.layout(RandomDags.expression(3, 120, 6, 0.3), LayoutOptions.defaults());
        assertEquals(a.gates(), b.gates());
        assertEquals(a.wires(), b.wires());
        assertEquals(a.labels(), b.labels());
        assertEquals(a.width(), b.width());
    }

    @Test
    void manualPositionsOverrideAndWiresFollow() {
        ComputationGraph g = graph("(x + y) * z", Granularity.FUSED);
        Scene auto = LayeredLayout.layout(g, LayoutOptions.defaults());
        Scene s = LayeredLayout.layout(g, LayoutOptions.defaults().withManualPositions(Map.of("n1", new Point(200, 300))));
        Scene.Gate plus = s.gate(g.byId().get("n1").index());
        assertEquals(new Point(200, 300), plus.centre());
        assertEquals(new Point(0, 0), s.shift());
        for (Scene.WirePath w : s.wires()) {
            Point end = w.points().get(w.points().size() - 1);
            if (w.to() == plus.node()) assertEquals(plus.radius(), end.distance(plus.centre()), 1e-9);
            if (w.from() == plus.node()) assertEquals(new Point(200 + plus.radius(), 300), w.points().get(0));
        }
        assertEquals(300, s.label(plus.node()).start().y(), 1e-9);
        assertTrue(s.height() > 300 + plus.radius());
        // the other nodes keep their computed places
        int times = g.output();
        assertEquals(auto.gate(times).centre(), s.gate(times).centre());

        Scene shifted = LayeredLayout.layout(g, LayoutOptions.defaults().withManualPositions(Map.of("x", new Point(-50, 10))));
        assertTrue(shifted.shift().x() > 0 && shifted.shift().y() > 0);
        for (Box b : SceneChecks.textBoxes(shifted)) assertTrue(b.x() >= 16 - 1e-9 && b.y() >= 16 - 1e-9, b.toString());
    }

    @Test
    void namedIntermediatesAndForks() {
        ComputationGraph g = graph("q = x * y; f = q * z + q", Granularity.FUSED);
        Scene s = LayeredLayout.layout(g, LayoutOptions.defaults());
        int q = g.byId().values().stream().filter(n -> "q".equals(n.name())).findFirst().orElseThrow().index();
        assertEquals("q", s.label(q).name());
        assertNotNull(s.label(q).nameBox());
        assertTrue(s.label(q).nameBox().maxX() <= s.label(q).value().x() + 1e-9);
        assertNull(s.label(g.output()).name(), "the output is named at the far right instead");
        assertEquals("f", s.output().name());
        assertEquals(1, s.forks().size());
        Scene.Fork f = s.forks().get(0);
        assertEquals(q, f.node());
        assertEquals(2, f.branches());
        assertEquals(s.label(q).end(), f.at());
        for (Scene.WirePath w : s.wires()) if (w.from() == q) assertTrue(w.points().contains(f.at()));
    }

    @Test
    void sizesGrowSensibly() {
        double lastW = 0, h = -1;
        for (int n = 1; n <= 8; n++) {
            Scene s = layout("exp(".repeat(n) + "x" + ")".repeat(n));
            assertTrue(s.width() > lastW);
            if (h >= 0) assertEquals(h, s.height(), 1e-9, "a chain stays one row high");
            h = s.height();
            lastW = s.width();
        }
        Scene small = LayeredLayout.layout(RandomDags.expression(1, 30, 6, 0.2), LayoutOptions.defaults());
        Scene big = LayeredLayout.layout(RandomDags.expression(1, 300, 20, 0.2), LayoutOptions.defaults());
        assertTrue(big.width() * big.height() > small.width() * small.height());
        // a written-out network: room per gate stays within a generous cell
        ComputationGraph net = graph(org.chainrule.render.Programs.network(5, 8, 2), Granularity.DECOMPOSED);
        Scene n = LayeredLayout.layout(net, LayoutOptions.defaults());
        // its height is its tallest column, the inputs, at the minimum separation (53.4) plus margins
        assertTrue(n.height() <= net.inputs().size() * 53.4 + 2 * (16 + 21.8) + 1, n.width() + " x " + n.height());
        Scene larger = LayeredLayout.layout(graph("x * y", Granularity.FUSED), LayoutOptions.defaults().withFontSize(28));
        Scene normal = layout("x * y");
        assertEquals(2, larger.width() / normal.width(), 0.15);
    }
}
