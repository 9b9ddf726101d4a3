package org.chainrule.app.view;

import java.nio.file.Path;
import javafx.stage.Window;

/**
 * The questions the window asks its user: files to open and save, messages, unsaved changes.
 * Behind an interface so that tests answer them without native dialogs.
 */
public interface Prompts {

    enum Unsaved { SAVE, DISCARD, CANCEL }

    /** A document to open, or null when the user cancels. */
    Path chooseOpen(Window owner);

    /** Where to save, or null; {@code extensions} like {@code "*.png"}. */
    Path chooseSave(Window owner, String suggestedName, String description, String... extensions);

    void error(Window owner, String title, String message);

    void info(Window owner, String title, String message);

    /** The document {@code name} has unsaved changes: save them, discard them, or cancel? */
    Unsaved confirmUnsaved(Window owner, String name);
}
