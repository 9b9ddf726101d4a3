package org.chainrule.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.stage.Window;
import org.chainrule.app.view.Prompts;

/** Answers the window's questions in tests, and records the messages it shows. */
public final class RecordingPrompts implements Prompts {

    public Path nextOpen;
    public Path nextSave;
    public Unsaved unsaved = Unsaved.CANCEL;
    public final List<String> errors = new ArrayList<>();
    public final List<String> infos = new ArrayList<>();
    public int unsavedAsked;

    @Override
    public Path chooseOpen(Window owner) { return nextOpen; }

    @Override
    public Path chooseSave(Window owner, String suggestedName, String description, String... extensions) { return nextSave; }

    @Override
    public void error(Window owner, String title, String message) { errors.add(title + ": " + message); }

    @Override
    public void info(Window owner, String title, String message) { infos.add(title + ": " + message); }

    @Override
    public Unsaved confirmUnsaved(Window owner, String name) {
        unsavedAsked++;
        return unsaved;
    }
}
