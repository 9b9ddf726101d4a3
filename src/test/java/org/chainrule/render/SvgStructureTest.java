package org.chainrule.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.chainrule.engine.Evaluation;
import org.chainrule.graph.ComputationGraph;
import org.chainrule.graph.Granularity;
import org.chainrule.graph.Node;
import org.chainrule.layout.Box;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The SVG as a reader sees it: colours, which side of its wire each number is on, overlaps. */
class SvgStructureTest {

    static Stream<Arguments> pictures() {
        return Stream.of(
                Arguments.of(Programs.EX1, Programs.EX1_AT, Granularity.FUSED),
                Arguments.of(Programs.EX3, Programs.EX3_AT, Granularity.FUSED),
                Arguments.of(Programs.EX3, Programs.EX3_AT, Granularity.DECOMPOSED),
                Arguments.of("q = x * y; f = q * z + q", Map.of("x", 3.0, "y", 2.0, "z", 1.0), Granularity.FUSED),
                Arguments.of(Programs.network(2, 3, 1), null, Granularity.FUSED));
    }

    static Picture picture(String program, Map<String, Double> at, Granularity gr, RenderOptions o) {
        ComputationGraph g = Programs.graph(program, gr);
        Evaluation e = Programs.eval(g, at != null ? at : Programs.randomInputs(g, 5));
        return Picture.of(g, e, o);
    }

    @ParameterizedTest
    @MethodSource("pictures")
    void valuesGreenAboveGradientsRedBelowEveryWire(String program, Map<String, Double> at, Granularity gr) throws Exception {
        Picture p = picture(program, at, gr, RenderOptions.defaults());
        Svg svg = new Svg(Exporter.svg(p));
        ComputationGraph g = p.evaluation().graph();
        for (Node n : g.nodes()) {
            String id = n.id();
            Svg.Text value = svg.text("value-" + id), grad = svg.text("grad-" + id);
            assertNotNull(value, "value of " + id);
            assertNotNull(grad, "gradient of " + id);
            assertEquals(Svg.rgb(Theme.LIGHT.value), value.fill(), "value of " + id + " is green");
            assertEquals(Svg.rgb(Theme.LIGHT.grad), grad.fill(), "gradient of " + id + " is red");
            assertEquals(Picture.valueText(p.evaluation(), p.options(), n.index()), value.content());
            String wireId = n.index() == g.output() ? "wire-" + id + "-output"
                    : svg.ids("wire-" + id + "-").get(0);
            List<double[]> wire = svg.polyline(wireId);
            double wy = wire.get(0)[1];
            assertEquals(wy, wire.get(1)[1], 1e-6, "the labelled stretch is horizontal");
            double descent = 0.24 * value.size(), ascent = 0.76 * grad.size();
            assertTrue(value.y() + descent < wy, id + ": value baseline " + value.y() + " above wire " + wy);
            assertTrue(grad.y() - ascent > wy, id + ": gradient top " + (grad.y() - ascent) + " below wire " + wy);
            double left = Math.min(wire.get(0)[0], wire.get(1)[0]), right = Math.max(wire.get(0)[0], wire.get(1)[0]);
            assertTrue(value.x() >= left && value.x() <= right, id + ": value over its own wire");
            assertTrue(grad.x() >= left && grad.x() <= right, id + ": gradient under its own wire");
        }
    }

    @ParameterizedTest
    @MethodSource("pictures")
    void noTextOverlapsAnotherAndNoWireCrossesAGate(String program, Map<String, Double> at, Granularity gr) throws Exception {
        Picture p = picture(program, at, gr, RenderOptions.defaults());
        Svg svg = new Svg(Exporter.svg(p));
        AwtTextMeasure m = new AwtTextMeasure();
        List<Box> boxes = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (String prefix : new String[] {"value-", "grad-", "name-", "input-", "const-", "output-", "gate-label-"}) {
            for (Svg.Text t : svg.texts(prefix)) {
                boxes.add(new Box(t.x(), t.y() - 0.76 * t.size(), m.width(t.content(), t.size()), t.size()));
                names.add(t.id());
            }
        }
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertFalse(boxes.get(i).intersects(boxes.get(j)), names.get(i) + " overlaps " + names.get(j));
            }
        }
        List<Svg.Circle> gates = svg.ids("gate-n").stream().map(svg::circle).toList();
        for (String wid : svg.ids("wire-")) {
            if (wid.endsWith("-output")) continue;
            String[] parts = wid.split("-");
            List<double[]> pts = svg.polyline(wid);
            for (Svg.Circle c : gates) {
                String gate = c.id().substring("gate-".length());
                if (gate.equals(parts[1]) || gate.equals(parts[2])) continue;
                for (int i = 0; i + 1 < pts.size(); i++) {
                    assertTrue(distance(c.cx(), c.cy(), pts.get(i), pts.get(i + 1)) > c.r() - 0.5, wid + " passes through " + gate);
                }
            }
            for (int b = 0; b < boxes.size(); b++) {
                if (!names.get(b).startsWith("value-") && !names.get(b).startsWith("grad-")) continue;
                Box box = boxes.get(b);
                for (double[] q : pts) assertFalse(box.contains(q[0], q[1]), wid + " bends inside " + names.get(b));
            }
        }
    }

    @Test
    void sizesGrowWithTheGraph() throws Exception {
        double ex1 = area(picture(Programs.EX1, Programs.EX1_AT, Granularity.FUSED, RenderOptions.defaults()));
        double ex3 = area(picture(Programs.EX3, Programs.EX3_AT, Granularity.DECOMPOSED, RenderOptions.defaults()));
        double net = area(picture(Programs.network(2, 3, 1), null, Granularity.FUSED, RenderOptions.defaults()));
        assertTrue(ex1 < ex3 && ex3 < net, ex1 + " " + ex3 + " " + net);
        Picture small = picture(Programs.EX1, Programs.EX1_AT, Granularity.FUSED, RenderOptions.defaults());
        Picture big = picture(Programs.EX1, Programs.EX1_AT, Granularity.FUSED, RenderOptions.defaults().withFontScale(2));
        assertEquals(2, big.width() / small.width(), 0.2);
    }

    @Test
    void worksheetVariantsLeaveBoxesWhereNumbersWere() throws Exception {
        Picture key = picture(Programs.EX3, Programs.EX3_AT, Granularity.DECOMPOSED, RenderOptions.defaults());
        Picture values = key.with(key.options().withShow(Show.VALUES));
        Picture none = key.with(key.options().withShow(Show.NONE));
        Svg k = new Svg(Exporter.svg(key)), v = new Svg(Exporter.svg(values)), n = new Svg(Exporter.svg(none));
        assertEquals(k.width(), n.width());
        assertEquals(k.height(), n.height());
        ComputationGraph g = key.evaluation().graph();
        for (Node node : g.nodes()) {
            String id = node.id();
            boolean output = node.index() == g.output();
            assertNotNull(v.text("value-" + id));
            assertEquals(output, v.text("grad-" + id) != null, "only the seed gradient is given: " + id);
            assertEquals(!output, v.byId.containsKey("box-grad-" + id));
            assertEquals(node.isInput(), n.text("value-" + id) != null, "only the inputs' values are given: " + id);
            assertEquals(!node.isInput(), n.byId.containsKey("box-value-" + id));
        }
        assertTrue(k.ids("box-").isEmpty());
    }

    @Test
    void printThemeTellsGradientsByPrefixAndItalics() throws Exception {
        Picture p = picture(Programs.EX1, Programs.EX1_AT, Granularity.FUSED, RenderOptions.defaults().withTheme(Theme.PRINT));
        Svg svg = new Svg(Exporter.svg(p));
        for (Svg.Text t : svg.texts("grad-")) {
            assertTrue(t.content().startsWith("∂ "), t.content());
            assertTrue(t.italic());
            assertEquals("rgb(0,0,0)", t.fill());
        }
        for (Svg.Text t : svg.texts("value-")) {
            assertFalse(t.content().startsWith("∂"));
            assertFalse(t.italic());
            assertEquals("rgb(0,0,0)", t.fill());
        }
        Svg cb = new Svg(Exporter.svg(p.with(p.options().withTheme(Theme.COLORBLIND))));
        assertEquals("rgb(0,114,178)", cb.text("value-x").fill());
        assertEquals("rgb(213,94,0)", cb.text("grad-x").fill());
    }

    @Test
    void stepPlayerRevealsAndHighlights() throws Exception {
        Picture p = picture(Programs.EX1, Programs.EX1_AT, Granularity.FUSED, RenderOptions.defaults());
        ComputationGraph g = p.evaluation().graph();
        java.util.BitSet values = new java.util.BitSet();
        for (Node in : g.inputs()) values.set(in.index());
        int plus = g.byId().get("n1").index();
        values.set(plus);
        Picture step = p.with(p.options().withRevealed(values, new java.util.BitSet()).withHighlight(plus).withAnimation(0.5));
        Svg svg = new Svg(Exporter.svg(step));
        assertEquals(4, svg.texts("value-").size());
        assertTrue(svg.texts("grad-").isEmpty());
        assertTrue(svg.ids("box-").isEmpty(), "unrevealed numbers are blank, not boxes");
        String stroke = svg.byId.get("gate-n1").getAttribute("style");
        assertTrue(stroke.contains(Svg.rgb(Theme.LIGHT.highlight)), stroke);
        assertTrue(svg.byId.get("value-n1").getElementsByTagName("text").getLength() == 1);
        assertEquals(-1, step.hitTest(1, 1));
        var gate = step.scene().gate(plus);
        assertEquals(plus, step.hitTest(gate.centre().x(), gate.centre().y()));
    }

    @Test
    void captionIsDrawnAsPathsUnderTheGraph() throws Exception {
        Picture p = picture(Programs.EX1, Programs.EX1_AT, Granularity.FUSED, RenderOptions.defaults());
        Picture c = p.with(p.options().withCaption("f(x,y,z) = (x + y)\\,z"));
        assertTrue(c.height() > p.height() + 10);
        Svg a = new Svg(Exporter.svg(p)), b = new Svg(Exporter.svg(c));
        assertEquals(a.count("text"), b.count("text"), "the caption adds no text elements");
        assertTrue(b.count("path") > a.count("path") + 5, "the caption's glyphs are paths");
        Picture bad = p.with(p.options().withCaption("\\frac{"));
        assertTrue(bad.height() > p.height(), "unparseable LaTeX still gives a caption");
        assertNull(p.with(p.options().withCaption(" ")).options().captionLatex());
    }

    private static double area(Picture p) {
        return p.width() * p.height();
    }

    private static double distance(double cx, double cy, double[] a, double[] b) {
        double dx = b[0] - a[0], dy = b[1] - a[1];
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((cx - a[0]) * dx + (cy - a[1]) * dy) / len2));
        return Math.hypot(a[0] + t * dx - cx, a[1] + t * dy - cy);
    }
}
