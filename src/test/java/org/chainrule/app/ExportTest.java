package org.chainrule.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Exporting through the dialog writes the file where the user said. */
@ExtendWith(ApplicationExtension.class)
class ExportTest extends WindowFixture {

    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }

    private void exportTo(FxRobot robot, Path file) {
        robot.clickOn("#graph-canvas");
        robot.press(KeyCode.CONTROL).press(KeyCode.E).release(KeyCode.E).release(KeyCode.CONTROL);
        TextField f = robot.lookup("#export-file").queryAs(TextField.class);
        robot.interact(() -> f.setText(file.toString()));
        robot.clickOn("Export");
    }

    @Test
    void png(FxRobot robot) throws Exception {
        Path png = temp.resolve("ex1.png");
        exportTo(robot, png);
        waitFor(() -> Files.exists(png));
        var img = ImageIO.read(png.toFile());
        assertTrue(img.getWidth() > 300, "scale 2 by default");
        assertEquals(0, prompts.errors.size());
    }

    @Test
    void svgHasTheNumbers(FxRobot robot) throws Exception {
        Path svg = temp.resolve("ex1.svg");
        exportTo(robot, svg);
        waitFor(() -> Files.exists(svg));
        String text = Files.readString(svg);
        assertTrue(text.contains("-12.00") && text.contains("3.00"), "values and gradients are in the SVG");
    }
}
