package org.chainrule.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.css.PseudoClass;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Changing an input re-runs forward and backward at once, updates the table, and keeps the step. */
@ExtendWith(ApplicationExtension.class)
class ChangeInputTest extends WindowFixture {

    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }

    @Test
    void typingAValue(FxRobot robot) throws Exception {
        robot.interact(() -> {
            window.model().player().reset();
            window.model().player().next();
        });
        robot.doubleClickOn("#input-x");
        robot.press(KeyCode.CONTROL).press(KeyCode.A).release(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("1").type(KeyCode.ENTER);
        waitFor(() -> "f = -24".equals(text(robot, "#output-value")));
        assertEquals("6", text(robot, "#cmp-z-backprop"));
        assertEquals("6", text(robot, "#cmp-z-numeric"));
        assertEquals("-4", text(robot, "#cmp-x-backprop"));
        assertEquals(1, window.model().player().position(), "the current step stays");
        assertEquals("add gate: q = x + y = 1 + 5 = 6", text(robot, "#narration"));
        assertEquals(1.0, robot.lookup("#slider-x").queryAs(Slider.class).getValue());
    }

    @Test
    void movingASlider(FxRobot robot) throws Exception {
        robot.interact(() -> robot.lookup("#slider-z").queryAs(Slider.class).setValue(2));
        waitFor(() -> "f = 6".equals(text(robot, "#output-value")));
        assertEquals("2", text(robot, "#cmp-x-backprop"));
        assertEquals("2", robot.lookup("#input-z").queryAs(TextField.class).getText());
    }

    @Test
    void textThatIsNoNumberIsRefused(FxRobot robot) throws Exception {
        robot.doubleClickOn("#input-y");
        robot.press(KeyCode.CONTROL).press(KeyCode.A).release(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("five").type(KeyCode.ENTER);
        TextField f = robot.lookup("#input-y").queryAs(TextField.class);
        waitFor(() -> f.getPseudoClassStates().contains(PseudoClass.getPseudoClass("invalid")));
        assertEquals("f = -12", text(robot, "#output-value"));
        assertTrue(f.getTooltip().getText().contains("is not a number"));
    }
}
