package org.chainrule.layout;

/**
 * Phase 3: gives every item its coordinates.
 *
 * <p>Precondition: the layers are ordered ({@link CrossingReduction}) and the {@link ItemSizes} are
 * known. Vertical positions come from sweeps that pull each item towards the mean height of its
 * neighbours' ports (down from the inputs, up from the output, finishing downwards), each layer
 * placed by isotonic regression under the order and the minimum separations, which is the exact
 * least-squares compromise: a unary chain comes out as one straight horizontal line, and a long wire
 * (its dummies weigh more) stays straight where it can. Each layer is then a column: the items'
 * positions on one vertical line, their labelled wires ending together at the column's right edge;
 * the channel to the next column widens with the steepest wire crossing it.
 */
final class CoordinateAssignment {

    final double[] y;
    /** Per layer: left edge, item position, right edge (where every wire leaves the column). */
    final double[] colStart, x, colEnd;

    private final LayeredGraph lg;
    private final ItemSizes sz;

    CoordinateAssignment(LayeredGraph lg, ItemSizes sz, int rounds) {
        this.lg = lg;
        this.sz = sz;
        y = new double[lg.size];
        int layers = lg.layers.length;
        colStart = new double[layers];
        x = new double[layers];
        colEnd = new double[layers];
        for (int l = 0; l < layers; l++) stack(lg.layers[l]);
        for (int r = 0; r < rounds; r++) {
            for (int l = 1; l < layers; l++) sweep(l, true);
            for (int l = layers - 2; l >= 0; l--) sweep(l, false);
        }
        for (int l = 1; l < layers; l++) sweep(l, true);
        normalise();
        columns();
    }

    /** Where a wire into {@code slot} of {@code item} meets it, relative to its centre. */
    double portOffset(int item, int slot) {
        if (lg.ports(item) != 2) return 0;
        return (slot == 0 ? -1 : 1) * sz.left[item] * 0.45;
    }

    private void stack(int[] items) {
        double cur = 0;
        for (int i = 0; i < items.length; i++) {
            if (i > 0) cur += sz.separation(lg, items[i - 1], items[i]);
            y[items[i]] = cur;
        }
    }

    private void sweep(int l, boolean down) {
        int[] items = lg.layers[l];
        int n = items.length;
        double[] want = new double[n], weight = new double[n];
        for (int i = 0; i < n; i++) {
            int v = items[i];
            int[] edges = down ? lg.in[v] : lg.out[v];
            if (edges.length == 0) {
                want[i] = y[v];
                weight[i] = 0.25;
                continue;
            }
            double sum = 0;
            for (int e : edges) {
                sum += down ? y[lg.eFrom[e]] - portOffset(v, lg.eSlot[e])
                            : y[lg.eTo[e]] + portOffset(lg.eTo[e], lg.eSlot[e]);
            }
            want[i] = sum / edges.length;
            weight[i] = edges.length * (lg.isDummy(v) ? 4 : 1);
        }
        place(items, want, weight);
    }

    /**
     * Minimises the weighted squared distance of each item from where it wants to be, keeping the
     * order and the separations: with z = y - (sum of separations above), this is isotonic regression
     * on z, solved exactly by pooling adjacent violators.
     */
    private void place(int[] items, double[] want, double[] weight) {
        int n = items.length;
        double[] off = new double[n];
        for (int i = 1; i < n; i++) off[i] = off[i - 1] + sz.separation(lg, items[i - 1], items[i]);
        double[] bw = new double[n], bs = new double[n];
        int[] bStart = new int[n];
        int blocks = 0;
        for (int i = 0; i < n; i++) {
            bw[blocks] = weight[i];
            bs[blocks] = weight[i] * (want[i] - off[i]);
            bStart[blocks] = i;
            blocks++;
            while (blocks > 1 && bs[blocks - 2] / bw[blocks - 2] > bs[blocks - 1] / bw[blocks - 1]) {
                bw[blocks - 2] += bw[blocks - 1];
                bs[blocks - 2] += bs[blocks - 1];
                blocks--;
            }
        }
        for (int b = 0; b < blocks; b++) {
            int end = b + 1 < blocks ? bStart[b + 1] : n;
            double z = bs[b] / bw[b];
            for (int i = bStart[b]; i < end; i++) y[items[i]] = z + off[i];
        }
    }

    private void normalise() {
        double top = Double.POSITIVE_INFINITY;
        for (int i = 0; i < lg.size; i++) top = Math.min(top, y[i] - sz.above[i]);
        double dy = sz.o.margin() - top;
        for (int i = 0; i < lg.size; i++) y[i] += dy;
    }

    private void columns() {
        double fs = sz.o.fontSize();
        double start = sz.o.margin();
        for (int l = 0; l < lg.layers.length; l++) {
            double leftExt = 0, rightExt = 0;
            for (int v : lg.layers[l]) {
                leftExt = Math.max(leftExt, sz.left[v]);
                rightExt = Math.max(rightExt, sz.body[v] + sz.span[v]);
            }
            colStart[l] = start;
            x[l] = start + leftExt;
            colEnd[l] = x[l] + rightExt;
            double steepest = 0;
            for (int v : lg.layers[l]) {
                for (int e : lg.out[v]) {
                    int t = lg.eTo[e];
                    steepest = Math.max(steepest, Math.abs(y[t] + portOffset(t, lg.eSlot[e]) - y[v]));
                }
            }
            start = colEnd[l] + Math.min(6 * fs, Math.max(2.2 * fs, 0.35 * steepest));
        }
    }
}
