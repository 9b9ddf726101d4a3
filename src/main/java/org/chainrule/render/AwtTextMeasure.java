package org.chainrule.render;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.util.concurrent.ConcurrentHashMap;
import org.chainrule.layout.TextMeasure;

/** Text widths from the fonts the painter draws with (needs no display). */
public final class AwtTextMeasure implements TextMeasure {

    static final FontRenderContext FRC = new FontRenderContext(new AffineTransform(), true, true);

    private final int style;
    private final ConcurrentHashMap<Double, Font> fonts = new ConcurrentHashMap<>();

    /** Measures in the plain label font. */
    public AwtTextMeasure() {
        this(Font.PLAIN);
    }

    public AwtTextMeasure(int style) {
        this.style = style;
    }

    @Override
    public double width(String text, double fontSize) {
        Font f = fonts.computeIfAbsent(fontSize, s -> Fonts.label(s, style));
        return f.getStringBounds(text, FRC).getWidth();
    }
}
