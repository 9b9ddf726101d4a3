package org.chainrule.app.model;

import java.util.Map;
import java.util.Optional;
import org.chainrule.expr.Program;

/**
 * Analytic derivatives for the comparison table, from the symbolic package. Kept behind this
 * interface so that the table works (with an empty analytic column) where no derivative is known.
 */
public interface DerivativeSource {

    /** d output / d {@code variable}: its formula in the input language and in LaTeX, and its value at {@code at}. */
    record Derivative(String infix, String latex, double value) {}

    /** Empty when the derivative cannot be given (for example, the program is too large to expand). */
    Optional<Derivative> derivative(Program program, String variable, Map<String, Double> at);

    /** The LaTeX of the function itself ({@code f = (x + y) z}), or empty. */
    Optional<String> equation(Program program);

    /** True when {@link #derivative} and {@link #equation} answer for {@code p} without a long wait. */
    default boolean isReady(Program p) { return true; }

    /**
     * Works out {@code p}'s derivatives (in the background where that takes time) and then calls
     * {@code done}, on any thread, with null or a sentence saying why they were skipped.
     */
    default void prepare(Program p, java.util.function.Consumer<String> done) { done.accept(null); }

    /** A source that knows no derivatives. */
    DerivativeSource NONE = new DerivativeSource() {
        public Optional<Derivative> derivative(Program p, String v, Map<String, Double> at) { return Optional.empty(); }

        public Optional<String> equation(Program p) { return Optional.empty(); }
    };
}
