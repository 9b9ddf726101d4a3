package org.chainrule.expr;

/** One token with its position in the source (0-based offset and length). */
public record Token(TokenKind kind, String text, int offset, int length) {}
