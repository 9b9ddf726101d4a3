package org.chainrule.engine;

/**
 * Central finite differences, the independent check on the backward pass:
 * {@code (f(x + h) - f(x - h)) / 2h} with {@code h = cbrt(machine epsilon) · max(1, |x|)} (about 6e-6),
 * the step that balances truncation error (order h²) against rounding error (order eps/h); the
 * difference is then good to roughly 1e-10 relative for smooth functions.
 */
public final class GradientCheck {

    /** Relative error below which a gradient and its finite difference are said to agree. */
    public static final double TOLERANCE = 1e-6;

    private GradientCheck() {}

    public static double step(double x) {
        return Math.cbrt(Math.ulp(1.0)) * Math.max(1, Math.abs(x));
    }

    /** d output / d input k for every input k, by central differences. */
    public static double[] numeric(Tape tape, double[] inputs) {
        double[] out = new double[inputs.length];
        double[] v = new double[tape.size()];
        double[] x = inputs.clone();
        for (int k = 0; k < inputs.length; k++) {
            double h = step(inputs[k]);
            double up = inputs[k] + h;
            double down = inputs[k] - h;
            x[k] = up;
            ForwardPass.run(tape, x, v);
            double fUp = v[tape.output()];
            x[k] = down;
            ForwardPass.run(tape, x, v);
            double fDown = v[tape.output()];
            x[k] = inputs[k];
            out[k] = (fUp - fDown) / (up - down);
        }
        return out;
    }

    /** |a - b| / max(|a|, |b|), 0 when both are 0; NaN when either is not finite. */
    public static double relativeError(double a, double b) {
        if (!Double.isFinite(a) || !Double.isFinite(b)) return a == b ? 0 : Double.NaN;
        double scale = Math.max(Math.abs(a), Math.abs(b));
        return scale == 0 ? 0 : Math.abs(a - b) / scale;
    }

    /** Agreement: relative error within {@link #TOLERANCE}, or both tiny (absolute error below 1e-9). */
    public static boolean agrees(double a, double b) {
        if (!Double.isFinite(a) || !Double.isFinite(b)) return a == b || (Double.isNaN(a) && Double.isNaN(b));
        return Math.abs(a - b) < 1e-9 || relativeError(a, b) < TOLERANCE;
    }
}
