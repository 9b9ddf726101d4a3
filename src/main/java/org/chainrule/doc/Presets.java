package org.chainrule.doc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The examples that ship with Chainrule: the seed exercise sheet's three exercises and the CS231n
 * worked examples. They live under {@code assets/presets/} as ordinary documents and are packed into
 * the jar under {@code presets/}; {@code index.txt} gives their order.
 */
public final class Presets {

    /** A preset: its file name (without folder) and its document. */
    public record Preset(String file, Document document) {}

    private Presets() {}

    public static List<Preset> all() {
        List<Preset> out = new ArrayList<>();
        for (String line : resource("index.txt").split("\n")) {
            String file = line.strip();
            if (file.isEmpty() || file.startsWith("#")) continue;
            out.add(new Preset(file, load(file)));
        }
        return out;
    }

    /** The preset with file name {@code file}, e.g. {@code ex1.chainrule.json}. */
    public static Document load(String file) {
        try {
            return DocumentIO.parse(resource(file), file);
        } catch (DocumentException e) {
            throw new IllegalStateException("the shipped preset " + file + " is broken: " + e.getMessage(), e);
        }
    }

    /** Exercise 1, the document the window opens with. */
    public static Document first() {
        return load("ex1.chainrule.json");
    }

    private static String resource(String name) {
        try (InputStream in = Presets.class.getResourceAsStream("/presets/" + name)) {
            if (in == null) throw new IllegalStateException("preset " + name + " is missing from the build");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("preset " + name + " cannot be read", e);
        }
    }
}
