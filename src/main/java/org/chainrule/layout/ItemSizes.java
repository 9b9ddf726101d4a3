package org.chainrule.layout;

import org.chainrule.graph.Node;

/**
 * How much room each item takes around its position: the gate circle or the terminal's name on the
 * left, the labelled stretch of wire on the right, and the labels above and below it. Computed once
 * from the texts and the font, before any coordinate is known.
 */
final class ItemSizes {

    final LayoutOptions o;
    final String[] text;
    final String[] name;
    final double[] nameWidth;
    final double[] textWidth;
    /** Extents from the item's position: to the left, to the start of its wire, up and down. */
    final double[] left, body, above, below;
    /** Width of the labelled stretch of wire after the body. */
    final double[] span;
    /** Width of every value and gradient box (uniform, so answer boxes give nothing away). */
    final double numberWidth;
    final double lineHeight;

    ItemSizes(LayeredGraph lg, LayoutOptions o) {
        this.o = o;
        int n = lg.size;
        text = new String[lg.nodeCount];
        name = new String[lg.nodeCount];
        nameWidth = new double[lg.nodeCount];
        textWidth = new double[lg.nodeCount];
        left = new double[n];
        body = new double[n];
        above = new double[n];
        below = new double[n];
        span = new double[n];
        lineHeight = o.lineHeight();
        double fs = o.fontSize();
        double widest = 0;
        for (int i = 0; i < lg.nodeCount; i++) {
            widest = Math.max(widest, o.measure().width(o.labels().value(i), fs));
            widest = Math.max(widest, o.measure().width(o.labels().grad(i), fs));
        }
        numberWidth = Math.ceil(widest + fs * 0.4);
        double half = Math.max(o.labelGap() + lineHeight, 0);
        for (int i = 0; i < lg.nodeCount; i++) {
            Node node = lg.node(i);
            text[i] = GateLabels.display(node);
            textWidth[i] = o.measure().width(text[i], o.gateFontSize());
            name[i] = GateLabels.wireName(node, lg.graph.output());
            nameWidth[i] = name[i] == null ? 0 : o.measure().width(name[i] + " = ", fs);
            if (node.isGate()) {
                double r = radius(textWidth[i]);
                left[i] = r;
                body[i] = r;
                above[i] = Math.max(r, half);
            } else {
                left[i] = textWidth[i] + o.labelGap() * 2;
                body[i] = 0;
                above[i] = Math.max(lineHeight / 2, half);
            }
            below[i] = above[i];
            span[i] = 2 * o.labelPad() + nameWidth[i] + numberWidth;
        }
        for (int i = lg.nodeCount; i < n; i++) {
            above[i] = 1.5;
            below[i] = 1.5;
        }
    }

    double radius(double textWidth) {
        return Math.max(o.minRadius(), textWidth / 2 + o.fontSize() * 0.45);
    }

    /** Vertical distance needed between the centres of {@code a} (above) and {@code b} (below). */
    double separation(LayeredGraph lg, int a, int b) {
        boolean dummy = lg.isDummy(a) || lg.isDummy(b);
        return below[a] + above[b] + o.fontSize() * (dummy ? 0.45 : 0.7);
    }
}
