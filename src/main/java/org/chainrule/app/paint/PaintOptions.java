package org.chainrule.app.paint;

import java.util.BitSet;

/**
 * How the window wants the picture drawn: the document's display settings and the step player's
 * state. Mirrors the render package's options so an adapter maps it field for field.
 *
 * @param theme          light, dark, projector, print or colorblind
 * @param revealedValues nodes whose value is shown (null: all)
 * @param revealedGrads  nodes whose gradient is shown (null: all)
 * @param freshValues    values the current step has just revealed (they fade in), never null
 * @param freshGrads     gradients the current step has just revealed, never null
 * @param highlight      the current step's gate, or -1
 * @param animation      0 to 1: how far the fade-in has got
 */
public record PaintOptions(String theme, int precision, double fontScale, BitSet revealedValues,
                           BitSet revealedGrads, BitSet freshValues, BitSet freshGrads, int highlight,
                           double animation) {

    public static PaintOptions defaults() {
        return new PaintOptions("light", 2, 1.0, null, null, new BitSet(), new BitSet(), -1, 1.0);
    }

    public PaintOptions withAnimation(double a) {
        return new PaintOptions(theme, precision, fontScale, revealedValues, revealedGrads, freshValues, freshGrads, highlight, a);
    }

    public PaintOptions withTheme(String t) {
        return new PaintOptions(t, precision, fontScale, revealedValues, revealedGrads, freshValues, freshGrads, highlight, animation);
    }

    /** Everything shown, nothing highlighted: the finished picture. */
    public PaintOptions complete() {
        return new PaintOptions(theme, precision, fontScale, null, null, new BitSet(), new BitSet(), -1, 1.0);
    }

    public boolean showsValue(int node) { return revealedValues == null || revealedValues.get(node); }

    public boolean showsGrad(int node) { return revealedGrads == null || revealedGrads.get(node); }
}
