package org.chainrule.render;

/**
 * Settings of an export (only PNG has any: SVG, PDF and TikZ are vector formats in points).
 *
 * @param scale PNG pixels per point (2, the default, is sharp on slides and on paper)
 * @param dpi   when positive, overrides {@code scale}: {@code scale = dpi / 72}, and the resolution is
 *              written into the PNG so that word processors give it its size in points
 */
public record ExportOptions(double scale, int dpi) {

    public ExportOptions {
        if (!(scale > 0) || scale > 64) throw new IllegalArgumentException("scale must be in (0, 64]: " + scale);
        if (dpi < 0 || dpi > 4800) throw new IllegalArgumentException("dpi must be 0..4800: " + dpi);
    }

    public static ExportOptions defaults() {
        return new ExportOptions(2.0, 0);
    }

    public ExportOptions withScale(double s) {
        return new ExportOptions(s, dpi);
    }

    public ExportOptions withDpi(int d) {
        return new ExportOptions(scale, d);
    }

    /** PNG pixels per point. */
    public double pixelsPerPoint() {
        return dpi > 0 ? dpi / 72.0 : scale;
    }
}
