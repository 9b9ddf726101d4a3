package org.chainrule.layout;

/** A point in scene coordinates: x to the right, y downwards, in points (pixels at scale 1). */
public record Point(double x, double y) {

    public Point translate(double dx, double dy) {
        return new Point(x + dx, y + dy);
    }

    public double distance(Point o) {
        return Math.hypot(x - o.x, y - o.y);
    }
}
