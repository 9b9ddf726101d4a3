package org.chainrule.expr;

/** A program that cannot be evaluated as written. Carries the diagnostic that says why and where. */
public final class ProgramException extends Exception {

    private final transient Diagnostic diagnostic;
    private final String source;

    public ProgramException(Diagnostic diagnostic, String source) {
        super(diagnostic.message(), null, false, false);
        this.diagnostic = diagnostic;
        this.source = source;
    }

    public Diagnostic diagnostic() { return diagnostic; }

    public String source() { return source; }

    /** The message with column and caret, ready to show a user. */
    public String render() { return diagnostic.render(source); }
}
