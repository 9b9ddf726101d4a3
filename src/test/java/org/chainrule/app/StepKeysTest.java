package org.chainrule.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Stepping forward and backward with the keyboard (and a presenter's clicker), reading the narration. */
@ExtendWith(ApplicationExtension.class)
class StepKeysTest extends WindowFixture {

    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }

    private String after(FxRobot robot, KeyCode key) {
        robot.type(key);
        return text(robot, "#narration");
    }

    @Test
    void forwardThenBackward(FxRobot robot) {
        robot.clickOn("#graph-canvas");
        assertEquals("Ready: press → or Space to run the forward pass one gate at a time.", after(robot, KeyCode.HOME));
        assertEquals("Start", text(robot, "#phase"));
        assertEquals("add gate: q = x + y = -2 + 5 = 3", after(robot, KeyCode.RIGHT));
        assertEquals(window.model().analysis().graph().nodes().stream().filter(n -> "q".equals(n.name())).findFirst().get().index(),
                window.model().player().highlight(), "the current gate is highlighted");
        assertEquals("mul gate: f = q × z = 3 × (-4) = -12", after(robot, KeyCode.SPACE));
        assertEquals("Forward 2 of 2", text(robot, "#phase"));
        assertEquals("Backward pass starts at the output: df/df = 1", after(robot, KeyCode.PAGE_DOWN));
        assertEquals("mul gate swaps its inputs: upstream 1 × local z = -4 → df/dq = -4; upstream 1 × local q = 3 → df/dz = 3",
                after(robot, KeyCode.RIGHT));
        assertEquals("Backward pass starts at the output: df/df = 1", after(robot, KeyCode.LEFT));
        assertEquals("mul gate: f = q × z = 3 × (-4) = -12", after(robot, KeyCode.PAGE_UP));
        assertTrue(after(robot, KeyCode.END).endsWith("Done: f = -12, every gradient is in."));
        assertEquals("Backward 3 of 3", text(robot, "#phase"));
    }

    @Test
    void buttonsDoTheSame(FxRobot robot) {
        robot.clickOn("#reset");
        robot.clickOn("#next");
        assertEquals("add gate: q = x + y = -2 + 5 = 3", text(robot, "#narration"));
        robot.clickOn("#end-forward");
        assertEquals("Forward 2 of 2", text(robot, "#phase"));
        robot.clickOn("#previous");
        assertEquals("Forward 1 of 2", text(robot, "#phase"));
        robot.clickOn("#end-backward");
        assertEquals("Backward 3 of 3", text(robot, "#phase"));
    }

    @Test
    void keysInTheEditorTypeText(FxRobot robot) {
        robot.interact(() -> window.model().player().reset());
        robot.clickOn("#program-editor");
        robot.type(KeyCode.SPACE);
        assertEquals(0, window.model().player().position());
    }

    @Test
    void playRunsToTheEnd(FxRobot robot) throws Exception {
        robot.interact(() -> robot.lookup("#speed").queryAs(javafx.scene.control.Slider.class).setValue(6));
        robot.clickOn("#reset");
        robot.clickOn("#play-pause");
        assertEquals("Pause", robot.lookup("#play-pause").queryAs(javafx.scene.control.Button.class).getText());
        waitFor(() -> window.model().player().position() == window.model().player().size());
        waitFor(() -> !window.model().player().playingProperty().get());
        assertEquals("Play", robot.lookup("#play-pause").queryAs(javafx.scene.control.Button.class).getText());
    }
}
