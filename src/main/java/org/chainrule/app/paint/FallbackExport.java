package org.chainrule.app.paint;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.BitSet;
import javax.imageio.ImageIO;
import org.chainrule.engine.Evaluation;
import org.chainrule.graph.ComputationGraph;
import org.jfree.pdf.PDFDocument;
import org.jfree.pdf.PDFGraphics2D;
import org.jfree.pdf.Page;
import org.jfree.svg.SVGGraphics2D;

/** Exports through a {@link GraphPainter} to PNG, SVG and PDF (no TikZ): the stand-in for the render package. */
public final class FallbackExport implements PictureExport {

    private final GraphPainter painter;

    public FallbackExport(GraphPainter painter) {
        this.painter = painter;
    }

    @Override
    public void export(Evaluation ev, ExportSettings s, Path file) throws IOException {
        GraphPainter.Drawing d = painter.draw(ev, options(ev, s));
        byte[] bytes;
        switch (s.format()) {
            case PNG: {
                var out = new java.io.ByteArrayOutputStream();
                ImageIO.write(image(d, s.scale()), "png", out);
                bytes = out.toByteArray();
                break;
            }
            case SVG: {
                SVGGraphics2D g = new SVGGraphics2D(d.width(), d.height());
                d.paint(g);
                bytes = g.getSVGDocument().getBytes(StandardCharsets.UTF_8);
                break;
            }
            case PDF: {
                PDFDocument pdf = new PDFDocument();
                Page page = pdf.createPage(new java.awt.Rectangle((int) Math.ceil(d.width()), (int) Math.ceil(d.height())));
                PDFGraphics2D g = page.getGraphics2D();
                d.paint(g);
                bytes = pdf.getPDFBytes();
                break;
            }
            default:
                throw new IOException("TikZ export needs the picture package, which this build does not include yet.");
        }
        writeAtomically(file, bytes);
    }

    @Override
    public BufferedImage image(Evaluation ev, ExportSettings s) {
        return image(painter.draw(ev, options(ev, s)), s.scale());
    }

    private static BufferedImage image(GraphPainter.Drawing d, double scale) {
        int w = (int) Math.ceil(d.width() * scale), h = (int) Math.ceil(d.height() * scale);
        BufferedImage img = new BufferedImage(Math.max(1, w), Math.max(1, h), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.scale(scale, scale);
        d.paint(g);
        g.dispose();
        return img;
    }

    /** The export variant as painter options: inputs' values stay visible in every variant. */
    static PaintOptions options(Evaluation ev, ExportSettings s) {
        PaintOptions o = new PaintOptions(s.theme(), s.precision(), 1.0, null, null, new BitSet(), new BitSet(), -1, 1);
        if (s.show() == ExportSettings.Show.ALL) return o;
        ComputationGraph g = ev.graph();
        BitSet values = new BitSet();
        for (int i = 0; i < g.size(); i++) if (!g.node(i).isGate() || s.show() == ExportSettings.Show.VALUES) values.set(i);
        return new PaintOptions(s.theme(), s.precision(), 1.0, values, new BitSet(), new BitSet(), new BitSet(), -1, 1);
    }

    static void writeAtomically(Path file, byte[] bytes) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) throw new IOException("The folder " + dir + " does not exist.");
        Path tmp = Files.createTempFile(dir, ".export", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                out.write(bytes);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
