package org.chainrule.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Phase 5: places each node's labels on its outgoing stretch of wire.
 *
 * <p>Precondition: nodes have their final {@link Positions}. The value box sits above the stretch and
 * the gradient box below it, a small gap away, both the same width for every node (so that an empty
 * answer box does not tell how long the answer is); a named intermediate's {@code q =} goes just left
 * of its value. The pair is centred on the stretch, which {@link ItemSizes} made long enough for it.
 */
final class LabelPlacement {

    private LabelPlacement() {}

    static List<Scene.WireLabel> place(LayeredGraph lg, ItemSizes sz, Positions p) {
        double gap = sz.o.labelGap();
        double h = sz.lineHeight;
        List<Scene.WireLabel> out = new ArrayList<>(lg.nodeCount);
        for (int i = 0; i < lg.nodeCount; i++) {
            Point a = p.stubStart(sz, i), b = p.stubEnd(i);
            double total = sz.nameWidth[i] + sz.numberWidth;
            double left = (a.x() + b.x()) / 2 - total / 2;
            double vx = left + sz.nameWidth[i];
            Box value = new Box(vx, a.y() - gap - h, sz.numberWidth, h);
            Box grad = new Box(vx, a.y() + gap, sz.numberWidth, h);
            Box name = sz.name[i] == null ? null : new Box(left, value.y(), sz.nameWidth[i], h);
            out.add(new Scene.WireLabel(i, a, b, value, grad, name, sz.name[i]));
        }
        return out;
    }
}
