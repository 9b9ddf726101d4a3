package org.chainrule.doc;

/** A document that cannot be read or written; the message says why in words a user understands. */
public final class DocumentException extends Exception {

    public DocumentException(String message) {
        super(message, null, false, false);
    }

    public DocumentException(String message, Throwable cause) {
        super(message, cause, false, false);
    }
}
