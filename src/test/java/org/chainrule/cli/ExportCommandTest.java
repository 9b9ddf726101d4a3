package org.chainrule.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code chainrule export}: formats by extension, variants, and atomic writes. */
class ExportCommandTest {

    @TempDir
    Path dir;

    @Test
    void pngOfExercise1Decodes() throws Exception {
        Path png = dir.resolve("ex1.png");
        EvalCommandTest.Run r = EvalCommandTest.run("export", "(x + y) * z", "--at", "x=-2,y=5,z=-4", "-o", png.toString(), "--dpi", "144");
        assertEquals(0, r.code(), r.err());
        BufferedImage img = ImageIO.read(png.toFile());
        assertTrue(img.getWidth() > 300 && img.getHeight() > 100, img.getWidth() + "x" + img.getHeight());
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    void svgHasTheNumbersAsTextAndTheCaption() throws Exception {
        Path svg = dir.resolve("ex3.svg");
        EvalCommandTest.Run r = EvalCommandTest.run("export", "1/(1 + exp(-(x1*w1 + x2*w2 - w0)))",
                "--at", "x1=2,x2=4,w1=-3,w2=2,w0=1", "-o", svg.toString(), "--caption");
        assertEquals(0, r.code(), r.err());
        String text = Files.readString(svg);
        assertTrue(text.contains(">0.73<"), "the output value 0.73 is written as text");
        assertTrue(text.contains(">-0.20<"), "the gradient of w0, -0.20, is written as text");
    }

    @Test
    void worksheetTikzHasAnswerBoxesInsteadOfNumbers() throws Exception {
        Path tex = dir.resolve("sheet.tex");
        EvalCommandTest.Run r = EvalCommandTest.run("export", "(x + y) * z", "--at", "x=-2,y=5,z=-4", "-o", tex.toString(),
                "--show", "none", "--theme", "print");
        assertEquals(0, r.code(), r.err());
        String text = Files.readString(tex);
        assertTrue(text.contains("\\documentclass"), text);
        assertTrue(text.contains("answer"), text);
        assertFalse(text.contains("12.00"), "the answer -12.00 must not appear on the worksheet");
    }

    @Test
    void aFailedExportLeavesTheExistingFileUntouched() throws Exception {
        Path png = dir.resolve("keep.png");
        byte[] before = {1, 2, 3};
        Files.write(png, before);
        EvalCommandTest.Run r = EvalCommandTest.run("export", "(x + y * z", "--at", "x=-2,y=5,z=-4", "-o", png.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("expected ')'"), r.err());
        assertArrayEquals(before, Files.readAllBytes(png));
    }

    @Test
    void unknownFormatsAndMissingFoldersAreExplained() {
        EvalCommandTest.Run gif = EvalCommandTest.run("export", "x", "--at", "x=1", "-o", dir.resolve("a.gif").toString());
        assertEquals(2, gif.code());
        assertTrue(gif.err().contains("end the file name in .png, .svg, .pdf or .tex"), gif.err());
        EvalCommandTest.Run folder = EvalCommandTest.run("export", "x", "--at", "x=1", "-o", dir.resolve("no/such/a.png").toString());
        assertEquals(2, folder.code());
        assertTrue(folder.err().contains("does not exist"), folder.err());
        assertFalse(Files.exists(dir.resolve("a.gif")));
    }

    @Test
    void aCaptionThatWouldExpandExponentiallyIsLeftOut() throws Exception {
        // a1 = x * x, a2 = a1 * a1, ...: 40 lines, but 2^40 nodes written out as one equation
        StringBuilder p = new StringBuilder("a1 = x * x");
        for (int i = 2; i <= 40; i++) p.append("; a").append(i).append(" = a").append(i - 1).append(" * a").append(i - 1);
        Path svg = dir.resolve("long.svg");
        EvalCommandTest.Run r = EvalCommandTest.run("export", p.toString(), "--at", "x=1", "-o", svg.toString(), "--caption");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("note: no caption: the function is too long to write out as one equation"), r.err());
        assertTrue(Files.size(svg) > 0);
    }
}
