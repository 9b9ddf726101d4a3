package org.chainrule.app.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.chainrule.expr.Expr;
import org.chainrule.expr.Program;
import org.chainrule.symbolic.Analytic;
import org.chainrule.symbolic.Evaluator;
import org.chainrule.symbolic.InfixPrinter;
import org.chainrule.symbolic.LatexPrinter;

/**
 * Analytic derivatives from the symbolic package. The derivatives of a program are worked out once
 * (on a background thread when asked through {@link #prepare}) and kept, keyed by the program's text,
 * so that moving a slider only evaluates them at the new point.
 */
public final class SymbolicDerivatives implements DerivativeSource {

    /** Programs whose inlined form is larger than this show the equation as text, not LaTeX. */
    public static final long MAX_EQUATION_SIZE = 400;

    /** What is known about one program: its derivatives (empty with a reason when too large). */
    private record Worked(Map<String, Expr> derivatives, Map<String, Derivative> printed, String skipped, String equation) {}

    private final Map<String, Worked> cache = new ConcurrentHashMap<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "chainrule-derivatives");
        t.setDaemon(true);
        return t;
    });

    @Override
    public boolean isReady(Program p) {
        return cache.containsKey(p.source());
    }

    @Override
    public void prepare(Program p, Consumer<String> done) {
        Worked w = cache.get(p.source());
        if (w != null) {
            done.accept(w.skipped());
            return;
        }
        worker.submit(() -> done.accept(work(p).skipped()));
    }

    @Override
    public Optional<Derivative> derivative(Program p, String variable, Map<String, Double> at) {
        Worked w = cache.get(p.source());
        if (w == null) w = work(p);
        Expr d = w.derivatives().get(variable);
        if (d == null) return Optional.empty();
        Derivative printed = w.printed().get(variable);
        return Optional.of(new Derivative(printed.infix(), printed.latex(), Evaluator.value(d, at)));
    }

    @Override
    public Optional<String> equation(Program p) {
        Worked w = cache.get(p.source());
        if (w == null) w = work(p);
        return Optional.ofNullable(w.equation());
    }

    /** Why the derivatives of {@code p} were skipped, or null. */
    public String skipped(Program p) {
        Worked w = cache.get(p.source());
        return w == null ? null : w.skipped();
    }

    private Worked work(Program p) {
        return cache.computeIfAbsent(p.source(), k -> {
            String equation = LatexPrinter.equation(p, MAX_EQUATION_SIZE).orElse(null);
            try {
                Map<String, Expr> ds = Analytic.gradient(p);
                Map<String, Derivative> printed = new LinkedHashMap<>();
                ds.forEach((v, e) -> printed.put(v, new Derivative(InfixPrinter.print(e), LatexPrinter.print(e), Double.NaN)));
                return new Worked(ds, printed, null, equation);
            } catch (IllegalArgumentException e) {
                return new Worked(Map.of(), Map.of(), e.getMessage(), equation);
            }
        });
    }
}
