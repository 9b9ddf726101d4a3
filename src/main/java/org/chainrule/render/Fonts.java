package org.chainrule.render;

import java.awt.Font;

/** The fonts of a picture: one sans-serif family, so that SVG viewers substitute it well. */
final class Fonts {

    static final String FAMILY = Font.SANS_SERIF;

    private Fonts() {}

    static Font label(double size, int style) {
        return new Font(FAMILY, style, 1).deriveFont(style, (float) size);
    }
}
