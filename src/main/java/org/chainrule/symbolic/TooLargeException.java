package org.chainrule.symbolic;

/**
 * An analytic derivative was not computed because the expression, written out as one tree, would be too
 * large to expand or to print. The message is meant for the user as it stands, for example
 * {@code analytic derivative skipped: program too large to expand (25000 nodes, limit 20000)}.
 */
public final class TooLargeException extends IllegalArgumentException {

    private final long size;
    private final long limit;

    /**
     * @param reason what is too large, in words ("program too large to expand")
     * @param size the measured size
     * @param unit what {@code size} counts ("nodes")
     * @param limit the limit that {@code size} exceeds
     */
    public TooLargeException(String reason, long size, String unit, long limit) {
        super("analytic derivative skipped: " + reason + " (" + size + " " + unit + ", limit " + limit + ")");
        this.size = size;
        this.limit = limit;
    }

    /** The size that was found (saturates at Long.MAX_VALUE). */
    public long size() { return size; }

    public long limit() { return limit; }
}
