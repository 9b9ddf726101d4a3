package org.chainrule.app.paint;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import org.chainrule.engine.Evaluation;

/** Writes the picture to files and images; the render package's exporters plug in here. */
public interface PictureExport {

    /** Writes {@code file} atomically in the settings' format; the message of a failure is for the user. */
    void export(Evaluation evaluation, ExportSettings settings, Path file) throws IOException;

    /** The picture as an image (for the clipboard). */
    BufferedImage image(Evaluation evaluation, ExportSettings settings);
}
