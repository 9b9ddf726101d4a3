package org.chainrule.expr;

import java.util.List;

/** The syntax tree of one expression. Immutable; equality is structural. */
public sealed interface Expr {

    /** A numeric literal such as {@code 2}, {@code 3.5} or {@code 1e-3}. */
    record Num(double value) implements Expr {}

    /** A named constant: {@code pi} or {@code e}. */
    record Const(String name, double value) implements Expr {}

    /** A name: an input variable or a reference to an intermediate bound by an earlier statement. */
    record Var(String name) implements Expr {}

    /** Unary minus. */
    record Neg(Expr arg) implements Expr {}

    /** {@code left op right}. */
    record Binary(BinOp op, Expr left, Expr right) implements Expr {}

    /** A function applied to its arguments. */
    record Call(Func func, List<Expr> args) implements Expr {
        public Call {
            args = List.copyOf(args);
        }
    }

    static Expr num(double v) { return new Num(v); }
    static Expr var(String name) { return new Var(name); }
    static Expr neg(Expr a) { return new Neg(a); }
    static Expr add(Expr a, Expr b) { return new Binary(BinOp.ADD, a, b); }
    static Expr sub(Expr a, Expr b) { return new Binary(BinOp.SUB, a, b); }
    static Expr mul(Expr a, Expr b) { return new Binary(BinOp.MUL, a, b); }
    static Expr div(Expr a, Expr b) { return new Binary(BinOp.DIV, a, b); }
    static Expr pow(Expr a, Expr b) { return new Binary(BinOp.POW, a, b); }
    static Expr call(Func f, Expr... args) { return new Call(f, List.of(args)); }
}
