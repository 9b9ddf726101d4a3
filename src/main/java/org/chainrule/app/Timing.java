package org.chainrule.app;

import java.time.Duration;
import java.time.Instant;

/** Start-up timing on standard error, only with {@code -Dchainrule.timing=true}. */
final class Timing {

    private Timing() {}

    static boolean enabled() {
        return Boolean.getBoolean("chainrule.timing");
    }

    static void firstFrame() {
        if (!enabled()) return;
        Instant start = ProcessHandle.current().info().startInstant().orElse(null);
        long sinceJvm = System.currentTimeMillis() - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
        String sinceProcess = start == null ? "?" : Long.toString(Duration.between(start, Instant.now()).toMillis());
        System.err.println("chainrule: first frame " + sinceProcess + " ms after process start (" + sinceJvm + " ms after JVM start)");
    }

    /** Logs how long {@code what} took, in milliseconds. */
    static void log(String what, long nanos) {
        if (enabled()) System.err.printf(java.util.Locale.ROOT, "chainrule: %s %.1f ms%n", what, nanos / 1e6);
    }
}
