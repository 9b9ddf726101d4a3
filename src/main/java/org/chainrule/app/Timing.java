package org.chainrule.app;


/** Start-up timing on standard error, only with {@code -Dchainrule.timing=true}. */
public final class Timing {

    private Timing() {}

    public static boolean enabled() {
        return Boolean.getBoolean("chainrule.timing");
    }

    /**
     * Reports the first frame: milliseconds since the JVM started and, when the launching script
     * passes {@code -Dchainrule.launchedAt=<epoch ms>}, since the launch (the figure a user feels).
     */
    static void firstFrame() {
        if (!enabled()) return;
        long now = System.currentTimeMillis();
        long sinceJvm = now - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
        String launched = System.getProperty("chainrule.launchedAt");
        String sinceLaunch = "?";
        if (launched != null) {
            try {
                sinceLaunch = Long.toString(now - Long.parseLong(launched.strip()));
            } catch (NumberFormatException e) {
                sinceLaunch = "?";
            }
        }
        System.err.println("chainrule: first frame " + sinceLaunch + " ms after launch (" + sinceJvm + " ms after JVM start)");
    }

    /** Logs {@code what} with the milliseconds since the JVM started. */
    public static void mark(String what) {
        if (!enabled()) return;
        long sinceJvm = System.currentTimeMillis() - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
        System.err.println("chainrule: " + what + " at " + sinceJvm + " ms after JVM start");
    }

    /** Logs how long {@code what} took, in milliseconds. */
    public static void log(String what, long nanos) {
        if (enabled()) System.err.printf(java.util.Locale.ROOT, "chainrule: %s %.1f ms%n", what, nanos / 1e6);
    }
}
