package org.chainrule.app.paint;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import org.chainrule.engine.Evaluation;
import org.chainrule.render.ExportOptions;
import org.chainrule.render.Exporter;
import org.chainrule.render.Picture;
import org.chainrule.render.RenderOptions;
import org.chainrule.render.Show;

/** Exports through the render package's {@link Exporter}: PNG, SVG, PDF and TikZ, atomically. */
public final class RenderExport implements PictureExport {

    @Override
    public void export(Evaluation ev, ExportSettings s, Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        if (dir == null || !java.nio.file.Files.isDirectory(dir)) {
            throw new IOException("The folder " + dir + " does not exist; choose another place for " + file.getFileName() + ".");
        }
        try {
            Exporter.export(picture(ev, s), file, ExportOptions.defaults().withScale(s.scale()));
        } catch (java.nio.file.AccessDeniedException e) {
            throw new IOException("Chainrule may not write into " + dir + "; choose another folder.", e);
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    @Override
    public BufferedImage image(Evaluation ev, ExportSettings s) {
        return Exporter.image(picture(ev, s), ExportOptions.defaults().withScale(s.scale()));
    }

    static Picture picture(Evaluation ev, ExportSettings s) {
        RenderOptions o = RenderOptions.defaults().withTheme(RenderPainter.theme(s.theme())).withPrecision(s.precision())
                .withShow(Show.valueOf(s.show().name())).withCaption(s.caption());
        return Picture.of(ev.graph(), ev, o);
    }
}
