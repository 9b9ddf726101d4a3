package org.chainrule.app;

import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.chainrule.app.model.AppModel;
import org.chainrule.app.view.FxPrompts;
import org.chainrule.app.view.MainWindow;
import org.chainrule.doc.Document;
import org.chainrule.doc.Presets;

/**
 * The desktop application. {@code org.chainrule.Launcher} calls {@link #main} when the jar runs with
 * no arguments, or with a document to open ({@code java -jar chainrule.jar ex.chainrule.json}). Exercise 1 is read and run on a background thread while JavaFX starts, so the first
 * frame does not wait for it; formulas and the examples menu come after the first frame.
 * With {@code -Dchainrule.timing=true} the time to the first frame goes to standard error; with
 * {@code -Dchainrule.exitAfterFirstFrame=true} the window closes itself two seconds after it (for the
 * start-up benchmark and for writing a class-data sharing archive).
 */
public class ChainruleApp extends Application {

    private static volatile CompletableFuture<Document> firstDocument;

    public static void main(String[] args) {
        Timing.mark("main");
        firstDocument = CompletableFuture.supplyAsync(ChainruleApp::warmUp);
        launch(ChainruleApp.class, args);
    }

    /**
     * Reads exercise 1 and runs it once, and starts Java2D's font system (the painter measures text
     * with it): work that would otherwise wait on the FX thread, done while JavaFX starts.
     */
    private static Document warmUp() {
        Document d = Presets.first();
        AppModel model = new AppModel(d);
        var img = new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_ARGB);
        var g = img.createGraphics();
        new org.chainrule.app.paint.RenderPainter().draw(model.analysis().evaluation(), org.chainrule.app.paint.PaintOptions.defaults()).paint(g);
        g.dispose();
        Timing.mark("warm-up done");
        return d;
    }

    @Override
    public void start(Stage stage) {
        Timing.mark("start");
        Errors.install();
        Document doc = firstDocument != null ? firstDocument.join() : Presets.first();
        Timing.mark("document ready");
        MainWindow window = new MainWindow(stage, new AppModel(doc), Services.standard(new FxPrompts()));
        Timing.mark("window built");
        stage.show();
        Timing.mark("shown");
        window.canvas().requestFocus();
        List<String> args = getParameters().getRaw();
        if (!args.isEmpty()) {
            // java -jar chainrule.jar some.chainrule.json: open it (a file that cannot be read is explained)
            Platform.runLater(() -> window.openFile(Paths.get(args.get(0))));
        }
        afterFirstFrame(window);
    }

    /** Waits two pulses (the first frame is then on screen), reports the time, then loads the rest. */
    static void afterFirstFrame(MainWindow window) {
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames < 2) return;
                stop();
                Timing.firstFrame();
                Platform.runLater(window::afterFirstFrame);
                if (Boolean.getBoolean("chainrule.exitAfterFirstFrame")) {
                    // for start-up measurements and for writing a class-data sharing archive
                    javafx.animation.PauseTransition wait = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(2));
                    wait.setOnFinished(e -> Platform.exit());
                    wait.play();
                }
            }
        }.start();
    }
}
