package org.chainrule.layout;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * Phase 2: orders the items within each layer so that few wires cross.
 *
 * <p>Precondition: the {@link LayeredGraph} has its layers assigned and its dummies inserted. The
 * first order comes from a depth-first walk back from the output, arguments in slot order, so that a
 * tree (an expression without shared subexpressions) is drawn without any crossing and with the first
 * operand on top. Barycenter sweeps, alternately down and up, then move each item towards the mean
 * position of its neighbours (a gate's two ports count as a quarter place apart), followed by adjacent
 * swaps that lower the count; the best order seen is kept, so the sweeps never make things worse.
 */
final class CrossingReduction {

    private CrossingReduction() {}

    /** Orders the layers of {@code lg}; returns the number of crossings of the order kept. */
    static long run(LayeredGraph lg, int maxSweeps) {
        initialOrder(lg);
        long best = count(lg);
        int[][] bestLayers = copy(lg.layers);
        int stale = 0;
        double[] key = new double[lg.size];
        for (int s = 0; s < maxSweeps && best > 0 && stale < 2; s++) {
            for (int l = 1; l < lg.layers.length; l++) sortLayer(lg, l, key, true);
            for (int l = lg.layers.length - 2; l >= 0; l--) sortLayer(lg, l, key, false);
            if (lg.size <= 3000) transpose(lg);
            long c = count(lg);
            if (c < best) {
                best = c;
                bestLayers = copy(lg.layers);
                stale = 0;
            } else {
                stale++;
            }
        }
        lg.layers = bestLayers;
        updatePositions(lg);
        return best;
    }

    /** Depth-first from the output (and then from any item not reached), arguments in slot order. */
    private static void initialOrder(LayeredGraph lg) {
        int layers = lg.layerCount();
        int[] counts = new int[layers];
        for (int i = 0; i < lg.size; i++) counts[lg.layer[i]]++;
        lg.layers = new int[layers][];
        for (int l = 0; l < layers; l++) lg.layers[l] = new int[counts[l]];
        int[] fill = new int[layers];
        lg.pos = new int[lg.size];
        boolean[] seen = new boolean[lg.size];
        Deque<Integer> stack = new ArrayDeque<>();
        int root = lg.graph.output();
        for (int start = -1; start < lg.size; start++) {
            int r = start < 0 ? root : start;
            if (r < 0 || seen[r]) continue;
            stack.push(r);
            seen[r] = true;
            while (!stack.isEmpty()) {
                int v = stack.pop();
                int l = lg.layer[v];
                lg.pos[v] = fill[l];
                lg.layers[l][fill[l]++] = v;
                int[] ins = lg.in[v];
                for (int k = ins.length - 1; k >= 0; k--) {
                    int u = lg.eFrom[ins[k]];
                    if (!seen[u]) {
                        seen[u] = true;
                        stack.push(u);
                    }
                }
            }
        }
    }

    private static void sortLayer(LayeredGraph lg, int l, double[] key, boolean down) {
        int[] items = lg.layers[l];
        for (int v : items) {
            int[] edges = down ? lg.in[v] : lg.out[v];
            if (edges.length == 0) {
                key[v] = lg.pos[v];
                continue;
            }
            double sum = 0;
            for (int e : edges) sum += down ? lg.pos[lg.eFrom[e]] : portKey(lg, e);
            key[v] = sum / edges.length;
        }
        boolean sorted = true;
        for (int i = 1; i < items.length && sorted; i++) sorted = key[items[i - 1]] <= key[items[i]];
        if (sorted) return;
        Integer[] boxed = new Integer[items.length];
        for (int i = 0; i < items.length; i++) boxed[i] = items[i];
        Arrays.sort(boxed, (a, b) -> {
            int c = Double.compare(key[a], key[b]);
            return c != 0 ? c : Integer.compare(lg.pos[a], lg.pos[b]);
        });
        for (int i = 0; i < items.length; i++) {
            items[i] = boxed[i];
            lg.pos[items[i]] = i;
        }
    }

    /** The place an edge enters its target: slot 0 of a binary gate a quarter above, slot 1 below. */
    private static double portKey(LayeredGraph lg, int e) {
        int t = lg.eTo[e];
        return lg.pos[t] + (lg.ports(t) == 2 ? (lg.eSlot[e] == 0 ? -0.25 : 0.25) : 0);
    }

    /** Swaps neighbours in a layer while that lowers the crossings with both neighbouring layers. */
    private static void transpose(LayeredGraph lg) {
        boolean improved = true;
        for (int round = 0; round < 4 && improved; round++) {
            improved = false;
            for (int l = 0; l < lg.layers.length; l++) {
                int[] items = lg.layers[l];
                for (int i = 0; i + 1 < items.length; i++) {
                    int a = items[i], b = items[i + 1];
                    if (pairCrossings(lg, b, a) < pairCrossings(lg, a, b)) {
                        items[i] = b;
                        items[i + 1] = a;
                        lg.pos[b] = i;
                        lg.pos[a] = i + 1;
                        improved = true;
                    }
                }
            }
        }
    }

    /** Crossings between the edges of {@code upper} and {@code lower} if upper stands just above lower. */
    private static int pairCrossings(LayeredGraph lg, int upper, int lower) {
        int c = 0;
        for (int eu : lg.in[upper]) for (int el : lg.in[lower]) if (lg.pos[lg.eFrom[eu]] > lg.pos[lg.eFrom[el]]) c++;
        for (int eu : lg.out[upper]) for (int el : lg.out[lower]) if (portKey(lg, eu) > portKey(lg, el)) c++;
        return c;
    }

    /** Wire crossings of the current order, between every pair of neighbouring layers. */
    static long count(LayeredGraph lg) {
        long total = 0;
        for (int l = 0; l + 1 < lg.layers.length; l++) {
            int[] upper = lg.layers[l];
            int lowerSize = lg.layers[l + 1].length;
            long[] tree = new long[2 * lowerSize + 2];
            int seen = 0;
            int[] keys = new int[8];
            for (int v : upper) {
                int[] out = lg.out[v];
                if (keys.length < out.length) keys = new int[out.length];
                for (int k = 0; k < out.length; k++) {
                    int e = out[k];
                    keys[k] = 2 * lg.pos[lg.eTo[e]] + (lg.ports(lg.eTo[e]) == 2 ? lg.eSlot[e] : 0);
                }
                Arrays.sort(keys, 0, out.length);
                for (int k = 0; k < out.length; k++) {
                    int key = keys[k] + 1;
                    total += seen - prefix(tree, key);
                    for (int i = key; i < tree.length; i += i & -i) tree[i]++;
                    seen++;
                }
            }
        }
        return total;
    }

    private static long prefix(long[] tree, int i) {
        long s = 0;
        for (; i > 0; i -= i & -i) s += tree[i];
        return s;
    }

    private static void updatePositions(LayeredGraph lg) {
        for (int[] items : lg.layers) for (int i = 0; i < items.length; i++) lg.pos[items[i]] = i;
    }

    private static int[][] copy(int[][] layers) {
        int[][] c = new int[layers.length][];
        for (int i = 0; i < layers.length; i++) c[i] = layers[i].clone();
        return c;
    }
}
