package org.chainrule.app;

import java.util.Locale;
import java.util.Random;

/** Programs shaped like small networks, for the speed checks: seeded, so always the same. */
public final class Networks {

    private Networks() {}

    /**
     * A two-layer network over {@code inputs} inputs with {@code hidden} relu units and a sigmoid
     * output, weights as constants: {@code hidden * (2 * inputs + 1) + 2 * hidden} gates or so.
     */
    public static String twoLayer(int inputs, int hidden, long seed) {
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder();
        for (int j = 1; j <= hidden; j++) {
            sb.append("h").append(j).append(" = relu(");
            for (int i = 1; i <= inputs; i++) {
                if (i > 1) sb.append(" + ");
                sb.append(w(r)).append(" * x").append(i);
            }
            sb.append(" + ").append(w(r)).append(")\n");
        }
        sb.append("f = sigmoid(");
        for (int j = 1; j <= hidden; j++) {
            if (j > 1) sb.append(" + ");
            sb.append(w(r)).append(" * h").append(j);
        }
        return sb.append(")").toString();
    }

    private static String w(Random r) {
        return String.format(Locale.ROOT, "%.2f", 0.1 + r.nextDouble());
    }
}
