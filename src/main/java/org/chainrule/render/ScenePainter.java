package org.chainrule.render;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.LineMetrics;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;
import org.chainrule.layout.Box;
import org.chainrule.layout.Point;
import org.chainrule.layout.Scene;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;

/**
 * Paints a {@link Picture}'s scene onto any {@link Graphics2D}: the screen through FXGraphics2D, a
 * {@code BufferedImage}, JFreeSVG, JFree PDF. Wires first, then gates and terminals, then labels,
 * so that nothing covers a number. Elements outside the clip are skipped (large graphs on screen).
 * On an SVG target every element gets an id ({@code wire-n1-n2-0}, {@code gate-n1}, {@code value-x},
 * {@code grad-x}, {@code box-grad-x}, ...) so that tests and people can find it.
 */
final class ScenePainter {

    enum State { HIDDEN, BOX, TEXT }

    private final Picture pic;
    private final Scene scene;
    private final RenderOptions o;
    private final Theme t;
    private final Font labelFont, gradFont, gateFont;
    private Graphics2D g;
    private boolean svg;
    private Rectangle2D clip;

    ScenePainter(Picture pic) {
        this.pic = pic;
        this.scene = pic.scene();
        this.o = pic.options();
        this.t = o.theme();
        labelFont = Fonts.label(scene.fontSize(), Font.PLAIN);
        gradFont = Fonts.label(scene.fontSize(), t.gradItalic ? Font.ITALIC : Font.PLAIN);
        gateFont = Fonts.label(scene.gateFontSize(), Font.PLAIN);
    }

    void paint(Graphics2D target, double dx) {
        g = (Graphics2D) target.create();
        svg = g instanceof SVGGraphics2D;
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            id("background");
            g.setColor(t.background);
            g.fill(new Rectangle2D.Double(0, 0, pic.width(), pic.height()));
            g.translate(dx, 0);
            clip = g.getClipBounds() == null ? null : g.getClip().getBounds2D();
            wires();
            gates();
            terminals();
            for (Scene.WireLabel l : scene.labels()) labels(l);
        } finally {
            g.dispose();
        }
    }

    private void wires() {
        BasicStroke normal = new BasicStroke(t.wireWidth, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        BasicStroke strong = new BasicStroke(t.wireWidth * 2, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        for (Scene.WirePath w : scene.wires()) {
            Path2D.Double path = new Path2D.Double();
            List<Point> pts = w.points();
            path.moveTo(pts.get(0).x(), pts.get(0).y());
            for (int i = 1; i < pts.size(); i++) path.lineTo(pts.get(i).x(), pts.get(i).y());
            if (!visible(path)) continue;
            boolean hot = w.to() == o.highlightNode();
            g.setStroke(hot ? strong : normal);
            g.setColor(hot ? t.highlight : t.wire);
            id("wire-" + nodeId(w.from()) + "-" + nodeId(w.to()) + "-" + w.slot());
            g.draw(path);
        }
        Scene.WireLabel out = scene.label(scene.output().node());
        g.setStroke(normal);
        g.setColor(t.wire);
        id("wire-" + nodeId(scene.output().node()) + "-output");
        g.draw(new Line2D.Double(out.start().x(), out.start().y(), scene.output().anchor().x(), scene.output().anchor().y()));
        double r = Math.max(2.5, t.wireWidth * 1.7);
        for (Scene.Fork f : scene.forks()) {
            Shape dot = new Ellipse2D.Double(f.at().x() - r, f.at().y() - r, 2 * r, 2 * r);
            if (!visible(dot)) continue;
            id("fork-" + nodeId(f.node()));
            g.fill(dot);
        }
    }

    private void gates() {
        BasicStroke outline = new BasicStroke(t.wireWidth, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        for (Scene.Gate gate : scene.gates()) {
            double r = gate.radius(), cx = gate.centre().x(), cy = gate.centre().y();
            Shape circle = new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
            if (!visible(circle)) continue;
            boolean hot = gate.node() == o.highlightNode();
            if (hot) {
                double h = r + scene.fontSize() * 0.45;
                g.setColor(new Color(t.highlight.getRed(), t.highlight.getGreen(), t.highlight.getBlue(), 60));
                g.fill(new Ellipse2D.Double(cx - h, cy - h, 2 * h, 2 * h));
            }
            g.setColor(t.gateFill);
            id("gate-fill-" + nodeId(gate.node()));
            g.fill(circle);
            g.setColor(hot ? t.highlight : t.gateStroke);
            g.setStroke(hot ? new BasicStroke(t.wireWidth * 2.2f) : outline);
            id("gate-" + nodeId(gate.node()));
            g.draw(circle);
            g.setColor(t.text);
            text("gate-label-" + nodeId(gate.node()), gate.label(), gateFont, cx, cy, 0);
        }
    }

    private void terminals() {
        for (Scene.Terminal term : scene.inputs()) terminal(term, "input-", 1);
        for (Scene.Terminal term : scene.constants()) terminal(term, "const-", 1);
        terminal(scene.output(), "output-", -1);
    }

    private void terminal(Scene.Terminal term, String prefix, int align) {
        Box b = term.box();
        if (!visible(rect(b))) return;
        if (term.node() == o.highlightNode() && align > 0) {
            g.setColor(new Color(t.highlight.getRed(), t.highlight.getGreen(), t.highlight.getBlue(), 60));
            g.fill(new RoundRectangle2D.Double(b.x() - 3, b.y(), b.width() + 6, b.height(), 6, 6));
        }
        g.setColor(t.text);
        text(prefix + nodeId(term.node()), term.name(), gateFont, align > 0 ? b.maxX() : b.x(), b.centreY(), align);
    }

    private void labels(Scene.WireLabel l) {
        if (!visible(rect(l.value().union(l.grad())))) return;
        int n = l.node();
        State vs = pic.valueState(n), gs = pic.gradState(n);
        if (l.name() != null && vs != State.HIDDEN) {
            g.setColor(t.name);
            text("name-" + nodeId(n), l.name() + " =", labelFont, l.nameBox().maxX() - scene.fontSize() * 0.25, l.value().centreY(), 1);
        }
        number(n, "value-", vs, pic.valueText(n), pic.evaluation() == null ? 0 : pic.evaluation().value(n),
                l.value(), labelFont, t.value, fading(o.fadingValues(), n, true));
        number(n, "grad-", gs, pic.gradText(n), pic.evaluation() == null ? 0 : pic.evaluation().grad(n),
                l.grad(), gradFont, t.grad, fading(o.fadingGrads(), n, false));
    }

    private boolean fading(java.util.BitSet set, int n, boolean value) {
        if (o.animation() >= 1) return false;
        if (set != null) return set.get(n);
        return value && n == o.highlightNode();
    }

    private void number(int n, String prefix, State s, String text, double v, Box b, Font f, Color c, boolean fade) {
        if (s == State.HIDDEN) return;
        Composite before = g.getComposite();
        if (fade) g.setComposite(AlphaComposite.SrcOver.derive((float) o.animation()));
        if (s == State.BOX) {
            g.setColor(t.answerBox);
            g.setStroke(new BasicStroke(1f));
            id("box-" + prefix + nodeId(n));
            g.draw(new RoundRectangle2D.Double(b.x() + 0.5, b.y() + 0.5, b.width() - 1, b.height() - 1, 5, 5));
        } else {
            g.setColor(Double.isFinite(v) ? c : t.warning);
            text(prefix + nodeId(n), text, f, b.centreX(), b.centreY(), 0);
        }
        g.setComposite(before);
    }

    /**
     * Draws text centred vertically on cy; align 0 centres it on x, 1 ends it at x, -1 starts it at x.
     * On SVG the text goes into a group with the given id (JFreeSVG gives text elements no id).
     */
    private void text(String groupId, String s, Font f, double x, double cy, int align) {
        if (svg) g.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, groupId);
        g.setFont(f);
        var frc = g.getFontRenderContext();
        double w = f.getStringBounds(s, frc).getWidth();
        LineMetrics lm = f.getLineMetrics(s, frc);
        double base = cy + (lm.getAscent() - lm.getDescent()) / 2;
        double left = align == 0 ? x - w / 2 : align > 0 ? x - w : x;
        g.drawString(s, (float) left, (float) base);
        if (svg) g.setRenderingHint(SVGHints.KEY_END_GROUP, "true");
    }

    private boolean visible(Shape s) {
        if (clip == null) return true;
        Rectangle2D b = s.getBounds2D();
        return clip.intersects(b.getX() - 4, b.getY() - 4, b.getWidth() + 8, b.getHeight() + 8);
    }

    private static Rectangle2D rect(Box b) {
        return new Rectangle2D.Double(b.x(), b.y(), b.width(), b.height());
    }

    private String nodeId(int n) {
        return pic.nodeId(n);
    }

    private void id(String s) {
        if (svg) g.setRenderingHint(SVGHints.KEY_ELEMENT_ID, s);
    }
}
