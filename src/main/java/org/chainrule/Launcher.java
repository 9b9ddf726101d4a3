package org.chainrule;

import org.chainrule.cli.Cli;

/**
 * The jar's main class. With no arguments it opens the window; with a subcommand ({@code eval},
 * {@code export}, ...) it runs the command line and never loads JavaFX, so it works headless.
 * The window is started through reflection so that this class does not extend or link JavaFX's
 * {@code Application} (a main class that does cannot start with JavaFX on the class path).
 */
public final class Launcher {

    private Launcher() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            Class.forName("org.chainrule.app.ChainruleApp").getMethod("main", String[].class).invoke(null, (Object) args);
            return;
        }
        System.exit(Cli.run(args));
    }
}
