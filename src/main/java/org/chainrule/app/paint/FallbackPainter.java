package org.chainrule.app.paint;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.util.List;
import org.chainrule.engine.Evaluation;
import org.chainrule.graph.ComputationGraph;
import org.chainrule.graph.Node;
import org.chainrule.graph.Numbers;

/**
 * A plain stand-in for the render package's painter: gates in layers left to right, each node's
 * output drawn as a short stub carrying its value (above) and gradient (below), branching to its
 * consumers. It keeps the window usable wherever the real painter is not available.
 */
public final class FallbackPainter implements GraphPainter {

    static final double RADIUS = 22;
    static final double LAYER = 190;
    static final double ROW = 110;
    static final double STUB = 80;
    static final double MARGIN = 50;

    private ComputationGraph laidOut;
    private SimpleLayout layout;

    @Override
    public synchronized Drawing draw(Evaluation ev, PaintOptions options) {
        if (ev.graph() != laidOut) {
            laidOut = ev.graph();
            layout = SimpleLayout.of(ev.graph());
        }
        return new Picture(layout, ev, options);
    }

    private static final class Picture implements Drawing {
        private final SimpleLayout l;
        private final Evaluation ev;
        private final PaintOptions o;
        private final Palette pal;

        Picture(SimpleLayout l, Evaluation ev, PaintOptions o) {
            this.l = l;
            this.ev = ev;
            this.o = o;
            this.pal = Palette.of(o.theme());
        }

        public double width() { return l.width(); }

        public double height() { return l.height(); }

        public int hitTest(double x, double y) {
            ComputationGraph g = ev.graph();
            for (int i = 0; i < g.size(); i++) {
                double dx = x - l.x(i), dy = y - l.y(i);
                double r = g.node(i).isGate() ? RADIUS : RADIUS * 0.8;
                if (dx * dx + dy * dy <= r * r) return i;
            }
            return -1;
        }

        public void paint(Graphics2D g) {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(pal.background());
            g.fill(new java.awt.geom.Rectangle2D.Double(0, 0, width(), height()));
            ComputationGraph graph = ev.graph();
            float size = (float) (13 * o.fontScale() * pal.typeScale());
            Font label = new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(size));
            Font gate = new Font(Font.SANS_SERIF, Font.BOLD, Math.round(size * 1.05f));
            g.setStroke(new BasicStroke(pal.stroke()));
            for (Node n : graph.nodes()) {
                int i = n.index();
                double sx = stubStart(n), ex = sx + STUB, y = l.y(i);
                g.setColor(pal.wire());
                g.draw(new Line2D.Double(sx, y, ex, y));
                for (var w : graph.consumers(i)) {
                    double tx = l.x(w.to()) - RADIUS, ty = l.y(w.to()) + slotOffset(graph.node(w.to()), w.slot());
                    g.draw(new Line2D.Double(ex, y, tx, ty));
                }
            }
            g.setFont(label);
            labelMetrics = g.getFontMetrics();
            g.setFont(gate);
            gateMetrics = g.getFontMetrics();
            for (Node n : graph.nodes()) paintNode(g, n, label, gate);
        }

        private FontMetrics labelMetrics;
        private FontMetrics gateMetrics;

        private double stubStart(Node n) {
            return l.x(n.index()) + (n.isGate() ? RADIUS : RADIUS * 0.8);
        }

        private static double slotOffset(Node gate, int slot) {
            if (gate.args().size() < 2) return 0;
            return slot == 0 ? -RADIUS * 0.45 : RADIUS * 0.45;
        }

        private void paintNode(Graphics2D g, Node n, Font label, Font gateFont) {
            int i = n.index();
            double x = l.x(i), y = l.y(i);
            if (n.isGate()) {
                if (i == o.highlight()) {
                    g.setColor(pal.highlight());
                    g.fill(new Ellipse2D.Double(x - RADIUS - 7, y - RADIUS - 7, 2 * RADIUS + 14, 2 * RADIUS + 14));
                }
                g.setColor(pal.gateFill());
                Ellipse2D c = new Ellipse2D.Double(x - RADIUS, y - RADIUS, 2 * RADIUS, 2 * RADIUS);
                g.fill(c);
                g.setColor(pal.wire());
                g.draw(c);
                g.setFont(gateFont);
                g.setColor(pal.text());
                centered(g, gateMetrics, n.label(), x, y + gateMetrics.getAscent() * 0.36);
            } else {
                g.setFont(gateFont);
                g.setColor(pal.text());
                String name = n.isInput() ? n.id() : Numbers.compact(n.param());
                g.drawString(name, (float) (x + RADIUS * 0.8 - gateMetrics.stringWidth(name) - 6), (float) (y + gateMetrics.getAscent() * 0.36));
            }
            double mid = stubStart(n) + STUB / 2;
            g.setFont(label);
            FontMetrics fm = labelMetrics;
            if (o.showsValue(i)) {
                g.setColor(fade(pal.value(), o.freshValues().get(i)));
                centered(g, fm, Numbers.fixed(ev.value(i), o.precision()), mid, y - 6);
            }
            if (o.showsGrad(i) && !n.isConst()) {
                g.setColor(fade(pal.grad(), o.freshGrads().get(i)));
                centered(g, fm, pal.gradPrefix() + Numbers.fixed(ev.grad(i), o.precision()), mid, y + fm.getAscent() + 4);
            }
            if (i == ev.graph().output()) {
                g.setFont(gateFont);
                g.setColor(pal.text());
                g.drawString(ev.graph().outputName(), (float) (stubStart(n) + STUB + 8), (float) (y + gateMetrics.getAscent() * 0.36));
            }
        }

        private Color fade(Color c, boolean fresh) {
            if (!fresh || o.animation() >= 1) return c;
            int a = (int) Math.round(255 * Math.max(0, Math.min(1, o.animation())));
            return new Color(c.getRed(), c.getGreen(), c.getBlue(), a);
        }

        private static void centered(Graphics2D g, FontMetrics fm, String s, double cx, double baseline) {
            g.drawString(s, (float) (cx - fm.stringWidth(s) / 2.0), (float) baseline);
        }
    }

    /** Longest-path layers and one barycentre sweep: enough for a stand-in. */
    record SimpleLayout(double[] xs, double[] ys, double width, double height) {
        double x(int i) { return xs[i]; }

        double y(int i) { return ys[i]; }

        static SimpleLayout of(ComputationGraph g) {
            int n = g.size();
            int[] layer = new int[n];
            int maxLayer = 0;
            for (Node node : g.nodes()) {
                int k = 0;
                for (int a : node.args()) k = Math.max(k, layer[a] + 1);
                layer[node.index()] = k;
                maxLayer = Math.max(maxLayer, k);
            }
            for (Node node : g.nodes()) {
                if (node.isGate() || g.consumers(node.index()).isEmpty()) continue;
                if (node.isConst()) {
                    int min = Integer.MAX_VALUE;
                    for (var w : g.consumers(node.index())) min = Math.min(min, layer[w.to()]);
                    layer[node.index()] = Math.max(0, min - 1);
                }
            }
            double[] xs = new double[n], ys = new double[n];
            int[] rows = new int[maxLayer + 1];
            double[] order = new double[n];
            for (int k = 0; k <= maxLayer; k++) {
                final int layerK = k;
                List<Node> in = g.nodes().stream().filter(v -> layer[v.index()] == layerK).toList();
                for (Node v : in) {
                    double sum = 0;
                    for (int a : v.args()) sum += order[a];
                    order[v.index()] = v.args().isEmpty() ? v.index() : sum / v.args().size();
                }
                List<Node> sorted = in.stream().sorted((a, b) -> Double.compare(order[a.index()], order[b.index()])).toList();
                for (Node v : sorted) {
                    order[v.index()] = rows[k];
                    xs[v.index()] = MARGIN + 30 + k * LAYER;
                    ys[v.index()] = MARGIN + rows[k]++ * ROW;
                }
            }
            int maxRows = 1;
            for (int r : rows) maxRows = Math.max(maxRows, r);
            for (int i = 0; i < n; i++) ys[i] += (maxRows - rows[layer[i]]) * ROW / 2;
            return new SimpleLayout(xs, ys, 2 * MARGIN + 30 + maxLayer * LAYER + RADIUS + STUB + 40, 2 * MARGIN + (maxRows - 1) * ROW);
        }
    }
}
