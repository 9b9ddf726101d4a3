package org.chainrule.layout;

import java.util.Map;

/**
 * The final position of every node: the computed one, or the manual one where the options give it.
 * A computed node's labelled stretch ends at its column's right edge, so that all wires of a column
 * leave it together; a manually placed node's stretch is just as long as its own labels need.
 */
final class Positions {

    final double[] x, y, stubEnd;
    final boolean[] manual;
    final boolean anyManual;

    Positions(LayeredGraph lg, ItemSizes sz, CoordinateAssignment ca, Map<String, Point> manualPositions) {
        int n = lg.nodeCount;
        x = new double[n];
        y = new double[n];
        stubEnd = new double[n];
        manual = new boolean[n];
        boolean any = false;
        for (int i = 0; i < n; i++) {
            int l = lg.layer[i];
            Point p = manualPositions.get(lg.node(i).id());
            if (p != null) {
                x[i] = p.x();
                y[i] = p.y();
                stubEnd[i] = p.x() + sz.body[i] + sz.span[i];
                manual[i] = true;
                any = true;
            } else {
                x[i] = ca.x[l];
                y[i] = ca.y[i];
                stubEnd[i] = ca.colEnd[l];
            }
        }
        anyManual = any;
    }

    Point stubStart(ItemSizes sz, int node) {
        return new Point(x[node] + sz.body[node], y[node]);
    }

    Point stubEnd(int node) {
        return new Point(stubEnd[node], y[node]);
    }
}
