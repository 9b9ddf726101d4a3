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

    @Test
    void tikzAndPdf(FxRobot robot) throws Exception {
        Path tex = temp.resolve("ex1.tex");
        exportTo(robot, tex);
        waitFor(() -> Files.exists(tex));
        assertTrue(Files.readString(tex).contains("\\begin{tikzpicture}"));
        Path pdf = temp.resolve("ex1.pdf");
        exportTo(robot, pdf);
        waitFor(() -> Files.exists(pdf));
        assertTrue(Files.readString(pdf, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF"));
    }

    @Test
    void aFolderThatDoesNotExistIsExplained(FxRobot robot) throws Exception {
        Path nowhere = temp.resolve("missing/ex1.png");
        exportTo(robot, nowhere);
        waitFor(() -> prompts.errors.size() == 1);
        assertEquals("Could not export: The folder " + temp.resolve("missing") + " does not exist; choose another place for ex1.png.",
                prompts.errors.get(0));
        assertTrue(!Files.exists(nowhere));
    }
}
