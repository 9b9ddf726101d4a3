package org.chainrule.layout;

import java.util.Map;
import java.util.Objects;

/**
 * Settings of the {@link LayeredLayout}.
 *
 * @param fontSize        size of the value and gradient labels (gate labels are 15% larger); every
 *                        distance of the layout scales with it
 * @param measure         how wide a text is in that font ({@link TextMeasure#ESTIMATE} needs no toolkit)
 * @param labels          the texts to leave room for on each wire; null leaves room for {@code -00.00}
 * @param manualPositions node id to position (a gate's centre, an input's wire start); these override
 *                        the computed ones, and wires and labels follow
 * @param margin          empty border around the picture
 * @param sweeps          maximum number of crossing-reduction sweeps (each one down and up)
 */
public record LayoutOptions(double fontSize, TextMeasure measure, LabelTexts labels,
                            Map<String, Point> manualPositions, double margin, int sweeps) {

    public LayoutOptions {
        if (!(fontSize > 0)) throw new IllegalArgumentException("font size must be positive: " + fontSize);
        Objects.requireNonNull(measure, "measure");
        manualPositions = manualPositions == null ? Map.of() : Map.copyOf(manualPositions);
        if (labels == null) labels = LabelTexts.placeholder(2);
        if (sweeps < 0) throw new IllegalArgumentException("sweeps must not be negative: " + sweeps);
    }

    /** 14 pt labels, estimated text widths, room for {@code -00.00}, no manual positions. */
    public static LayoutOptions defaults() {
        return new LayoutOptions(14, TextMeasure.ESTIMATE, null, Map.of(), 16, 12);
    }

    public LayoutOptions withFontSize(double size) {
        return new LayoutOptions(size, measure, labels, manualPositions, margin, sweeps);
    }

    public LayoutOptions withMeasure(TextMeasure m) {
        return new LayoutOptions(fontSize, m, labels, manualPositions, margin, sweeps);
    }

    public LayoutOptions withLabels(LabelTexts l) {
        return new LayoutOptions(fontSize, measure, l, manualPositions, margin, sweeps);
    }

    public LayoutOptions withManualPositions(Map<String, Point> positions) {
        return new LayoutOptions(fontSize, measure, labels, positions, margin, sweeps);
    }

    public LayoutOptions withMargin(double m) {
        return new LayoutOptions(fontSize, measure, labels, manualPositions, m, sweeps);
    }

    public LayoutOptions withSweeps(int n) {
        return new LayoutOptions(fontSize, measure, labels, manualPositions, margin, n);
    }

    /** Size of the operation written in a gate. */
    public double gateFontSize() { return fontSize * 1.15; }

    /** Height of one line of label text (and of an answer box). */
    public double lineHeight() { return Math.ceil(fontSize * 1.3); }

    /** Smallest gate radius. */
    public double minRadius() { return fontSize * 1.3; }

    /** Gap between a wire and the label above or below it. */
    public double labelGap() { return Math.max(2, fontSize * 0.2); }

    /** Horizontal padding around labels on a wire. */
    public double labelPad() { return fontSize * 0.5; }
}
