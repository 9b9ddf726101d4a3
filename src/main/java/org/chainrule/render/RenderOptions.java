package org.chainrule.render;

import java.util.BitSet;
import java.util.Objects;

/**
 * How a {@link Picture} draws its scene.
 *
 * @param theme          colours and type
 * @param precision      decimals of every number (2 as on the CS231n diagrams)
 * @param fontScale      multiplies the font size (applied when the scene is laid out, see
 *                       {@link Picture#layoutOptions})
 * @param show           which numbers are written; the others become answer boxes
 * @param caption        write the function as an equation under the graph
 * @param captionLatex   the equation in LaTeX, rendered with JLaTeXMath (ignored when null or blank)
 * @param revealedValues for the step player: nodes whose value has been computed so far; null = all.
 *                       A value not revealed is not drawn at all (no box either)
 * @param revealedGrads  the same for gradients
 * @param highlightNode  the node of the current step, drawn highlighted; -1 for none
 * @param animation      0..1, how far the newest labels have faded in; 1 = static
 * @param fadingValues   the newest values, which fade in with {@code animation}; null = the value of
 *                       {@code highlightNode}
 * @param fadingGrads    the newest gradients; null = none
 */
public record RenderOptions(Theme theme, int precision, double fontScale, Show show, boolean caption,
                            String captionLatex, BitSet revealedValues, BitSet revealedGrads, int highlightNode,
                            double animation, BitSet fadingValues, BitSet fadingGrads) {

    public RenderOptions {
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(show, "show");
        if (precision < 0 || precision > 12) throw new IllegalArgumentException("precision must be 0..12: " + precision);
        if (!(fontScale > 0)) throw new IllegalArgumentException("font scale must be positive: " + fontScale);
        animation = Double.isNaN(animation) ? 1 : Math.max(0, Math.min(1, animation));
        revealedValues = copy(revealedValues);
        revealedGrads = copy(revealedGrads);
        fadingValues = copy(fadingValues);
        fadingGrads = copy(fadingGrads);
    }

    /** Light theme, 2 decimals, scale 1, all numbers, no caption, everything revealed, nothing highlighted. */
    public static RenderOptions defaults() {
        return new RenderOptions(Theme.LIGHT, 2, 1.0, Show.ALL, false, null, null, null, -1, 1.0, null, null);
    }

    public RenderOptions withTheme(Theme t) {
        return new RenderOptions(t, precision, fontScale, show, caption, captionLatex, revealedValues, revealedGrads,
                highlightNode, animation, fadingValues, fadingGrads);
    }

    public RenderOptions withPrecision(int p) {
        return new RenderOptions(theme, p, fontScale, show, caption, captionLatex, revealedValues, revealedGrads,
                highlightNode, animation, fadingValues, fadingGrads);
    }

    public RenderOptions withFontScale(double s) {
        return new RenderOptions(theme, precision, s, show, caption, captionLatex, revealedValues, revealedGrads,
                highlightNode, animation, fadingValues, fadingGrads);
    }

    public RenderOptions withShow(Show s) {
        return new RenderOptions(theme, precision, fontScale, s, caption, captionLatex, revealedValues, revealedGrads,
                highlightNode, animation, fadingValues, fadingGrads);
    }

    /** Shows {@code latex} as the caption (null or blank: no caption). */
    public RenderOptions withCaption(String latex) {
        boolean on = latex != null && !latex.isBlank();
        return new RenderOptions(theme, precision, fontScale, show, on, on ? latex : null, revealedValues, revealedGrads,
                highlightNode, animation, fadingValues, fadingGrads);
    }

    public RenderOptions withRevealed(BitSet values, BitSet grads) {
        return new RenderOptions(theme, precision, fontScale, show, caption, captionLatex, values, grads,
                highlightNode, animation, fadingValues, fadingGrads);
    }

    public RenderOptions withHighlight(int node) {
        return new RenderOptions(theme, precision, fontScale, show, caption, captionLatex, revealedValues, revealedGrads,
                node, animation, fadingValues, fadingGrads);
    }

    public RenderOptions withAnimation(double progress) {
        return new RenderOptions(theme, precision, fontScale, show, caption, captionLatex, revealedValues, revealedGrads,
                highlightNode, progress, fadingValues, fadingGrads);
    }

    public RenderOptions withFading(BitSet values, BitSet grads) {
        return new RenderOptions(theme, precision, fontScale, show, caption, captionLatex, revealedValues, revealedGrads,
                highlightNode, animation, values, grads);
    }

    /** The revealed sets are copies: read them, do not change them. */
    private static BitSet copy(BitSet b) {
        return b == null ? null : (BitSet) b.clone();
    }
}
