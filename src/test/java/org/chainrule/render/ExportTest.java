package org.chainrule.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.chainrule.graph.ComputationGraph;
import org.chainrule.graph.Granularity;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Round trips of every format, headless, and the atomic write. */
class ExportTest {

    @TempDir
    Path dir;

    static Picture ex3(RenderOptions o) {
        ComputationGraph g = Programs.graph(Programs.EX3, Granularity.DECOMPOSED);
        return Picture.of(g, Programs.eval(g, Programs.EX3_AT), o);
    }

    @Test
    void runsHeadless() {
        assertTrue(java.awt.GraphicsEnvironment.isHeadless());
    }

    @Test
    void pngDecodesAtTheRequestedResolution() throws Exception {
        Picture p = ex3(RenderOptions.defaults());
        Path f = dir.resolve("ex3.png");
        Exporter.export(p, f, ExportOptions.defaults());
        BufferedImage img = ImageIO.read(f.toFile());
        assertEquals((int) Math.ceil(p.width() * 2), img.getWidth());
        assertEquals((int) Math.ceil(p.height() * 2), img.getHeight());
        assertEquals(0xFFFFFF, img.getRGB(1, 1) & 0xFFFFFF, "white background");
        int green = 0, red = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int c = img.getRGB(x, y) & 0xFFFFFF;
                if (c == (Theme.LIGHT.value.getRGB() & 0xFFFFFF)) green++;
                if (c == (Theme.LIGHT.grad.getRGB() & 0xFFFFFF)) red++;
            }
        }
        assertTrue(green > 100 && red > 100, green + " green and " + red + " red pixels");
        Exporter.export(p, f, ExportOptions.defaults().withDpi(144));
        assertEquals((int) Math.ceil(p.width() * 2), ImageIO.read(f.toFile()).getWidth());
        BufferedImage dark = Exporter.image(p.with(p.options().withTheme(Theme.DARK)), ExportOptions.defaults());
        assertEquals(Theme.DARK.background.getRGB() & 0xFFFFFF, dark.getRGB(1, 1) & 0xFFFFFF);
    }

    @Test
    void pdfOpensWithPdfBox() throws Exception {
        Picture p = ex3(RenderOptions.defaults().withCaption("f = \\frac{1}{1+e^{-x}}"));
        Path f = dir.resolve("ex3.pdf");
        Exporter.export(p, f, ExportOptions.defaults());
        try (PDDocument doc = Loader.loadPDF(f.toFile())) {
            assertEquals(1, doc.getNumberOfPages());
            assertEquals(p.width(), doc.getPage(0).getMediaBox().getWidth(), 0.5);
            assertEquals(p.height(), doc.getPage(0).getMediaBox().getHeight(), 0.5);
            BufferedImage img = new PDFRenderer(doc).renderImage(0, 0.5f);
            int dark = 0;
            for (int y = 0; y < img.getHeight(); y++) {
                for (int x = 0; x < img.getWidth(); x++) if ((img.getRGB(x, y) & 0xFF) < 128) dark++;
            }
            assertTrue(dark > 500, "the page has a drawing: " + dark);
        }
    }

    @Test
    void svgIsWellFormedWithSearchableLabels() throws Exception {
        Path f = dir.resolve("ex3.svg");
        Exporter.export(ex3(RenderOptions.defaults()), f, ExportOptions.defaults());
        Svg svg = new Svg(Files.readString(f));
        assertEquals("0.73", svg.text("value-n9").content());
        assertTrue(Files.readString(f).contains(">-0.53<"));
    }

    @Test
    void unknownExtensionIsRefusedAndNothingIsWritten() throws Exception {
        Path f = dir.resolve("ex3.jpg");
        Files.writeString(f, "keep me");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Exporter.export(ex3(RenderOptions.defaults()), f, ExportOptions.defaults()));
        assertTrue(e.getMessage().contains(".png, .svg, .pdf and .tex"), e.getMessage());
        assertEquals("keep me", Files.readString(f));
        assertThrows(IllegalArgumentException.class,
                () -> Exporter.export(ex3(RenderOptions.defaults()), dir.resolve("noext"), ExportOptions.defaults()));
        assertEquals(List.of(f), list());
    }

    @Test
    void failedExportLeavesTheTargetUntouchedAndNoTemporaryFile() throws Exception {
        Path target = dir.resolve("taken.svg");
        Files.createDirectory(target);
        Files.writeString(target.resolve("inside"), "x");
        assertThrows(IOException.class, () -> Exporter.export(ex3(RenderOptions.defaults()), target, ExportOptions.defaults()));
        assertTrue(Files.isDirectory(target));
        assertEquals("x", Files.readString(target.resolve("inside")));
        assertEquals(List.of(target), list(), "no temporary file is left behind");
    }

    @Test
    void exportReplacesAnExistingFileWhole() throws Exception {
        Path f = dir.resolve("ex3.tex");
        Files.writeString(f, "old ".repeat(100_000));
        Exporter.export(ex3(RenderOptions.defaults()), f, ExportOptions.defaults());
        String tex = Files.readString(f);
        assertTrue(tex.startsWith("% Computational graph drawn by Chainrule"));
        assertTrue(tex.trim().endsWith("\\end{document}"));
        assertEquals(List.of(f), list());
    }

    @Test
    void tikzNamesItsNodesAndHonoursTheVariant() {
        String key = TikzWriter.write(ex3(RenderOptions.defaults()));
        assertTrue(key.contains("\\documentclass[tikz,border=4pt]{standalone}"));
        assertTrue(key.contains("\\node[invar] (x1) at "));
        assertTrue(key.contains("\\node[gate, minimum size="));
        assertTrue(key.contains("(n9-value) at ") && key.contains("{$0.73$}"));
        assertTrue(key.contains("\\definecolor{crvalue}{HTML}{1A7F2E}"));
        String question = TikzWriter.write(ex3(RenderOptions.defaults().withShow(Show.NONE)));
        assertTrue(question.contains("\\node[answer"));
        assertTrue(!question.contains("{$0.73$}"), "the answer is not in the question");
        String print = TikzWriter.write(ex3(RenderOptions.defaults().withTheme(Theme.PRINT).withPrecision(3)));
        assertTrue(print.contains("\\partial\\,\\mathit{"));
        assertTrue(print.contains("{$0.731$}"));
        assertTrue(print.contains("\\definecolor{crvalue}{HTML}{000000}"));
    }

    @Test
    void tikzCompilesWithPdflatex() throws Exception {
        boolean required = "1".equals(System.getenv("CHAINRULE_REQUIRE_TEX"));
        boolean present = onPath("pdflatex");
        if (required) assertTrue(present, "CHAINRULE_REQUIRE_TEX=1 but pdflatex is not on the PATH");
        Assumptions.assumeTrue(present, "pdflatex is not on the PATH");
        for (Show show : Show.values()) {
            RenderOptions o = RenderOptions.defaults().withShow(show).withCaption("f = \\frac{1}{1+e^{-x}}")
                    .withTheme(show == Show.NONE ? Theme.PRINT : Theme.LIGHT);
            Path tex = dir.resolve("graph-" + show.name().toLowerCase() + ".tex");
            Exporter.export(ex3(o), tex, ExportOptions.defaults());
            Process pr = new ProcessBuilder("pdflatex", "-interaction=nonstopmode", "-halt-on-error", tex.getFileName().toString())
                    .directory(dir.toFile()).redirectErrorStream(true).start();
            String log = new String(pr.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(pr.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, pr.exitValue(), log);
            Path pdf = dir.resolve(tex.getFileName().toString().replace(".tex", ".pdf"));
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                assertEquals(1, doc.getNumberOfPages());
            }
        }
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) return false;
        for (String d : path.split(java.io.File.pathSeparator)) if (Files.isExecutable(Path.of(d, program))) return true;
        return false;
    }

    private List<Path> list() throws IOException {
        try (var s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }
}
