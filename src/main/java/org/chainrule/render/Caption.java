package org.chainrule.render;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

/**
 * The equation under a picture, rendered from LaTeX with JLaTeXMath; LaTeX that JLaTeXMath cannot
 * parse is written as plain text instead, so a caption never stops an export. JLaTeXMath draws glyphs
 * of its own fonts, so SVG and PDF targets are asked to write them as outlines (vector paths).
 */
final class Caption {

    private final TeXIcon icon;
    private final String plain;
    private final Font font;
    private final double width, height;

    Caption(String latex, double size) {
        TeXIcon ic;
        try {
            ic = new TeXFormula(latex).createTeXIcon(TeXConstants.STYLE_DISPLAY, (float) size);
        } catch (RuntimeException e) {
            ic = null;
        }
        icon = ic;
        plain = latex;
        font = Fonts.label(size, Font.PLAIN);
        if (icon != null) {
            width = icon.getIconWidth();
            height = icon.getIconHeight();
        } else {
            width = font.getStringBounds(plain, AwtTextMeasure.FRC).getWidth();
            height = size * 1.3;
        }
    }

    double width() { return width; }

    double height() { return height; }

    void paint(Graphics2D g, double x, double y, Color colour) {
        Object before = g.getRenderingHint(org.jfree.svg.SVGHints.KEY_DRAW_STRING_TYPE);
        Object beforePdf = g.getRenderingHint(org.jfree.pdf.PDFHints.KEY_DRAW_STRING_TYPE);
        g.setRenderingHint(org.jfree.svg.SVGHints.KEY_DRAW_STRING_TYPE, org.jfree.svg.SVGHints.VALUE_DRAW_STRING_TYPE_VECTOR);
        g.setRenderingHint(org.jfree.pdf.PDFHints.KEY_DRAW_STRING_TYPE, org.jfree.pdf.PDFHints.VALUE_DRAW_STRING_TYPE_VECTOR);
        if (icon != null) {
            AffineTransform t = g.getTransform();
            g.translate(x, y);
            icon.setForeground(colour);
            icon.paintIcon(null, g, 0, 0);
            g.setTransform(t);
        } else {
            g.setColor(colour);
            g.setFont(font);
            g.drawString(plain, (float) x, (float) (y + height * 0.75));
        }
        g.setRenderingHint(org.jfree.svg.SVGHints.KEY_DRAW_STRING_TYPE,
                before != null ? before : org.jfree.svg.SVGHints.VALUE_DRAW_STRING_TYPE_STANDARD);
        g.setRenderingHint(org.jfree.pdf.PDFHints.KEY_DRAW_STRING_TYPE,
                beforePdf != null ? beforePdf : org.jfree.pdf.PDFHints.VALUE_DRAW_STRING_TYPE_STANDARD);
    }
}
