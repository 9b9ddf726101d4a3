package org.chainrule.doc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.chainrule.graph.Granularity;

/**
 * Reads and writes documents as JSON ({@code *.chainrule.json}). Reading validates everything and
 * either returns a whole document or throws with a clear message; writing is atomic (a temporary
 * file in the same folder, then a move over the old file), so a failed save never damages a file.
 */
public final class DocumentIO {

    public static final String FORMAT = "chainrule";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DocumentIO() {}

    public static Document read(Path file) throws DocumentException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new DocumentException("The file " + file + " does not exist.");
        } catch (java.nio.charset.MalformedInputException e) {
            throw new DocumentException(file.getFileName() + " is not a text file, so it cannot be a Chainrule document.");
        } catch (IOException e) {
            throw new DocumentException("The file " + file + " cannot be read: " + e.getMessage());
        }
        return parse(text, file.getFileName().toString());
    }

    /** Parses a document from JSON text; {@code name} is used in messages. */
    public static Document parse(String text, String name) throws DocumentException {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            String where = loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
            throw new DocumentException(name + " is not valid JSON" + where + ": " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) throw new DocumentException(name + " is not a Chainrule document (expected a JSON object).");
        if (!FORMAT.equals(root.path("format").asText(null))) {
            throw new DocumentException(name + " is not a Chainrule document (it has no \"format\": \"chainrule\").");
        }
        int version = root.path("version").asInt(-1);
        if (version < 1) throw new DocumentException(name + " has no valid format version.");
        if (version > Document.FORMAT_VERSION) {
            throw new DocumentException(name + " was written by a newer Chainrule (format version " + version
                    + "); this one reads version " + Document.FORMAT_VERSION + ".");
        }
        JsonNode program = root.get("program");
        if (program == null || !program.isTextual()) throw new DocumentException(name + " has no program.");
        Map<String, Double> inputs = new LinkedHashMap<>();
        JsonNode in = root.path("inputs");
        if (!in.isMissingNode() && !in.isObject()) throw new DocumentException(name + ": \"inputs\" must be an object of numbers.");
        for (Iterator<Map.Entry<String, JsonNode>> it = in.fields(); it.hasNext(); ) {
            var f = it.next();
            inputs.put(f.getKey(), number(f.getValue(), name, "input " + f.getKey()));
        }
        Granularity granularity;
        try {
            granularity = Granularity.valueOf(root.path("granularity").asText("fused").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new DocumentException(name + ": granularity must be \"fused\" or \"decomposed\".");
        }
        JsonNode d = root.path("display");
        Document.Display display;
        try {
            display = new Document.Display(d.path("theme").asText("light"), d.path("precision").asInt(2),
                    d.path("fontScale").asDouble(1.0));
        } catch (IllegalArgumentException e) {
            throw new DocumentException(name + ": " + e.getMessage() + ".");
        }
        Map<String, Document.Position> positions = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("positions").fields(); it.hasNext(); ) {
            var f = it.next();
            positions.put(f.getKey(), new Document.Position(number(f.getValue().path("x"), name, "position x of " + f.getKey()),
                    number(f.getValue().path("y"), name, "position y of " + f.getKey())));
        }
        return new Document(root.path("title").asText("Untitled"), root.path("description").asText(""),
                program.asText(), inputs, granularity, display, positions);
    }

    private static double number(JsonNode n, String name, String what) throws DocumentException {
        if (n.isNumber()) return n.asDouble();
        if (n.isTextual()) {
            switch (n.asText()) {
                case "NaN": return Double.NaN;
                case "Infinity": return Double.POSITIVE_INFINITY;
                case "-Infinity": return Double.NEGATIVE_INFINITY;
                default: break;
            }
        }
        throw new DocumentException(name + ": " + what + " must be a number.");
    }

    public static String toJson(Document doc) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", Document.FORMAT_VERSION);
        root.put("title", doc.title());
        if (!doc.description().isEmpty()) root.put("description", doc.description());
        root.put("program", doc.program());
        ObjectNode in = root.putObject("inputs");
        doc.inputs().forEach((k, v) -> putNumber(in, k, v));
        root.put("granularity", doc.granularity().name().toLowerCase(Locale.ROOT));
        ObjectNode d = root.putObject("display");
        d.put("theme", doc.display().theme());
        d.put("precision", doc.display().precision());
        d.put("fontScale", doc.display().fontScale());
        if (!doc.positions().isEmpty()) {
            ObjectNode pos = root.putObject("positions");
            doc.positions().forEach((k, p) -> {
                ObjectNode o = pos.putObject(k);
                o.put("x", p.x());
                o.put("y", p.y());
            });
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void putNumber(ObjectNode o, String key, double v) {
        if (Double.isFinite(v)) o.put(key, v);
        else o.put(key, Double.isNaN(v) ? "NaN" : v > 0 ? "Infinity" : "-Infinity");
    }

    /** Writes atomically: the old file stays whole if anything fails. */
    public static void write(Document doc, Path file) throws DocumentException {
        try {
            AtomicFiles.write(file, toJson(doc).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new DocumentException("Could not save " + file + ": " + e.getMessage(), e);
        }
    }
}
