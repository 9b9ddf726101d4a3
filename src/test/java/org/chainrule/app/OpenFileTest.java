package org.chainrule.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.chainrule.doc.DocumentIO;
import org.chainrule.doc.Presets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Opening documents: a broken file is explained and the open document stays; a good one opens. */
@ExtendWith(ApplicationExtension.class)
class OpenFileTest extends WindowFixture {

    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }

    private void ctrl(FxRobot robot, KeyCode k) {
        robot.press(KeyCode.CONTROL).press(k).release(k).release(KeyCode.CONTROL);
    }

    @Test
    void aBrokenFileKeepsTheDocument(FxRobot robot) throws Exception {
        robot.interact(() -> window.model().setInput("x", 1));
        Path bad = temp.resolve("broken.chainrule.json");
        Files.writeString(bad, "{\"format\": \"chainrule\", \"version\": 1, \"program\": \"(x + y\" ");
        prompts.nextOpen = bad;
        prompts.unsaved = org.chainrule.app.view.Prompts.Unsaved.DISCARD;
        robot.clickOn("#graph-canvas");
        ctrl(robot, KeyCode.O);
        waitFor(() -> prompts.errors.size() == 1);
        assertTrue(prompts.errors.get(0).startsWith("Could not open broken.chainrule.json: broken.chainrule.json is not valid JSON"),
                prompts.errors.get(0));
        assertTrue(prompts.errors.get(0).endsWith("The document you had open is unchanged."));
        assertEquals("f = -24", text(robot, "#output-value"));
        assertEquals("*Exercise 1: a simple function — Chainrule", window.stage().getTitle());
        assertEquals(1.0, window.model().document().inputs().get("x"));
    }

    @Test
    void aGoodFileOpensAndSavesAtomically(FxRobot robot) throws Exception {
        Path good = temp.resolve("neuron.chainrule.json");
        DocumentIO.write(Presets.load("ex3.chainrule.json"), good);
        prompts.nextOpen = good;
        robot.clickOn("#graph-canvas");
        ctrl(robot, KeyCode.O);
        waitFor(() -> window.stage().getTitle().equals("neuron.chainrule.json — Chainrule"));
        assertEquals("f = 0.7311", text(robot, "#output-value"));
        assertEquals(good.toAbsolutePath(), window.services().recent().files().get(0));
        robot.interact(() -> window.model().setInput("w0", 0));
        assertEquals("*neuron.chainrule.json — Chainrule", window.stage().getTitle());
        ctrl(robot, KeyCode.S);
        waitFor(() -> window.stage().getTitle().equals("neuron.chainrule.json — Chainrule"));
        assertEquals(0.0, DocumentIO.read(good).inputs().get("w0"));
    }

    @Test
    void unsavedChangesAreAskedAbout(FxRobot robot) throws Exception {
        robot.interact(() -> window.model().setInput("x", 1));
        prompts.unsaved = org.chainrule.app.view.Prompts.Unsaved.CANCEL;
        robot.interact(() -> assertEquals(false, window.confirmDiscard()));
        assertEquals(1, prompts.unsavedAsked);
        robot.interact(() -> window.newDocument());
        assertEquals(1.0, window.model().document().inputs().get("x"), "cancel keeps the document");
    }

    @Test
    void closingWithUnsavedChangesAsks(FxRobot robot) throws Exception {
        robot.interact(() -> window.model().setInput("x", 1));
        prompts.unsaved = org.chainrule.app.view.Prompts.Unsaved.CANCEL;
        robot.interact(() -> window.stage().fireEvent(
                new javafx.stage.WindowEvent(window.stage(), javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertEquals(1, prompts.unsavedAsked);
        assertTrue(window.stage().isShowing(), "cancel keeps the window open");

        Path saved = temp.resolve("saved.chainrule.json");
        prompts.unsaved = org.chainrule.app.view.Prompts.Unsaved.SAVE;
        prompts.nextSave = saved;
        robot.interact(() -> window.stage().fireEvent(
                new javafx.stage.WindowEvent(window.stage(), javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertEquals(1.0, DocumentIO.read(saved).inputs().get("x"));
        assertEquals(saved.toAbsolutePath(), window.services().recent().files().get(0));
    }
}
