package org.chainrule.expr;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits program text into tokens. New lines and {@code ;} separate statements; {@code #} starts a
 * comment that runs to the end of the line. Typographic forms pasted from a PDF are accepted:
 * {@code × · ⋅} for {@code *}, {@code − –} for {@code -}, {@code ÷} for {@code /}, {@code **} for
 * {@code ^} and {@code σ} for {@code sigmoid}.
 */
public final class Lexer {

    private final String src;
    private int pos;

    private Lexer(String src) {
        this.src = src;
    }

    public static List<Token> tokenize(String source) throws ProgramException {
        return new Lexer(source).run();
    }

    private List<Token> run() throws ProgramException {
        List<Token> out = new ArrayList<>();
        while (pos < src.length()) {
            char c = src.charAt(pos);
            int start = pos;
            if (c == '\n' || c == ';') {
                out.add(new Token(TokenKind.SEPARATOR, String.valueOf(c), pos++, 1));
            } else if (Character.isWhitespace(c) || c == '\u00a0') {
                pos++;
            } else if (c == '#') {
                while (pos < src.length() && src.charAt(pos) != '\n') pos++;
            } else if (digit(c) || (c == '.' && pos + 1 < src.length() && digit(src.charAt(pos + 1)))) {
                out.add(number());
            } else if (Character.isLetter(c) || c == '_') {
                while (pos < src.length() && (Character.isLetter(src.charAt(pos)) || digit(src.charAt(pos)) || src.charAt(pos) == '_')) pos++;
                out.add(new Token(TokenKind.NAME, src.substring(start, pos), start, pos - start));
            } else if (c == '*' && pos + 1 < src.length() && src.charAt(pos + 1) == '*') {
                pos += 2;
                out.add(new Token(TokenKind.CARET, "**", start, 2));
            } else {
                TokenKind kind = switch (c) {
                    case '+' -> TokenKind.PLUS;
                    case '-', '\u2212', '\u2013' -> TokenKind.MINUS;
                    case '*', '\u00d7', '\u00b7', '\u22c5', '\u2217' -> TokenKind.STAR;
                    case '/', '\u00f7' -> TokenKind.SLASH;
                    case '^' -> TokenKind.CARET;
                    case '(' -> TokenKind.LPAREN;
                    case ')' -> TokenKind.RPAREN;
                    case ',' -> TokenKind.COMMA;
                    case '=' -> TokenKind.EQUALS;
                    default -> null;
                };
                if (kind == null) {
                    String shown = Character.isISOControl(c) ? String.format("U+%04X", (int) c) : "'" + c + "'";
                    throw new ProgramException(new Diagnostic("unexpected character " + shown, pos, 1), src);
                }
                pos++;
                out.add(new Token(kind, String.valueOf(c), start, 1));
            }
        }
        out.add(new Token(TokenKind.END, "", src.length(), 1));
        return out;
    }

    /** Only ASCII digits are digits: other scripts' digits are letters to us, not numbers. */
    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    private Token number() throws ProgramException {
        int start = pos;
        while (pos < src.length() && digit(src.charAt(pos))) pos++;
        if (pos < src.length() && src.charAt(pos) == '.') {
            pos++;
            while (pos < src.length() && digit(src.charAt(pos))) pos++;
        }
        if (pos < src.length() && (src.charAt(pos) == 'e' || src.charAt(pos) == 'E')) {
            int save = pos;
            pos++;
            if (pos < src.length() && (src.charAt(pos) == '+' || src.charAt(pos) == '-')) pos++;
            if (pos < src.length() && digit(src.charAt(pos))) {
                while (pos < src.length() && digit(src.charAt(pos))) pos++;
            } else {
                pos = save; // "2e" followed by something else: the number ends before the e
            }
        }
        String text = src.substring(start, pos);
        if (pos < src.length() && src.charAt(pos) == '.') {
            throw new ProgramException(new Diagnostic("a number has a second decimal point", pos, 1), src);
        }
        return new Token(TokenKind.NUMBER, text, start, pos - start);
    }
}
