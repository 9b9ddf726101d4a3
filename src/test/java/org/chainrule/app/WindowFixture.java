package org.chainrule.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.chainrule.app.model.AppModel;
import org.chainrule.app.model.RecentFiles;
import org.chainrule.app.view.MainWindow;
import org.chainrule.doc.Presets;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the real window on exercise 1 with recorded prompts and a private recent-files list. */
public abstract class WindowFixture {

    protected MainWindow window;
    protected final RecordingPrompts prompts = new RecordingPrompts();
    protected Path temp;

    protected void open(Stage stage) throws Exception {
        temp = Files.createTempDirectory("chainrule-test");
        window = new MainWindow(stage, new AppModel(Presets.first()),
                Services.with(prompts, new RecentFiles(temp.resolve("recent.txt"))));
        stage.show();
        window.canvas().requestFocus();
        window.afterFirstFrame();
    }

    protected static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    /** Waits (up to 5 s) for {@code condition}, checked on the FX thread. */
    protected static void waitFor(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> condition.getAsBoolean());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(condition.getAsBoolean());
    }
}
