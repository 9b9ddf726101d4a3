package org.chainrule.expr;

/** Binary operators, with their precedence (higher binds tighter). */
public enum BinOp {
    ADD("+", 1), SUB("-", 1), MUL("*", 2), DIV("/", 2), POW("^", 4);

    private final String symbol;
    private final int precedence;

    BinOp(String symbol, int precedence) {
        this.symbol = symbol;
        this.precedence = precedence;
    }

    public String symbol() { return symbol; }

    /** 1 for + and -, 2 for * and /, 4 for ^ (unary minus sits at 3). */
    public int precedence() { return precedence; }

    public boolean rightAssociative() { return this == POW; }
}
