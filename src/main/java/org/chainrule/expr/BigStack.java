package org.chainrule.expr;

import java.util.concurrent.Callable;

/**
 * Runs work that recurses over syntax trees on a thread with a large stack, so that programs nested
 * thousands of levels deep (or 100,000-gate chains, which parse into trees as deep) work instead of
 * overflowing the default 1 MB stack. The stack is only reserved address space until it is used.
 */
public final class BigStack {

    /** 2 GB of stack: enough for a tree several million nodes deep. */
    public static final long SIZE = 2L << 30;

    private BigStack() {}

    public static <T> T call(Callable<T> work) throws Exception {
        return call(work, SIZE);
    }

    /** Runs {@code work} on a thread with {@code stackBytes} of stack and returns its result or rethrows. */
    public static <T> T call(Callable<T> work, long stackBytes) throws Exception {
        Object[] result = new Object[1];
        Throwable[] failure = new Throwable[1];
        Thread t = new Thread(null, () -> {
            try {
                result[0] = work.call();
            } catch (Throwable e) {
                failure[0] = e;
            }
        }, "chainrule-deep", stackBytes);
        t.start();
        t.join();
        if (failure[0] instanceof Exception e) throw e;
        if (failure[0] instanceof Error e) throw e;
        @SuppressWarnings("unchecked") T r = (T) result[0];
        return r;
    }
}
