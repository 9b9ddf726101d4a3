package org.chainrule;

import org.chainrule.cli.Cli;

/**
 * The jar's main class. With no arguments it opens the window; with a subcommand ({@code eval},
 * {@code export}, ...) it runs the command line and never loads JavaFX, so it works headless.
 * The window is started through reflection so that this class does not extend or link JavaFX's
 * {@code Application} (a main class that does cannot start with JavaFX on the class path).
 */
public final class Launcher {

    /**
     * JavaFX warns "Unsupported JavaFX configuration: classes were loaded from 'unnamed module'" when it
     * runs from the class path, as it does from this jar; it works, and users need not read that.
     * The logger is held here so that its level is not lost to garbage collection.
     */
    private static final java.util.logging.Logger JAVAFX_STARTUP =
            java.util.logging.Logger.getLogger("javafx");

    private Launcher() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || args[0].endsWith(".chainrule.json")) {
            var child = FastStart.run(args);
            if (child.isPresent()) System.exit(child.get());
            openWindow(args);
            return;
        }
        System.exit(Cli.run(args));
    }

    /** Starts the window; if it cannot open (no display, say), explains that instead of a stack trace. */
    private static void openWindow(String[] args) {
        JAVAFX_STARTUP.setLevel(java.util.logging.Level.SEVERE);
        try {
            Class.forName("org.chainrule.app.ChainruleApp").getMethod("main", String[].class).invoke(null, (Object) args);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            Throwable cause = e instanceof java.lang.reflect.InvocationTargetException && e.getCause() != null ? e.getCause() : e;
            while (cause.getCause() != null && cause.getMessage() == null) cause = cause.getCause();
            String why = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
            System.err.println("error: the Chainrule window cannot open: " + why);
            System.err.println("(the command line works without a display: java -jar chainrule.jar eval \"(x + y) * z\" --at x=-2,y=5,z=-4)");
            System.exit(1);
        }
    }
}
