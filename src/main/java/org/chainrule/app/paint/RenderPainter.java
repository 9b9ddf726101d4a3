package org.chainrule.app.paint;

import java.awt.Color;
import java.awt.Graphics2D;
import java.util.Arrays;
import java.util.Locale;
import org.chainrule.engine.Evaluation;
import org.chainrule.graph.ComputationGraph;
import org.chainrule.layout.LabelTexts;
import org.chainrule.layout.LayeredLayout;
import org.chainrule.layout.LayoutOptions;
import org.chainrule.layout.Scene;
import org.chainrule.render.Picture;
import org.chainrule.render.RenderOptions;
import org.chainrule.render.Show;
import org.chainrule.render.Theme;

/**
 * The render package's one painter behind the window's {@link GraphPainter}: the screen shows the
 * same {@link Picture} that PNG, SVG, PDF and TikZ export. The layout is kept while the graph, the
 * type size and the widths of the numbers stay the same, so moving a slider or playing a step only
 * repaints; labels are given room for at least {@code -00.00}, so most slider moves keep the layout.
 */
public final class RenderPainter implements GraphPainter {

    private ComputationGraph graph;
    private String key;
    private Scene scene;

    @Override
    public synchronized Drawing draw(Evaluation ev, PaintOptions o) {
        RenderOptions ro = options(o);
        LabelTexts texts = roomy(ev, ro);
        String k = o.precision() + "|" + o.fontScale() + "|" + o.theme() + "|" + widths(ev.graph(), texts);
        if (ev.graph() != graph || !k.equals(key)) {
            LayoutOptions lo = Picture.layoutOptions(ev, ro, LayoutOptions.defaults()).withLabels(texts);
            scene = LayeredLayout.layout(ev.graph(), lo);
            graph = ev.graph();
            key = k;
        }
        return adapt(new Picture(scene, ev, ro));
    }

    @Override
    public Color background(String theme) {
        return theme(theme).background;
    }

    /** The window's options as the render package's. */
    public static RenderOptions options(PaintOptions o) {
        return RenderOptions.defaults().withTheme(theme(o.theme())).withPrecision(o.precision())
                .withFontScale(o.fontScale()).withShow(Show.ALL)
                .withRevealed(o.revealedValues(), o.revealedGrads()).withHighlight(o.highlight())
                .withAnimation(o.animation()).withFading(o.freshValues(), o.freshGrads());
    }

    static Theme theme(String name) {
        try {
            return Theme.valueOf(name == null ? "LIGHT" : name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Theme.LIGHT;
        }
    }

    static Drawing adapt(Picture p) {
        return new Drawing() {
            public double width() { return p.width(); }

            public double height() { return p.height(); }

            public void paint(Graphics2D g) { p.paint(g); }

            public int hitTest(double x, double y) { return p.hitTest(x, y); }
        };
    }

    /** The real texts, padded to at least the width of {@code -00.00}. */
    private static LabelTexts roomy(Evaluation ev, RenderOptions ro) {
        LabelTexts placeholder = LabelTexts.placeholder(ro.precision());
        return new LabelTexts() {
            public String value(int node) { return longer(Picture.valueText(ev, ro, node), placeholder.value(node)); }

            public String grad(int node) { return longer(Picture.gradText(ev, ro, node), placeholder.grad(node)); }
        };
    }

    private static String longer(String a, String b) {
        return a.length() >= b.length() ? a : b;
    }

    private static String widths(ComputationGraph g, LabelTexts t) {
        int[] w = new int[2 * g.size()];
        for (int i = 0; i < g.size(); i++) {
            w[2 * i] = t.value(i).length();
            w[2 * i + 1] = t.grad(i).length();
        }
        return Integer.toHexString(Arrays.hashCode(w));
    }
}
