package org.chainrule.layout;

import java.util.ArrayList;
import java.util.List;

/** Geometric invariants every computed scene must satisfy; each returns a list of violations. */
public final class SceneChecks {

    private SceneChecks() {}

    /** Every text box: labels, names, terminals. */
    public static List<Box> textBoxes(Scene s) {
        List<Box> out = new ArrayList<>();
        for (Scene.WireLabel l : s.labels()) {
            out.add(l.value());
            out.add(l.grad());
            if (l.nameBox() != null) out.add(l.nameBox());
        }
        for (Scene.Terminal t : s.inputs()) out.add(t.box());
        for (Scene.Terminal t : s.constants()) out.add(t.box());
        out.add(s.output().box());
        return out;
    }

    public static List<String> overlappingLabels(Scene s) {
        List<String> bad = new ArrayList<>();
        List<Box> boxes = textBoxes(s);
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                if (boxes.get(i).intersects(boxes.get(j))) bad.add(boxes.get(i) + " overlaps " + boxes.get(j));
            }
        }
        for (Box b : boxes) {
            for (Scene.Gate g : s.gates()) {
                if (circleHitsBox(g, b)) bad.add("gate " + g.node() + " overlaps label " + b);
            }
        }
        return bad;
    }

    /** Wires through gates other than their own ends, and wires through any label or name box. */
    public static List<String> wiresThroughThings(Scene s) {
        List<String> bad = new ArrayList<>();
        List<Box> boxes = textBoxes(s);
        for (Scene.WirePath w : s.wires()) {
            List<Point> p = w.points();
            for (int i = 0; i + 1 < p.size(); i++) {
                Point a = p.get(i), b = p.get(i + 1);
                for (Scene.Gate g : s.gates()) {
                    if (g.node() == w.to() || g.node() == w.from()) continue;
                    if (segmentDistance(g.centre(), a, b) < g.radius() - 0.5) {
                        bad.add("wire " + w.from() + "->" + w.to() + " passes through gate " + g.node());
                    }
                }
                for (Box box : boxes) {
                    Box inner = new Box(box.x() + 0.5, box.y() + 0.5, box.width() - 1, box.height() - 1);
                    if (segmentHitsBox(a, b, inner)) bad.add("wire " + w.from() + "->" + w.to() + " crosses label " + box);
                }
            }
        }
        return bad;
    }

    /** Each node's value box lies above its horizontal stretch of wire and its gradient box below. */
    public static List<String> labelsBesideTheirWire(Scene s) {
        List<String> bad = new ArrayList<>();
        for (Scene.WireLabel l : s.labels()) {
            double y = l.start().y();
            if (Math.abs(l.end().y() - y) > 1e-9) bad.add("stretch of " + l.node() + " is not horizontal");
            if (l.value().maxY() > y - 1) bad.add("value of " + l.node() + " not above its wire");
            if (l.grad().y() < y + 1) bad.add("gradient of " + l.node() + " not below its wire");
            for (Box b : new Box[] {l.value(), l.grad()}) {
                if (b.x() < l.start().x() - 1e-9 || b.maxX() > l.end().x() + 1e-9) {
                    bad.add("label of " + l.node() + " sticks out of its stretch");
                }
            }
        }
        return bad;
    }

    /** Proper crossings between segments of different wires that do not share a source. */
    public static int crossings(Scene s) {
        List<Scene.WirePath> ws = s.wires();
        int count = 0;
        for (int i = 0; i < ws.size(); i++) {
            for (int j = i + 1; j < ws.size(); j++) {
                if (ws.get(i).from() == ws.get(j).from()) continue;
                List<Point> p = ws.get(i).points(), q = ws.get(j).points();
                for (int a = 0; a + 1 < p.size(); a++) {
                    for (int b = 0; b + 1 < q.size(); b++) {
                        if (properlyCross(p.get(a), p.get(a + 1), q.get(b), q.get(b + 1))) count++;
                    }
                }
            }
        }
        return count;
    }

    static boolean circleHitsBox(Scene.Gate g, Box b) {
        double cx = Math.max(b.x(), Math.min(g.centre().x(), b.maxX()));
        double cy = Math.max(b.y(), Math.min(g.centre().y(), b.maxY()));
        return Math.hypot(cx - g.centre().x(), cy - g.centre().y()) < g.radius() - 0.5;
    }

    static double segmentDistance(Point c, Point a, Point b) {
        double dx = b.x() - a.x(), dy = b.y() - a.y();
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((c.x() - a.x()) * dx + (c.y() - a.y()) * dy) / len2));
        return Math.hypot(a.x() + t * dx - c.x(), a.y() + t * dy - c.y());
    }

    static boolean segmentHitsBox(Point a, Point b, Box box) {
        if (box.contains(a.x(), a.y()) || box.contains(b.x(), b.y())) return true;
        Point[] c = {new Point(box.x(), box.y()), new Point(box.maxX(), box.y()),
                     new Point(box.maxX(), box.maxY()), new Point(box.x(), box.maxY())};
        for (int i = 0; i < 4; i++) if (properlyCross(a, b, c[i], c[(i + 1) % 4])) return true;
        return false;
    }

    static boolean properlyCross(Point p1, Point p2, Point q1, Point q2) {
        double d1 = cross(q1, q2, p1), d2 = cross(q1, q2, p2), d3 = cross(p1, p2, q1), d4 = cross(p1, p2, q2);
        return ((d1 > 1e-9 && d2 < -1e-9) || (d1 < -1e-9 && d2 > 1e-9))
                && ((d3 > 1e-9 && d4 < -1e-9) || (d3 < -1e-9 && d4 > 1e-9));
    }

    private static double cross(Point a, Point b, Point c) {
        return (b.x() - a.x()) * (c.y() - a.y()) - (b.y() - a.y()) * (c.x() - a.x());
    }
}
