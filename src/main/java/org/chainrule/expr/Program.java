package org.chainrule.expr;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A checked program: statements in order, the last one being the output. Names bound by statements are
 * intermediates; names used but never bound are inputs, except {@code pi} and {@code e}, which are
 * constants unless the program binds them or the user gives them a value ({@link #withValuesFor}).
 */
public final class Program {

    public static final Map<String, Double> CONSTANTS = Map.of("pi", Math.PI, "e", Math.E);

    private final List<Statement> statements;
    private final String source;
    private final Map<String, Expr> definitions = new HashMap<>();
    private final Set<String> givenConstants;

    Program(List<Statement> statements, String source) {
        this(statements, source, Set.of());
    }

    private Program(List<Statement> statements, String source, Set<String> givenConstants) {
        this.statements = List.copyOf(statements);
        this.source = source;
        this.givenConstants = Set.copyOf(givenConstants);
        for (Statement s : statements) if (s.isNamed()) definitions.put(s.name(), s.expr());
    }

    public List<Statement> statements() { return statements; }

    public String source() { return source; }

    /** The output's name: the last statement's name, or {@code f}. */
    public String outputName() {
        Statement last = statements.get(statements.size() - 1);
        return last.isNamed() ? last.name() : "f";
    }

    public Expr outputExpr() { return statements.get(statements.size() - 1).expr(); }

    /** The expression bound to an intermediate name, or null when the name is not bound. */
    public Expr definition(String name) { return definitions.get(name); }

    public boolean isIntermediate(String name) { return definitions.containsKey(name); }

    /** True when {@code name} stands for the constant pi or e in this program. */
    public boolean isConstant(String name) {
        return CONSTANTS.containsKey(name) && !definitions.containsKey(name) && !givenConstants.contains(name);
    }

    /** The same program, with {@code pi} or {@code e} treated as inputs if they are among {@code names}. */
    public Program withValuesFor(Set<String> names) {
        Set<String> given = new LinkedHashSet<>(givenConstants);
        for (String n : names) if (CONSTANTS.containsKey(n)) given.add(n);
        return new Program(statements, source, given);
    }

    /**
     * The input variables the output depends on, in order of first use when reading the output from
     * left to right and each intermediate at its first use (the order of the graph's input nodes).
     */
    public List<String> inputs() {
        Set<String> out = new LinkedHashSet<>();
        Set<String> expanded = new java.util.HashSet<>();
        Deque<Expr> stack = new ArrayDeque<>();
        stack.push(outputExpr());
        while (!stack.isEmpty()) {
            Expr x = stack.pop();
            if (x instanceof Expr.Var v) {
                String n = v.name();
                if (definitions.containsKey(n)) {
                    if (expanded.add(n)) stack.push(definitions.get(n));
                } else if (!isConstant(n)) {
                    out.add(n);
                }
            } else {
                children(x, stack);
            }
        }
        return new ArrayList<>(out);
    }

    /**
     * The output as one expression over the inputs: intermediates substituted, constants as
     * {@link Expr.Const}. May be much larger than the program when intermediates are used many times;
     * check {@link #inlinedSize()} first.
     */
    public Expr inlined() {
        Map<String, Expr> done = new HashMap<>();
        for (Statement s : statements) {
            Expr e = substitute(s.expr(), done);
            if (s.isNamed()) done.put(s.name(), e);
        }
        return substitute(outputExpr(), done);
    }

    /** Node count of {@link #inlined()}, saturating at Long.MAX_VALUE, computed without building it. */
    public long inlinedSize() {
        Map<String, Long> sizes = new HashMap<>();
        long last = 0;
        for (Statement s : statements) {
            last = size(s.expr(), sizes);
            if (s.isNamed()) sizes.put(s.name(), last);
        }
        return last;
    }

    private Expr substitute(Expr e, Map<String, Expr> done) {
        if (e instanceof Expr.Var v) {
            if (done.containsKey(v.name())) return done.get(v.name());
            if (isConstant(v.name())) return new Expr.Const(v.name(), CONSTANTS.get(v.name()));
            return v;
        }
        if (e instanceof Expr.Neg n) return new Expr.Neg(substitute(n.arg(), done));
        if (e instanceof Expr.Binary b) return new Expr.Binary(b.op(), substitute(b.left(), done), substitute(b.right(), done));
        if (e instanceof Expr.Call c) return new Expr.Call(c.func(), c.args().stream().map(a -> substitute(a, done)).toList());
        return e;
    }

    private static long size(Expr e, Map<String, Long> sizes) {
        long total = 0;
        Deque<Expr> stack = new ArrayDeque<>();
        stack.push(e);
        while (!stack.isEmpty()) {
            Expr x = stack.pop();
            if (x instanceof Expr.Var v) {
                total = sat(total, sizes.getOrDefault(v.name(), 1L));
                continue;
            }
            total = sat(total, 1);
            children(x, stack);
        }
        return total;
    }

    /** Pushes the children of {@code x} so that they pop left to right. */
    static void children(Expr x, Deque<Expr> stack) {
        if (x instanceof Expr.Neg n) {
            stack.push(n.arg());
        } else if (x instanceof Expr.Binary b) {
            stack.push(b.right());
            stack.push(b.left());
        } else if (x instanceof Expr.Call c) {
            for (int i = c.args().size() - 1; i >= 0; i--) stack.push(c.args().get(i));
        }
    }

    private static long sat(long a, long b) {
        long r = a + b;
        return r < 0 ? Long.MAX_VALUE : r;
    }

    /** Every name used in {@code e}, in order of first appearance (left to right); iterative. */
    public static Set<String> namesIn(Expr e) {
        Set<String> out = new LinkedHashSet<>();
        Deque<Expr> stack = new ArrayDeque<>();
        stack.push(e);
        while (!stack.isEmpty()) {
            Expr x = stack.pop();
            if (x instanceof Expr.Var v) out.add(v.name());
            else children(x, stack);
        }
        return out;
    }

    @Override
    public String toString() { return source; }
}
