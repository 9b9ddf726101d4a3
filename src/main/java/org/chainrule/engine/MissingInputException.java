package org.chainrule.engine;

/** An input variable was given no value. */
public final class MissingInputException extends Exception {

    private final String variable;

    public MissingInputException(String variable) {
        super("the variable '" + variable + "' has no value", null, false, false);
        this.variable = variable;
    }

    public String variable() { return variable; }
}
