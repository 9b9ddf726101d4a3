package org.chainrule.expr;

/**
 * One statement: {@code name = expr}, or a bare {@code expr} (then {@code name} is null).
 * {@code offset} is where the statement starts in the source.
 */
public record Statement(String name, Expr expr, int offset) {

    public boolean isNamed() { return name != null; }
}
