package org.chainrule.app.model;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.UnaryOperator;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.chainrule.doc.Document;
import org.chainrule.doc.DocumentException;
import org.chainrule.doc.DocumentIO;

/**
 * The open document: its content, the file it came from (null for an example or a new document),
 * whether it has unsaved changes, and an undo history of its versions.
 */
public final class DocumentSession {

    private static final int HISTORY = 200;

    private final ReadOnlyObjectWrapper<Document> document = new ReadOnlyObjectWrapper<>(this, "document");
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty", false);
    private final Deque<Document> undo = new ArrayDeque<>();
    private final Deque<Document> redo = new ArrayDeque<>();
    private final StringBinding title;

    public DocumentSession(Document initial) {
        document.set(initial);
        title = Bindings.createStringBinding(this::computeTitle, document, file, dirty);
    }

    public ReadOnlyObjectProperty<Document> documentProperty() { return document.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<Path> fileProperty() { return file.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty dirtyProperty() { return dirty.getReadOnlyProperty(); }

    public Document document() { return document.get(); }

    public Path file() { return file.get(); }

    public boolean isDirty() { return dirty.get(); }

    /** The window title: {@code *ex1.chainrule.json — Chainrule}, the star while there are unsaved changes. */
    public StringBinding titleBinding() { return title; }

    /** The document's name: its file name, or its title when it has no file. */
    public String name() {
        return file.get() != null ? file.get().getFileName().toString() : document.get().title();
    }

    private String computeTitle() {
        return (dirty.get() ? "*" : "") + name() + " — Chainrule";
    }

    /** Changes the document (an edit): recorded for undo and marks it dirty. No-op when nothing changes. */
    public void edit(UnaryOperator<Document> change) {
        Document before = document.get();
        Document after = change.apply(before);
        if (after.equals(before)) return;
        undo.push(before);
        while (undo.size() > HISTORY) undo.removeLast();
        redo.clear();
        document.set(after);
        dirty.set(true);
    }

    public boolean canUndo() { return !undo.isEmpty(); }

    public boolean canRedo() { return !redo.isEmpty(); }

    public void undo() {
        if (undo.isEmpty()) return;
        redo.push(document.get());
        document.set(undo.pop());
        dirty.set(true);
    }

    public void redo() {
        if (redo.isEmpty()) return;
        undo.push(document.get());
        document.set(redo.pop());
        dirty.set(true);
    }

    /** Replaces the whole document (an example, a new document): clean, no file, fresh history. */
    public void replace(Document doc) {
        undo.clear();
        redo.clear();
        file.set(null);
        document.set(doc);
        dirty.set(false);
    }

    /**
     * Opens {@code path}. On failure the exception's message says why in words, and the open document,
     * its file and its history stay exactly as they were.
     */
    public void open(Path path) throws DocumentException {
        Document doc = DocumentIO.read(path);
        undo.clear();
        redo.clear();
        document.set(doc);
        file.set(path);
        dirty.set(false);
    }

    /** Saves to the current file; false when there is none (the caller asks for one). */
    public boolean save() throws DocumentException {
        if (file.get() == null) return false;
        DocumentIO.write(document.get(), file.get());
        dirty.set(false);
        return true;
    }

    /** Saves atomically to {@code path}, which becomes the document's file. */
    public void saveAs(Path path) throws DocumentException {
        DocumentIO.write(document.get(), path);
        file.set(path);
        dirty.set(false);
    }
}
