package org.chainrule.cli;

/** A mistake in what the user typed: reported in one message, exit code 2, no stack trace. */
public final class UserError extends RuntimeException {

    public UserError(String message) {
        super(message, null, false, false);
    }
}
