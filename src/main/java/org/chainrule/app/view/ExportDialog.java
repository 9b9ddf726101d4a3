package org.chainrule.app.view;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import org.chainrule.app.paint.ExportSettings;
import org.chainrule.app.paint.ExportSettings.Format;
import org.chainrule.app.paint.ExportSettings.Show;

/** Asks where and how to export the picture: file, format, variant, theme and (for PNG) scale. */
public final class ExportDialog extends Dialog<ExportDialog.Request> {

    /** The user's answer. */
    public record Request(Path file, ExportSettings settings) {}

    public static final ButtonType EXPORT = new ButtonType("Export", ButtonBar.ButtonData.OK_DONE);

    private final TextField file = new TextField();
    private final ComboBox<Format> format = new ComboBox<>();
    private final ComboBox<String> variant = new ComboBox<>();
    private final ComboBox<String> theme = new ComboBox<>();
    private final Spinner<Integer> scale = new Spinner<>(1, 4, 2);
    private final javafx.scene.control.CheckBox caption = new javafx.scene.control.CheckBox("Write the function under the graph");
    private final String captionLatex;

    /** {@code captionLatex}: the function as LaTeX for the caption, or null when there is none. */
    public ExportDialog(Window owner, Prompts prompts, Path suggested, String currentTheme, int precision, String captionLatex) {
        this.captionLatex = captionLatex;
        if (owner != null) initOwner(owner);
        setTitle("Export picture");
        setHeaderText("Export the picture for a slide or an exercise sheet");
        file.setId("export-file");
        file.setText(suggested.toString());
        file.setPrefColumnCount(34);
        Button browse = new Button("Browse…");
        browse.setOnAction(e -> {
            Format f = format.getValue();
            Path p = prompts.chooseSave(getOwner(), Paths.get(file.getText()).getFileName().toString(),
                    f.name() + " files", "*." + f.extension);
            if (p != null) file.setText(p.toString());
        });
        format.getItems().setAll(Format.values());
        format.setId("export-format");
        format.setValue(Optional.ofNullable(Format.of(suggested)).orElse(Format.PNG));
        format.valueProperty().addListener((o, was, now) -> file.setText(withExtension(file.getText(), now)));
        file.textProperty().addListener((o, was, now) -> {
            try {
                Format f = Format.of(Paths.get(now));
                if (f != null && f != format.getValue()) format.setValue(f);
            } catch (java.nio.file.InvalidPathException e) {
                // the export button reports it
            }
            scale.setDisable(format.getValue() != Format.PNG);
        });
        variant.getItems().setAll("All numbers (answer key)", "Forward values only (backward exercise)", "No numbers (worksheet)");
        variant.setValue(variant.getItems().get(0));
        variant.setId("export-variant");
        theme.getItems().setAll("light", "dark", "projector", "print", "colorblind");
        theme.setValue(currentTheme);
        theme.setId("export-theme");
        scale.setId("export-scale");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        HBox fileRow = new HBox(6, file, browse);
        HBox.setHgrow(file, Priority.ALWAYS);
        grid.addRow(0, new Label("File"), fileRow);
        grid.addRow(1, new Label("Format"), format);
        grid.addRow(2, new Label("Variant"), variant);
        grid.addRow(3, new Label("Theme"), theme);
        grid.addRow(4, new Label("PNG scale"), scale);
        caption.setId("export-caption");
        caption.setDisable(captionLatex == null);
        grid.addRow(5, new Label("Caption"), caption);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().setAll(EXPORT, ButtonType.CANCEL);
        setResultConverter(b -> b == EXPORT ? request(precision) : null);
    }

    private Request request(int precision) {
        Show show = Show.values()[variant.getItems().indexOf(variant.getValue())];
        ExportSettings s = new ExportSettings(format.getValue(), show, theme.getValue(), precision, scale.getValue(),
                caption.isSelected() ? captionLatex : null);
        return new Request(Paths.get(withExtension(file.getText().strip(), format.getValue())), s);
    }

    /** {@code name} with the extension of {@code f}, replacing another export extension. */
    static String withExtension(String name, Format f) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (Format g : Format.values()) {
            if (lower.endsWith("." + g.extension)) return name.substring(0, name.length() - g.extension.length()) + f.extension;
        }
        return name + "." + f.extension;
    }
}
