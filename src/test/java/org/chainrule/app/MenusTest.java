package org.chainrule.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.chainrule.app.view.LatexFonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The menus: examples, undo, theme and precision. */
@ExtendWith(ApplicationExtension.class)
class MenusTest extends WindowFixture {

    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }

    @Test
    void examplesMenuOpensExercise2(FxRobot robot) throws Exception {
        robot.clickOn("Examples");
        robot.clickOn("Exercise 2: four inputs and a fork");
        waitFor(() -> "f = 154".equals(text(robot, "#output-value")));
        assertEquals("Exercise 2: four inputs and a fork — Chainrule", window.stage().getTitle());
        assertEquals("75", text(robot, "#cmp-w-backprop"));
        robot.clickOn("#graph-canvas");
        robot.type(KeyCode.END);
        robot.type(KeyCode.LEFT);
        String forkLine = window.model().player().steps().stream()
                .filter(s -> s instanceof org.chainrule.engine.Step.ForkSum).findFirst()
                .map(s -> new org.chainrule.app.model.Narrator(window.model().analysis().graph(), 2).narrate(s)).orElseThrow();
        assertEquals("df/da = 14 + 11 = 25: a is used twice", forkLine);
    }

    @Test
    void undoAndRedoWithTheKeyboard(FxRobot robot) throws Exception {
        robot.interact(() -> window.model().setProgram("x * y"));
        waitFor(() -> "f = -10".equals(text(robot, "#output-value")));
        robot.clickOn("#graph-canvas");
        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        waitFor(() -> "f = -12".equals(text(robot, "#output-value")));
        assertEquals("q = x + y\nf = q * z", window.editor().area().getText());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        waitFor(() -> "f = -10".equals(text(robot, "#output-value")));
    }

    @Test
    void themeAndPrecisionFromTheViewMenu(FxRobot robot) throws Exception {
        robot.clickOn("#theme-box");
        robot.clickOn("projector");
        waitFor(() -> "projector".equals(window.model().document().display().theme()));
        robot.interact(() -> find(robot.lookup("#menu-bar").queryAs(javafx.scene.control.MenuBar.class).getMenus(), "4 decimals").fire());
        waitFor(() -> window.model().document().display().precision() == 4);
        assertEquals("-12.0000", org.chainrule.graph.Numbers.fixed(window.model().analysis().value(), window.model().precision()));
        assertTrue(window.stage().getTitle().startsWith("*"));
    }

    private static javafx.scene.control.MenuItem find(java.util.List<? extends javafx.scene.control.MenuItem> items, String text) {
        for (javafx.scene.control.MenuItem i : items) {
            if (text.equals(i.getText())) return i;
            if (i instanceof javafx.scene.control.Menu) {
                javafx.scene.control.MenuItem found = find(((javafx.scene.control.Menu) i).getItems(), text);
                if (found != null) return found;
            }
        }
        return null;
    }

    @Test
    void latexFontsRegister() {
        assertTrue(LatexFonts.registerOnce() >= 0);
    }
}
