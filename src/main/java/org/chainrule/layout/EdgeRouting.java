package org.chainrule.layout;

import java.util.ArrayList;
import java.util.List;
import org.chainrule.graph.Wire;

/**
 * Phase 4: draws each wire as a polyline.
 *
 * <p>Precondition: items have coordinates ({@link CoordinateAssignment}, {@link Positions}). A wire
 * leaves its node along the node's labelled stretch, crosses each channel between columns as one
 * straight segment, runs horizontally through every column it passes (at its dummy's height, where
 * the separations keep it clear of gates and labels) and ends on its gate's circle at the operand's
 * port: the upper half of the circle for the first operand of a binary gate, the lower for the second.
 * A wire touching a manually placed node skips the dummies and goes straight to the port.
 */
final class EdgeRouting {

    private EdgeRouting() {}

    static List<Scene.WirePath> route(LayeredGraph lg, ItemSizes sz, CoordinateAssignment ca, Positions p) {
        List<Scene.WirePath> out = new ArrayList<>(lg.wires.size());
        for (int k = 0; k < lg.wires.size(); k++) {
            Wire w = lg.wires.get(k);
            int s = w.from(), t = w.to();
            List<Point> pts = new ArrayList<>();
            pts.add(p.stubStart(sz, s));
            pts.add(p.stubEnd(s));
            boolean direct = p.manual[s] || p.manual[t];
            int[] chain = lg.chains[k];
            if (!direct) {
                for (int d = 1; d < chain.length - 1; d++) {
                    int l = lg.layer[chain[d]];
                    pts.add(new Point(ca.colStart[l], ca.y[chain[d]]));
                    pts.add(new Point(ca.colEnd[l], ca.y[chain[d]]));
                }
            }
            double off = ca.portOffset(t, w.slot());
            double r = sz.left[t];
            double py = p.y[t] + off;
            double bx = p.x[t] - Math.sqrt(Math.max(0, r * r - off * off));
            pts.add(new Point(bx, py));
            out.add(new Scene.WirePath(s, t, w.slot(), simplify(pts)));
        }
        return out;
    }

    /** Drops repeated points and middle points of straight runs. */
    static List<Point> simplify(List<Point> pts) {
        List<Point> out = new ArrayList<>(pts.size());
        for (Point q : pts) {
            if (!out.isEmpty() && out.get(out.size() - 1).distance(q) < 1e-9) continue;
            while (out.size() >= 2 && collinear(out.get(out.size() - 2), out.get(out.size() - 1), q)) {
                out.remove(out.size() - 1);
            }
            out.add(q);
        }
        return out;
    }

    private static boolean collinear(Point a, Point b, Point c) {
        double cross = (b.x() - a.x()) * (c.y() - a.y()) - (b.y() - a.y()) * (c.x() - a.x());
        double dot = (b.x() - a.x()) * (c.x() - b.x()) + (b.y() - a.y()) * (c.y() - b.y());
        return Math.abs(cross) < 1e-6 && dot >= 0;
    }
}
