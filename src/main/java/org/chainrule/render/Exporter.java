package org.chainrule.render;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.jfree.pdf.PDFDocument;
import org.jfree.pdf.PDFGraphics2D;
import org.jfree.pdf.PDFHints;
import org.jfree.pdf.Page;
import org.jfree.svg.SVGGraphics2D;

/**
 * Writes a {@link Picture} to a file, the format chosen by the extension: {@code .png}, {@code .svg},
 * {@code .pdf} or {@code .tex} (TikZ). Headless: needs no display and no JavaFX. Atomic: the picture
 * is written to a temporary file in the same folder and then moved over the target, so a failed
 * export leaves no partial file and an existing file untouched.
 */
public final class Exporter {

    public static final List<String> FORMATS = List.of("png", "svg", "pdf", "tex");

    private Exporter() {}

    public static void export(Picture p, Path file, ExportOptions o) throws IOException {
        String ext = extension(file);
        if (!FORMATS.contains(ext)) {
            throw new IllegalArgumentException("cannot export to '" + file.getFileName() + "': unknown file type"
                    + (ext.isEmpty() ? "" : " '." + ext + "'") + "; supported are .png, .svg, .pdf and .tex (TikZ)");
        }
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                switch (ext) {
                    case "png" -> png(p, o, out);
                    case "svg" -> out.write(svg(p).getBytes(StandardCharsets.UTF_8));
                    case "pdf" -> out.write(pdf(p));
                    default -> out.write(TikzWriter.write(p).getBytes(StandardCharsets.UTF_8));
                }
            }
            permissions(tmp, target);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException | Error e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /** The lower-case extension of a file name, without the dot ("" when none). */
    static String extension(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The picture drawn into an image at {@code o}'s resolution. */
    public static BufferedImage image(Picture p, ExportOptions o) {
        double s = o.pixelsPerPoint();
        int w = (int) Math.max(1, Math.ceil(p.width() * s)), h = (int) Math.max(1, Math.ceil(p.height() * s));
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.scale(s, s);
            p.paint(g);
        } finally {
            g.dispose();
        }
        return img;
    }

    private static void png(Picture p, ExportOptions o, OutputStream out) throws IOException {
        BufferedImage img = image(p, o);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(img), param);
            double dpi = o.pixelsPerPoint() * 72;
            IIOMetadataNode size = new IIOMetadataNode("Dimension");
            for (String axis : new String[] {"HorizontalPixelSize", "VerticalPixelSize"}) {
                IIOMetadataNode n = new IIOMetadataNode(axis);
                n.setAttribute("value", Double.toString(25.4 / dpi));
                size.appendChild(n);
            }
            IIOMetadataNode root = new IIOMetadataNode("javax_imageio_1.0");
            root.appendChild(size);
            meta.mergeTree("javax_imageio_1.0", root);
            writer.write(null, new IIOImage(img, null, meta), param);
        } finally {
            writer.dispose();
        }
    }

    /** The picture as an SVG document; labels are real text, the caption vector paths. */
    public static String svg(Picture p) {
        SVGGraphics2D g = new SVGGraphics2D(p.width(), p.height());
        g.setGeomDoubleConverter(Exporter::twoDecimals);
        g.setTransformDoubleConverter(Exporter::twoDecimals);
        p.paint(g);
        return g.getSVGDocument();
    }

    /** Coordinates to a hundredth of a point, written without exponent or trailing zeros (fast). */
    static String twoDecimals(double v) {
        if (!Double.isFinite(v) || Math.abs(v) > 1e12) return Double.toString(v);
        long r = Math.round(v * 100);
        StringBuilder b = new StringBuilder(12);
        if (r < 0) {
            b.append('-');
            r = -r;
        }
        b.append(r / 100);
        int frac = (int) (r % 100);
        if (frac != 0) {
            b.append('.').append(frac / 10);
            if (frac % 10 != 0) b.append(frac % 10);
        }
        return b.toString();
    }

    /** The picture as a one-page PDF; all text as vector paths, so it looks the same in every viewer. */
    public static byte[] pdf(Picture p) {
        PDFDocument doc = new PDFDocument();
        doc.setTitle("Chainrule computational graph");
        Page page = doc.createPage(new Rectangle2D.Double(0, 0, p.width(), p.height()));
        PDFGraphics2D g = page.getGraphics2D();
        g.setRenderingHint(PDFHints.KEY_DRAW_STRING_TYPE, PDFHints.VALUE_DRAW_STRING_TYPE_VECTOR);
        p.paint(g);
        return doc.getPDFBytes();
    }

    /** Gives the new file the old one's permissions, or the usual rw-r--r-- (temp files start private). */
    private static void permissions(Path tmp, Path target) {
        try {
            var perms = Files.exists(target) ? Files.getPosixFilePermissions(target) : PosixFilePermissions.fromString("rw-r--r--");
            Files.setPosixFilePermissions(tmp, perms);
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system: keep the defaults
        }
    }
}
