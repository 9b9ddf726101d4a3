package org.chainrule.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What the last-resort dialog says: the root cause in words, never a stack trace. */
class ErrorsTest {

    @Test
    void theRootCauseMessage() {
        assertEquals("disk full", Errors.describe(new RuntimeException("wrapper", new java.io.IOException("disk full"))));
    }

    @Test
    void aCauseWithoutMessageIsNamed() {
        assertEquals("an internal error (NullPointerException).", Errors.describe(new NullPointerException()));
    }

    @Test
    void memoryAndStack() {
        assertEquals("Chainrule ran out of memory (the program may be too large).", Errors.describe(new OutOfMemoryError()));
        assertEquals("the program is nested too deeply.", Errors.describe(new StackOverflowError()));
    }
}
