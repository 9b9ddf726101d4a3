package org.chainrule.engine;

/**
 * Central finite differences, the independent check on the backward pass:
 * {@code (f(x + h) - f(x - h)) / 2h} with {@code h = cbrt(machine epsilon) · max(1, |x|)} (about 6e-6),
 * the step that balances truncation error (order h²) against rounding error (order eps/h); the
 * difference is then good to roughly 1e-10 relative for smooth functions.
 */
public final class GradientCheck {

    /** Relative error below which a gradient and its analytic value are said to agree. */
    public static final double TOLERANCE = 1e-6;

    /**
     * Relative error below which a gradient and its finite difference are said to agree: central
     * differences lose digits where a function is steep or bent, so this is looser than
     * {@link #TOLERANCE}; the analytic value is the exact check.
     */
    public static final double NUMERIC_TOLERANCE = 1e-4;

    /** Whether a backprop gradient agrees with its checks, and the larger of the two relative errors. */
    public record Agreement(boolean agrees, double relativeError) {}

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

    /**
     * The one rule the command line and the window use to mark a gradient: it agrees with the central
     * difference within {@link #NUMERIC_TOLERANCE} and, when the analytic value is known (not NaN
     * because it was skipped: pass {@code null}), with that within {@link #TOLERANCE}; two values that
     * are both not finite agree.
     */
    public static Agreement compare(double backprop, double numeric, Double analytic) {
        boolean agrees = close(backprop, numeric, NUMERIC_TOLERANCE);
        double err = relativeError(backprop, numeric);
        if (analytic != null) {
            agrees &= close(backprop, analytic, TOLERANCE);
            err = Double.isNaN(err) ? relativeError(backprop, analytic) : Math.max(err, relativeError(backprop, analytic));
        }
        return new Agreement(agrees, err);
    }

    private static boolean close(double a, double b, double tolerance) {
        if (!Double.isFinite(a) || !Double.isFinite(b)) return !Double.isFinite(a) && !Double.isFinite(b);
        return Math.abs(a - b) < 1e-9 || relativeError(a, b) < tolerance;
    }
}
