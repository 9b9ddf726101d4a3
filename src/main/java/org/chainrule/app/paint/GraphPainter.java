package org.chainrule.app.paint;

import org.chainrule.engine.Evaluation;

/**
 * Where the window gets its picture. The one painter of the render package plugs in here, so the
 * screen shows exactly what the exports print. Implementations cache the layout per graph: a new
 * evaluation of the same graph (a slider moved, a step played) must not lay it out again.
 */
public interface GraphPainter {

    /** A picture of {@code evaluation}'s graph with its numbers, drawn as {@code options} says. */
    Drawing draw(Evaluation evaluation, PaintOptions options);

    /** The canvas colour behind the picture in {@code theme}. */
    java.awt.Color background(String theme);

    /** A finished picture, in scene units (1 unit = 1 pixel at zoom 1). */
    interface Drawing {
        double width();

        double height();

        /** Paints at scene coordinates onto {@code g}, whose transform the caller has set. */
        void paint(java.awt.Graphics2D g);

        /** The node under scene point (x, y), or -1. */
        int hitTest(double x, double y);
    }
}
