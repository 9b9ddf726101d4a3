package org.chainrule.layout;

/** An axis-aligned rectangle in scene coordinates: top-left corner, width and height. */
public record Box(double x, double y, double width, double height) {

    public static Box centred(double cx, double cy, double width, double height) {
        return new Box(cx - width / 2, cy - height / 2, width, height);
    }

    public double maxX() { return x + width; }

    public double maxY() { return y + height; }

    public double centreX() { return x + width / 2; }

    public double centreY() { return y + height / 2; }

    public boolean contains(double px, double py) {
        return px >= x && px <= x + width && py >= y && py <= y + height;
    }

    /** True when the interiors overlap (touching edges do not count). */
    public boolean intersects(Box o) {
        return x < o.maxX() && o.x < maxX() && y < o.maxY() && o.y < maxY();
    }

    public Box translate(double dx, double dy) {
        return new Box(x + dx, y + dy, width, height);
    }

    /** The smallest box holding both. */
    public Box union(Box o) {
        double nx = Math.min(x, o.x), ny = Math.min(y, o.y);
        return new Box(nx, ny, Math.max(maxX(), o.maxX()) - nx, Math.max(maxY(), o.maxY()) - ny);
    }
}
