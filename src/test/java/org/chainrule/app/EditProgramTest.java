package org.chainrule.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.chainrule.app.model.Analysis;
import org.chainrule.app.paint.GraphPainter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Typing in the editor: a new program redraws the graph; a bad one is explained and the old graph stays. */
@ExtendWith(ApplicationExtension.class)
class EditProgramTest extends WindowFixture {

    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }

    private void type(FxRobot robot, String program) {
        robot.clickOn("#program-editor");
        robot.press(KeyCode.CONTROL).press(KeyCode.A).release(KeyCode.A).release(KeyCode.CONTROL);
        robot.write(program);
        robot.type(KeyCode.ENTER);
    }

    @Test
    void aNewProgramChangesTheGraph(FxRobot robot) throws Exception {
        GraphPainter.Drawing before = window.canvas().drawingProperty().get();
        type(robot, "f = max(a, b) * c");
        waitFor(() -> window.model().analysis().inputs().size() == 3 && window.model().analysis().inputs().get(0).equals("a"));
        assertEquals("f = max(a, b) * c", window.editor().area().getText());
        assertEquals(2, window.model().analysis().graph().gateCount());
        assertEquals("f = 1", text(robot, "#output-value"));
        assertNotSame(before, window.canvas().drawingProperty().get());
        assertTrue(window.model().analysis().graph().nodes().stream().anyMatch(n -> n.op() == org.chainrule.graph.Op.MAX));
        assertTrue(robot.lookup("#input-a").tryQuery().isPresent());
        assertFalse(robot.lookup("#input-x").tryQuery().isPresent());
    }

    @Test
    void aBadProgramIsExplainedAndTheOldGraphStays(FxRobot robot) throws Exception {
        Analysis good = window.model().analysis();
        type(robot, "(x + y * z");
        waitFor(() -> window.model().error() != null);
        assertSame(good, window.model().analysis());
        assertEquals("f = -12", text(robot, "#output-value"));
        String message = text(robot, "#program-error");
        assertTrue(message.startsWith("column 11: "), message);
        assertTrue(robot.lookup("#program-error").query().isVisible());
        waitFor(() -> robot.lookup("#error-underline").tryQuery().isPresent());
        assertEquals("*Exercise 1: a simple function — Chainrule", window.stage().getTitle());

        type(robot, "(x + y) * z");
        waitFor(() -> window.model().error() == null);
        assertFalse(robot.lookup("#program-error").query().isVisible());
        assertFalse(robot.lookup("#error-underline").tryQuery().isPresent());
    }

    @Test
    void aPauseInTypingRunsTheProgram(FxRobot robot) throws Exception {
        robot.clickOn("#program-editor");
        robot.press(KeyCode.CONTROL).press(KeyCode.A).release(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("x * y * z");
        waitFor(() -> window.model().analysis().source().equals("x * y * z"));
        assertEquals("f = 40", text(robot, "#output-value"));
    }
}
