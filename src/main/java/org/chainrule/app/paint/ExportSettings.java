package org.chainrule.app.paint;

import java.nio.file.Path;
import java.util.Locale;

/**
 * What the export dialog asks for.
 *
 * @param show  ALL (answer key), VALUES (forward values only: a backward exercise), NONE (a worksheet)
 * @param scale   pixels per scene unit for PNG
 * @param caption the function as LaTeX, written under the graph; null for none
 */
public record ExportSettings(Format format, Show show, String theme, int precision, double scale, String caption) {

    public enum Format {
        PNG("png"), SVG("svg"), PDF("pdf"), TIKZ("tex");

        public final String extension;

        Format(String extension) { this.extension = extension; }

        /** The format a file name's extension asks for, or null. */
        public static Format of(Path file) {
            String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
            for (Format f : values()) if (n.endsWith("." + f.extension)) return f;
            return null;
        }
    }

    public enum Show { ALL, VALUES, NONE }
}
