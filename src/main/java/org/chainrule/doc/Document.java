package org.chainrule.doc;

import java.util.LinkedHashMap;
import java.util.Map;
import org.chainrule.graph.Granularity;

/**
 * What a user saves: the program, the input values, how to draw it, and manual node positions.
 *
 * @param title       shown in the window title and the Examples menu
 * @param description a sentence or two for the reader (may be empty)
 * @param program     the program text exactly as typed (it may not parse; the editor shows why)
 * @param inputs      input values by variable name, in input order
 * @param granularity fused or decomposed gates
 * @param display     theme, precision and font scale
 * @param positions   manual node positions by node id; override the layout
 */
public record Document(String title, String description, String program, Map<String, Double> inputs,
                       Granularity granularity, Display display, Map<String, Position> positions) {

    /** The current file format version; readers refuse newer versions. */
    public static final int FORMAT_VERSION = 1;

    public Document {
        if (title == null) title = "Untitled";
        if (description == null) description = "";
        if (program == null) program = "";
        inputs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(inputs == null ? Map.of() : inputs));
        if (granularity == null) granularity = Granularity.FUSED;
        if (display == null) display = Display.DEFAULT;
        positions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(positions == null ? Map.of() : positions));
    }

    public static Document of(String title, String program, Map<String, Double> inputs) {
        return new Document(title, "", program, inputs, Granularity.FUSED, Display.DEFAULT, Map.of());
    }

    public Document withProgram(String p) {
        return new Document(title, description, p, inputs, granularity, display, positions);
    }

    public Document withInputs(Map<String, Double> in) {
        return new Document(title, description, program, in, granularity, display, positions);
    }

    public Document withInput(String name, double value) {
        Map<String, Double> in = new LinkedHashMap<>(inputs);
        in.put(name, value);
        return withInputs(in);
    }

    public Document withGranularity(Granularity g) {
        return new Document(title, description, program, inputs, g, display, positions);
    }

    public Document withDisplay(Display d) {
        return new Document(title, description, program, inputs, granularity, d, positions);
    }

    public Document withTitle(String t) {
        return new Document(t, description, program, inputs, granularity, display, positions);
    }

    public Document withPositions(Map<String, Position> p) {
        return new Document(title, description, program, inputs, granularity, display, p);
    }

    /** Display settings: theme name (light, dark, projector, print, colorblind), decimals, font scale. */
    public record Display(String theme, int precision, double fontScale) {
        public static final Display DEFAULT = new Display("light", 2, 1.0);

        public Display {
            if (theme == null || theme.isBlank()) theme = "light";
            if (precision < 0 || precision > 12) throw new IllegalArgumentException("precision must be 0 to 12, not " + precision);
            if (!(fontScale > 0.25 && fontScale <= 8)) throw new IllegalArgumentException("font scale must be between 0.25 and 8");
        }
    }

    /** A manual position of a node, in scene coordinates. */
    public record Position(double x, double y) {}
}
