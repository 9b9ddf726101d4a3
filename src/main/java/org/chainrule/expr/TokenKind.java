package org.chainrule.expr;

/** Kinds of tokens. */
public enum TokenKind {
    NUMBER, NAME, PLUS, MINUS, STAR, SLASH, CARET, LPAREN, RPAREN, COMMA, EQUALS, SEPARATOR, END;

    /** How a user would recognise the token in a message. */
    public String describe() {
        return switch (this) {
            case NUMBER -> "a number";
            case NAME -> "a name";
            case PLUS -> "'+'";
            case MINUS -> "'-'";
            case STAR -> "'*'";
            case SLASH -> "'/'";
            case CARET -> "'^'";
            case LPAREN -> "'('";
            case RPAREN -> "')'";
            case COMMA -> "','";
            case EQUALS -> "'='";
            case SEPARATOR -> "';' or a new line";
            case END -> "the end of the program";
        };
    }
}
