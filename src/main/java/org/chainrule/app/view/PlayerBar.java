package org.chainrule.app.view;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.chainrule.app.model.StepPlayer;

/**
 * The step player's controls and the narration line. The timer that plays steps lives here; the
 * state it drives is the {@link StepPlayer}.
 */
public final class PlayerBar extends VBox {

    private final StepPlayer player;
    private final Label narration = new Label();
    private final Label phase = new Label();
    private final Button play = button("Play", "play-pause", "Play or pause (P)");
    private Timeline timer;

    public PlayerBar(StepPlayer player) {
        this.player = player;
        getStyleClass().add("player-bar");
        Button reset = button("|◀ Start", "reset", "Back to the start (Home)");
        Button prev = button("◀", "previous", "Previous step (Left, PageUp)");
        Button next = button("▶", "next", "Next step (Right, Space, PageDown)");
        Button endFwd = button("End of forward", "end-forward", "Jump to the end of the forward pass (F)");
        Button endBwd = button("End ▶|", "end-backward", "Jump to the end of the backward pass (End)");
        reset.setOnAction(e -> player.reset());
        prev.setOnAction(e -> player.previous());
        next.setOnAction(e -> player.next());
        play.setOnAction(e -> player.togglePlay());
        endFwd.setOnAction(e -> player.endForward());
        endBwd.setOnAction(e -> player.endBackward());
        Slider speed = new Slider(0.25, 6, player.speedProperty().get());
        speed.setId("speed");
        speed.setFocusTraversable(false);
        speed.setPrefWidth(120);
        speed.setTooltip(new Tooltip("Steps per second while playing"));
        player.speedProperty().bind(speed.valueProperty());
        speed.valueProperty().addListener((o, a, b) -> {
            if (player.playingProperty().get()) restartTimer();
        });
        phase.setId("phase");
        phase.getStyleClass().add("phase");
        phase.setMinWidth(120);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox controls = new HBox(6, reset, prev, play, next, endFwd, endBwd, phase, grow, new Label("speed"), speed);
        controls.setAlignment(Pos.CENTER_LEFT);
        narration.setId("narration");
        narration.getStyleClass().add("narration");
        narration.setWrapText(true);
        narration.setMaxWidth(Double.MAX_VALUE);
        getChildren().addAll(controls, narration);
        player.playingProperty().addListener((o, was, is) -> {
            play.setText(is ? "Pause" : "Play");
            if (is) restartTimer();
            else if (timer != null) timer.stop();
        });
        player.positionProperty().addListener((o, a, b) -> phase.setText(player.phase()));
        player.revisionProperty().addListener((o, a, b) -> phase.setText(player.phase()));
        phase.setText(player.phase());
    }

    public Label narration() { return narration; }

    private void restartTimer() {
        if (timer != null) timer.stop();
        timer = new Timeline(new KeyFrame(Duration.seconds(1 / Math.max(0.1, player.speedProperty().get())), e -> player.next()));
        timer.setCycleCount(Timeline.INDEFINITE);
        timer.play();
    }

    private static Button button(String text, String id, String tip) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setFocusTraversable(false);
        b.getStyleClass().add("player-button");
        return b;
    }
}
