package org.chainrule.app.view;

import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.util.Duration;
import org.chainrule.expr.ProgramException;

/**
 * The program editor: Enter (or a pause in typing) runs the program; Shift+Enter starts a new line.
 * A program that does not run gets a red underline at the problem and the explanation below.
 */
public final class EditorPane extends VBox {

    /** How long typing must pause before the program runs. */
    public static final Duration PAUSE = Duration.millis(450);

    private final TextArea area = new TextArea();
    private final Pane overlay = new Pane();
    private final Label message = new Label();
    private final PauseTransition pause = new PauseTransition(PAUSE);
    private final Consumer<String> onRun;
    private boolean setting;
    private ProgramException error;

    public EditorPane(Consumer<String> onRun) {
        this.onRun = onRun;
        getStyleClass().add("editor-pane");
        area.setId("program-editor");
        area.setPrefRowCount(2);
        area.setWrapText(false);
        area.setPromptText("Type a function, e.g. (x + y) * z   —   Enter runs it, Shift+Enter adds a line");
        area.getStyleClass().add("program-editor");
        overlay.setMouseTransparent(true);
        overlay.setManaged(true);
        StackPane stack = new StackPane(area, overlay);
        message.setId("program-error");
        message.getStyleClass().add("program-error");
        message.setWrapText(true);
        message.setVisible(false);
        message.setManaged(false);
        getChildren().addAll(stack, message);
        pause.setOnFinished(e -> run());
        area.textProperty().addListener((obs, was, now) -> {
            if (!setting) pause.playFromStart();
        });
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShiftDown()) {
                e.consume();
                run();
            } else if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                area.insertText(area.getCaretPosition(), "\n");
            }
        });
        area.scrollTopProperty().addListener((o, a, b) -> underline());
        area.scrollLeftProperty().addListener((o, a, b) -> underline());
        area.widthProperty().addListener((o, a, b) -> underline());
    }

    public TextArea area() { return area; }

    /** Runs the text now (Enter). */
    public void run() {
        pause.stop();
        onRun.accept(area.getText());
    }

    /** Shows {@code text} without running it (a document was opened, an edit undone). */
    public void setText(String text) {
        if (text.equals(area.getText())) return;
        pause.stop();
        setting = true;
        try {
            area.setText(text);
        } finally {
            setting = false;
        }
    }

    /** Shows the problem (or clears it when null). */
    public void showError(ProgramException e) {
        this.error = e;
        boolean on = e != null;
        message.setText(on ? e.render() : "");
        message.setVisible(on);
        message.setManaged(on);
        area.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("error"), on);
        Platform.runLater(this::underline);
    }

    private void underline() {
        overlay.getChildren().clear();
        if (error == null) return;
        Node n = area.lookup(".text");
        if (!(n instanceof Text)) return;
        Text t = (Text) n;
        int len = area.getLength();
        int start = Math.min(error.diagnostic().offset(), len);
        int end = Math.min(start + error.diagnostic().length(), len);
        PathElement[] shape = end > start ? t.rangeShape(start, end) : t.caretShape(start, true);
        if (shape == null || shape.length == 0) return;
        Bounds local = new Path(shape).getBoundsInLocal();
        Bounds b = overlay.sceneToLocal(t.localToScene(local));
        if (b == null) return;
        double w = Math.max(b.getWidth(), 8);
        Rectangle line = new Rectangle(b.getMinX(), b.getMaxY() - 1, w, 2.5);
        line.getStyleClass().add("error-underline");
        line.setId("error-underline");
        overlay.getChildren().add(line);
    }
}
