package org.chainrule.app.view;

import java.io.File;
import java.nio.file.Path;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** {@link Prompts} with JavaFX's file choosers and alerts. */
public final class FxPrompts implements Prompts {

    private File lastFolder;

    @Override
    public Path chooseOpen(Window owner) {
        FileChooser fc = chooser("Open a Chainrule document");
        fc.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Chainrule documents", "*.chainrule.json", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        return remember(fc.showOpenDialog(owner));
    }

    @Override
    public Path chooseSave(Window owner, String suggestedName, String description, String... extensions) {
        FileChooser fc = chooser("Save");
        fc.setInitialFileName(suggestedName);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, extensions));
        return remember(fc.showSaveDialog(owner));
    }

    @Override
    public void error(Window owner, String title, String message) {
        alert(Alert.AlertType.ERROR, owner, title, message);
    }

    @Override
    public void info(Window owner, String title, String message) {
        alert(Alert.AlertType.INFORMATION, owner, title, message);
    }

    @Override
    public Unsaved confirmUnsaved(Window owner, String name) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "", save, discard, ButtonType.CANCEL);
        a.initOwner(owner);
        a.setTitle("Unsaved changes");
        a.setHeaderText(name + " has unsaved changes.");
        a.setContentText("Save them before closing?");
        ButtonType answer = a.showAndWait().orElse(ButtonType.CANCEL);
        return answer == save ? Unsaved.SAVE : answer == discard ? Unsaved.DISCARD : Unsaved.CANCEL;
    }

    private void alert(Alert.AlertType type, Window owner, String title, String message) {
        Alert a = new Alert(type);
        if (owner != null) a.initOwner(owner);
        a.setTitle(title);
        a.setHeaderText(title);
        Label text = new Label(message);
        text.setWrapText(true);
        text.setId("alert-message");
        a.getDialogPane().setContent(text);
        a.getDialogPane().setMinWidth(420);
        a.showAndWait();
    }

    private FileChooser chooser(String title) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        if (lastFolder != null && lastFolder.isDirectory()) fc.setInitialDirectory(lastFolder);
        return fc;
    }

    private Path remember(File f) {
        if (f == null) return null;
        lastFolder = f.getParentFile();
        return f.toPath();
    }
}
