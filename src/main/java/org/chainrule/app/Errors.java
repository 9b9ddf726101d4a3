package org.chainrule.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import javafx.application.Platform;
import javafx.scene.control.Alert;

/**
 * The last line of defence: an exception nobody caught becomes a plain message in a dialog, never a
 * stack trace. The details go to {@code ~/.chainrule/chainrule.log} for a bug report.
 */
final class Errors {

    private static boolean showing;

    private Errors() {}

    static void install() {
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> report(e));
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> report(e));
    }

    static void report(Throwable e) {
        Path log = write(e);
        String text = "Something went wrong: " + describe(e) + "\n\nYour document is still open; saving it now is a good idea."
                + (log != null ? "\nDetails for a bug report are in " + log + "." : "");
        if (Platform.isFxApplicationThread()) show(text);
        else Platform.runLater(() -> show(text));
    }

    static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        if (root instanceof OutOfMemoryError) return "Chainrule ran out of memory (the program may be too large).";
        if (root instanceof StackOverflowError) return "the program is nested too deeply.";
        String m = root.getMessage();
        return m == null || m.isBlank() ? "an internal error (" + root.getClass().getSimpleName() + ")." : m;
    }

    private static void show(String text) {
        if (showing) return;
        showing = true;
        try {
            Alert a = new Alert(Alert.AlertType.ERROR, text);
            a.setHeaderText("Chainrule hit a problem");
            a.showAndWait();
        } catch (RuntimeException ignored) {
            // nothing more can be done without a window
        } finally {
            showing = false;
        }
    }

    private static Path write(Throwable e) {
        try {
            Path dir = Paths.get(System.getProperty("user.home"), ".chainrule");
            Files.createDirectories(dir);
            Path log = dir.resolve("chainrule.log");
            StringWriter sw = new StringWriter();
            e.printStackTrace(new PrintWriter(sw));
            Files.writeString(log, LocalDateTime.now() + "\n" + sw + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            return log;
        } catch (IOException | RuntimeException ex) {
            return null;
        }
    }
}
