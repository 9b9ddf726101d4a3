package org.chainrule.expr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Recursive descent, one method per precedence level, loosest first:
 * <pre>
 * program   = statement { SEP statement }
 * statement = NAME '=' sum | sum
 * sum       = product { ('+' | '-') product }
 * product   = unary { ('*' | '/') unary }
 * unary     = ('-' | '+') unary | power
 * power     = primary [ '^' unary ]          (right-associative, so -x^2 = -(x^2), 2^-x works)
 * primary   = NUMBER | NAME '(' args ')' | NAME | '(' sum ')'
 * </pre>
 * Errors are reported where they happen, with the offending token's position.
 */
public final class Parser {

    /** Deeper nesting than this is refused with a message rather than risking the stack. */
    public static final int MAX_DEPTH = 50_000;

    private final String src;
    private final List<Token> tokens;
    private int pos;
    private int depth;

    private Parser(String src, List<Token> tokens) {
        this.src = src;
        this.tokens = tokens;
    }

    /** Parses and checks a whole program. */
    public static Program parse(String source) throws ProgramException {
        Parser p = new Parser(source, Lexer.tokenize(source));
        try {
            return p.program();
        } catch (StackOverflowError e) {
            throw new ProgramException(new Diagnostic(
                    "the program is nested too deeply to parse on this stack (" + p.depth + " levels)",
                    p.peek().offset(), 1), source);
        }
    }

    /** Parses a single expression (no statements); used for round-trip checks and derivative text. */
    public static Expr parseExpression(String source) throws ProgramException {
        Program prog = parse(source);
        if (prog.statements().size() != 1 || prog.statements().get(0).isNamed()) {
            throw new ProgramException(new Diagnostic("expected a single expression", 0, source.length()), source);
        }
        return prog.statements().get(0).expr();
    }

    private Program program() throws ProgramException {
        List<Statement> statements = new ArrayList<>();
        skipSeparators();
        if (peek().kind() == TokenKind.END) throw error(peek(), "the program is empty: type a function such as (x + y) * z");
        while (peek().kind() != TokenKind.END) {
            statements.add(statement());
            if (peek().kind() != TokenKind.END && peek().kind() != TokenKind.SEPARATOR) {
                Token t = peek();
                if (t.kind() == TokenKind.NAME || t.kind() == TokenKind.NUMBER || t.kind() == TokenKind.LPAREN) {
                    throw error(t, "missing operator before '" + t.text() + "' (write * for multiplication)");
                }
                if (t.kind() == TokenKind.RPAREN) throw error(t, "unmatched ')'");
                throw error(t, "unexpected " + t.kind().describe());
            }
            skipSeparators();
        }
        check(statements);
        return new Program(statements, src);
    }

    private Statement statement() throws ProgramException {
        Token first = peek();
        if (first.kind() == TokenKind.NAME && tokens.get(pos + 1).kind() == TokenKind.EQUALS) {
            if (Func.byName(first.text()).isPresent() || first.text().equals("pow")) {
                throw error(first, "'" + first.text() + "' is a function and cannot be bound as a name");
            }
            pos += 2;
            if (peek().kind() == TokenKind.SEPARATOR || peek().kind() == TokenKind.END) {
                throw error(peek(), "expected an expression after '" + first.text() + " ='");
            }
            return new Statement(first.text(), sum(), first.offset());
        }
        return new Statement(null, sum(), first.offset());
    }

    private Expr sum() throws ProgramException {
        Expr left = product();
        while (true) {
            TokenKind k = peek().kind();
            if (k == TokenKind.PLUS) { pos++; left = Expr.add(left, product()); }
            else if (k == TokenKind.MINUS) { pos++; left = Expr.sub(left, product()); }
            else return left;
        }
    }

    private Expr product() throws ProgramException {
        Expr left = unary();
        while (true) {
            TokenKind k = peek().kind();
            if (k == TokenKind.STAR) { pos++; left = Expr.mul(left, unary()); }
            else if (k == TokenKind.SLASH) { pos++; left = Expr.div(left, unary()); }
            else return left;
        }
    }

    private Expr unary() throws ProgramException {
        Token t = peek();
        if (t.kind() == TokenKind.MINUS || t.kind() == TokenKind.PLUS) {
            enter(t);
            pos++;
            Expr arg = unary();
            depth--;
            if (t.kind() == TokenKind.PLUS) return arg;
            return new Expr.Neg(arg);
        }
        return power();
    }

    private Expr power() throws ProgramException {
        Expr base = primary();
        if (peek().kind() == TokenKind.CARET) {
            Token op = peek();
            enter(op);
            pos++;
            Expr exponent = unary();
            depth--;
            return Expr.pow(base, exponent);
        }
        return base;
    }

    private Expr primary() throws ProgramException {
        Token t = peek();
        switch (t.kind()) {
            case NUMBER -> {
                pos++;
                return Expr.num(Double.parseDouble(t.text()));
            }
            case NAME -> {
                pos++;
                if (peek().kind() == TokenKind.LPAREN) return call(t);
                if (Func.byName(t.text()).isPresent() || t.text().equals("pow")) {
                    throw error(t, "'" + t.text() + "' is a function: write " + t.text() + "(...)");
                }
                return Expr.var(t.text());
            }
            case LPAREN -> {
                enter(t);
                pos++;
                Expr inner = sum();
                expect(TokenKind.RPAREN, "expected ')' to close the '(' at column " + column(t));
                depth--;
                return inner;
            }
            case END -> throw error(t, "the expression ends too early: expected a number, a name or '('");
            case SEPARATOR -> throw error(t, "the statement ends too early: expected a number, a name or '('");
            case RPAREN -> throw error(t, "expected an expression before ')'");
            default -> throw error(t, "expected a number, a name or '(' but found " + t.kind().describe());
        }
    }

    private Expr call(Token name) throws ProgramException {
        Token open = peek();
        enter(open);
        pos++;
        List<Expr> args = new ArrayList<>();
        if (peek().kind() != TokenKind.RPAREN) {
            args.add(sum());
            while (peek().kind() == TokenKind.COMMA) {
                pos++;
                args.add(sum());
            }
        }
        expect(TokenKind.RPAREN, "expected ')' or ',' in the call of " + name.text() + " opened at column " + column(open));
        depth--;
        String n = name.text();
        if (n.equals("pow")) {
            arity(name, 2, args.size());
            return Expr.pow(args.get(0), args.get(1));
        }
        Func f = Func.byName(n).orElseThrow(() -> error(name,
                "unknown function '" + n + "'; did you mean " + Func.nearest(n) + "?"));
        arity(name, f.arity(), args.size());
        return new Expr.Call(f, args);
    }

    private void arity(Token name, int expected, int got) throws ProgramException {
        if (expected != got) {
            throw new ProgramException(new Diagnostic(name.text() + " takes " + expected
                    + (expected == 1 ? " argument" : " arguments") + " but was given " + got,
                    name.offset(), name.length()), src);
        }
    }

    /** Names bound twice, self reference, use before definition, unused bare statements. */
    private void check(List<Statement> statements) throws ProgramException {
        Map<String, Statement> bound = new HashMap<>();
        for (Statement s : statements) if (s.isNamed() && !bound.containsKey(s.name())) bound.put(s.name(), s);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < statements.size(); i++) {
            Statement s = statements.get(i);
            if (!s.isNamed() && i < statements.size() - 1) {
                throw new ProgramException(new Diagnostic("this statement's value is never used: give it a name"
                        + " (q = ...) or make it the last statement", s.offset(), 1), src);
            }
            if (s.isNamed() && seen.contains(s.name())) {
                throw new ProgramException(new Diagnostic("'" + s.name() + "' is bound twice; each name may be bound once",
                        s.offset(), s.name().length()), src);
            }
            for (String used : Program.namesIn(s.expr())) {
                if (s.isNamed() && used.equals(s.name())) {
                    throw new ProgramException(new Diagnostic("'" + used + "' is defined in terms of itself",
                            s.offset(), used.length()), src);
                }
                if (bound.containsKey(used) && !seen.contains(used)) {
                    throw new ProgramException(new Diagnostic("'" + used + "' is used before its definition at line "
                            + new Diagnostic("", bound.get(used).offset(), 1).line(src)
                            + ", column " + column(bound.get(used).offset()), s.offset(), 1), src);
                }
            }
            if (s.isNamed()) seen.add(s.name());
        }
    }

    private void enter(Token t) throws ProgramException {
        if (++depth > MAX_DEPTH) throw error(t, "the program is nested more than " + MAX_DEPTH + " levels deep");
    }

    private void skipSeparators() {
        while (peek().kind() == TokenKind.SEPARATOR) pos++;
    }

    private Token peek() {
        return tokens.get(Math.min(pos, tokens.size() - 1));
    }

    private void expect(TokenKind kind, String message) throws ProgramException {
        if (peek().kind() != kind) throw error(peek(), message);
        pos++;
    }

    private int column(Token t) {
        return column(t.offset());
    }

    private int column(int offset) {
        return new Diagnostic("", offset, 1).column(src);
    }

    private ProgramException error(Token t, String message) {
        return new ProgramException(new Diagnostic(message, t.offset(), Math.max(1, t.length())), src);
    }
}
