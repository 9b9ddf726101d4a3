package org.chainrule.render;

import java.awt.Color;

/**
 * Colours, line widths and type of a picture.
 *
 * <p>{@link #PRINT} is black and white: values and gradients are told apart without colour, by
 * position (a value is always above its wire, a gradient below) and by type: gradients are written
 * in italics with the prefix {@code ∂}, as in {@code ∂ -4.00}. {@link #COLORBLIND} uses the
 * Okabe–Ito palette: blue values, vermillion gradients, orange warnings.
 */
public enum Theme {
    /** CS231n colours on white: green values, red gradients. The default. */
    LIGHT(rgb(0xFFFFFF), rgb(0x333333), rgb(0xFFFFFF), rgb(0x333333), rgb(0x111111), rgb(0x1A7F2E), rgb(0xC62828),
            rgb(0xE65100), rgb(0x555555), rgb(0x1565C0), rgb(0x9E9E9E), 1.4f, 1.0, "", false),
    /** Light lines and text on a dark background. */
    DARK(rgb(0x1E1E1E), rgb(0xC8C8C8), rgb(0x2B2B2B), rgb(0xDDDDDD), rgb(0xF0F0F0), rgb(0x7CD67F), rgb(0xFF8A80),
            rgb(0xFFB74D), rgb(0xB0B0B0), rgb(0x64B5F6), rgb(0x8A8A8A), 1.4f, 1.0, "", false),
    /** High contrast, thick wires and large type for a lecture hall. */
    PROJECTOR(rgb(0xFFFFFF), rgb(0x000000), rgb(0xFFFFFF), rgb(0x000000), rgb(0x000000), rgb(0x006B1B), rgb(0xB00000),
            rgb(0xC43E00), rgb(0x222222), rgb(0x0040C0), rgb(0x555555), 2.8f, 1.45, "", false),
    /** Black and white for photocopies: gradients in italics with a ∂ prefix. */
    PRINT(rgb(0xFFFFFF), rgb(0x000000), rgb(0xFFFFFF), rgb(0x000000), rgb(0x000000), rgb(0x000000), rgb(0x000000),
            rgb(0x000000), rgb(0x000000), rgb(0x000000), rgb(0x000000), 1.2f, 1.0, "∂ ", true),
    /** Okabe–Ito colour-blind-safe palette: blue values, vermillion gradients. */
    COLORBLIND(rgb(0xFFFFFF), rgb(0x333333), rgb(0xFFFFFF), rgb(0x333333), rgb(0x111111), rgb(0x0072B2), rgb(0xD55E00),
            rgb(0xE69F00), rgb(0x555555), rgb(0x009E73), rgb(0x9E9E9E), 1.4f, 1.0, "", false);

    public final Color background, wire, gateFill, gateStroke, text, value, grad, warning, name, highlight, answerBox;
    /** Stroke width of wires and gate outlines at scale 1. */
    public final float wireWidth;
    /** Multiplies the font size (large type on a projector). */
    public final double textScale;
    /** Written before every gradient ({@code "∂ "} in print). */
    public final String gradPrefix;
    /** Gradients in italics. */
    public final boolean gradItalic;

    Theme(Color background, Color wire, Color gateFill, Color gateStroke, Color text, Color value, Color grad,
          Color warning, Color name, Color highlight, Color answerBox, float wireWidth, double textScale,
          String gradPrefix, boolean gradItalic) {
        this.background = background;
        this.wire = wire;
        this.gateFill = gateFill;
        this.gateStroke = gateStroke;
        this.text = text;
        this.value = value;
        this.grad = grad;
        this.warning = warning;
        this.name = name;
        this.highlight = highlight;
        this.answerBox = answerBox;
        this.wireWidth = wireWidth;
        this.textScale = textScale;
        this.gradPrefix = gradPrefix;
        this.gradItalic = gradItalic;
    }

    /** True when the theme uses colour to tell values from gradients. */
    public boolean colour() { return !value.equals(grad); }

    private static Color rgb(int v) {
        return new Color(v);
    }
}
