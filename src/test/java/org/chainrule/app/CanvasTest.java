package org.chainrule.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The picture: hover a gate for its story, zoom with the keyboard, copy it, see warnings for bad values. */
@ExtendWith(ApplicationExtension.class)
class CanvasTest extends WindowFixture {

    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }

    /** A point of the canvas (in screen coordinates) over node {@code node}, found through hit testing. */
    private Point2D over(int node) {
        var c = window.canvas();
        for (double y = 0; y < c.getHeight(); y += 4) {
            for (double x = 0; x < c.getWidth(); x += 4) {
                if (c.nodeAt(x, y) == node) return c.localToScreen(x, y);
            }
        }
        throw new AssertionError("node " + node + " is not on the canvas");
    }

    @Test
    void hoveringTheMulGateShowsItsNumbers(FxRobot robot) throws Exception {
        int mul = window.model().analysis().graph().output();
        Point2D[] at = new Point2D[1];
        robot.interact(() -> at[0] = over(mul));
        robot.moveTo(at[0].add(-3, 0)).moveTo(at[0]);
        waitFor(() -> window.canvas().tooltip().isShowing());
        assertTrue(window.canvas().zoomProperty().get() > 0);
        String tip = window.canvas().tooltip().getText();
        assertEquals("mul gate: f = q × z\ninputs: q = 3, z = -4\nvalue: -12\n"
                + "local gradients: ∂/∂q = -4, ∂/∂z = 3\ngradient: df/df = 1", tip);
    }

    @Test
    void zoomKeys(FxRobot robot) {
        robot.clickOn("#graph-canvas");
        double z = window.canvas().zoomProperty().get();
        robot.press(KeyCode.CONTROL).press(KeyCode.EQUALS).release(KeyCode.EQUALS).release(KeyCode.CONTROL);
        assertEquals(z * 1.25, window.canvas().zoomProperty().get(), 1e-9);
        robot.press(KeyCode.CONTROL).press(KeyCode.MINUS).release(KeyCode.MINUS).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).press(KeyCode.MINUS).release(KeyCode.MINUS).release(KeyCode.CONTROL);
        assertEquals(z / 1.25, window.canvas().zoomProperty().get(), 1e-9);
        robot.press(KeyCode.CONTROL).press(KeyCode.DIGIT0).release(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        assertEquals(z, window.canvas().zoomProperty().get(), 1e-9);
    }

    @Test
    void copyPicture(FxRobot robot) throws Exception {
        robot.interact(() -> window.copyPicture());
        robot.interact(() -> assertTrue(Clipboard.getSystemClipboard().hasImage()));
    }

    @Test
    void aValueOutOfTheDomainIsWarnedAbout(FxRobot robot) throws Exception {
        robot.interact(() -> window.model().setProgram("log(x)"));
        robot.interact(() -> window.model().setInput("x", -1));
        waitFor(() -> robot.lookup("#warnings").queryAs(Label.class).isVisible());
        assertTrue(text(robot, "#warnings").contains("log is defined only for positive numbers"), text(robot, "#warnings"));
        assertEquals("f = NaN", text(robot, "#output-value"));
    }
}
