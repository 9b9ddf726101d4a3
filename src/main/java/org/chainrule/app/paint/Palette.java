package org.chainrule.app.paint;

import java.awt.Color;
import java.util.Locale;

/** Colours and sizes of the stand-in painter's themes (CS231n colours for light). */
record Palette(Color background, Color wire, Color gateFill, Color text, Color value, Color grad,
               Color highlight, float stroke, double typeScale, String gradPrefix) {

    static Palette of(String theme) {
        switch (theme == null ? "light" : theme.toLowerCase(Locale.ROOT)) {
            case "dark":
                return new Palette(new Color(0x1e1f22), new Color(0xc8c8c8), new Color(0x2b2d30), new Color(0xeeeeee),
                        new Color(0x7ccf7f), new Color(0xff8a80), new Color(0xffc107), 1.6f, 1.0, "");
            case "projector":
                return new Palette(Color.WHITE, Color.BLACK, Color.WHITE, Color.BLACK,
                        new Color(0x006400), new Color(0xb00000), new Color(0xff9800), 3f, 1.35, "");
            case "print":
                return new Palette(Color.WHITE, Color.BLACK, Color.WHITE, Color.BLACK,
                        Color.BLACK, Color.BLACK, new Color(0x888888), 1.4f, 1.0, "∇ ");
            case "colorblind":
                return new Palette(Color.WHITE, new Color(0x333333), Color.WHITE, Color.BLACK,
                        new Color(0x0072b2), new Color(0xd55e00), new Color(0xe69f00), 1.6f, 1.0, "");
            default:
                return new Palette(Color.WHITE, new Color(0x333333), Color.WHITE, Color.BLACK,
                        new Color(0x2e7d32), new Color(0xc62828), new Color(0xffb300), 1.6f, 1.0, "");
        }
    }
}
