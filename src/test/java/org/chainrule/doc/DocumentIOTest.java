package org.chainrule.doc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.chainrule.engine.Evaluation;
import org.chainrule.expr.Parser;
import org.chainrule.graph.Granularity;
import org.chainrule.graph.GraphBuilder;
import org.chainrule.testing.RandomPrograms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentIOTest {

    @TempDir
    Path dir;

    /** Seeded random documents survive writing and reading unchanged, NaN and infinities included. */
    @Test
    void roundTripOfRandomDocuments() throws Exception {
        double[] special = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, 1e-300, 0.1};
        for (long seed = 0; seed < 300; seed++) {
            Random r = new Random(seed);
            Map<String, Double> inputs = new LinkedHashMap<>();
            for (String v : List.of("x", "y", "z")) {
                inputs.put(v, r.nextInt(5) == 0 ? special[r.nextInt(special.length)] : r.nextGaussian() * 1e3);
            }
            Map<String, Document.Position> pos = new LinkedHashMap<>();
            if (r.nextBoolean()) pos.put("n" + r.nextInt(9), new Document.Position(r.nextDouble() * 500, r.nextDouble() * 300));
            Document d = new Document("Doc \"" + seed + "\" ünïcode", r.nextBoolean() ? "" : "a\nb",
                    RandomPrograms.program(r, List.of("x", "y", "z"), 1 + r.nextInt(4)), inputs,
                    r.nextBoolean() ? Granularity.FUSED : Granularity.DECOMPOSED,
                    new Document.Display(List.of("light", "dark", "projector", "print", "colorblind").get(r.nextInt(5)),
                            r.nextInt(7), 0.5 + r.nextInt(4) * 0.5), pos);
            Path f = dir.resolve("d" + seed + ".chainrule.json");
            DocumentIO.write(d, f);
            Document back = DocumentIO.read(f);
            assertEquals(d.program(), back.program());
            assertEquals(d.title(), back.title());
            assertEquals(d.description(), back.description());
            assertEquals(d.granularity(), back.granularity());
            assertEquals(d.display(), back.display());
            assertEquals(d.positions(), back.positions());
            assertEquals(d.inputs().keySet(), back.inputs().keySet());
            for (String k : d.inputs().keySet()) {
                assertEquals(Double.doubleToLongBits(d.inputs().get(k) == -0.0 ? 0.0 : d.inputs().get(k)),
                        Double.doubleToLongBits(back.inputs().get(k) == -0.0 ? 0.0 : back.inputs().get(k)), k);
            }
        }
    }

    @Test
    void brokenFilesAreRefusedWithAClearMessage() throws Exception {
        assertEquals("broken.json is not valid JSON at line 1, column 12: Unexpected end-of-input within/between Object entries",
                message("{\"format\": ", "broken.json"));
        assertEquals("other.json is not a Chainrule document (it has no \"format\": \"chainrule\").", message("{\"a\": 1}", "other.json"));
        assertEquals("new.json was written by a newer Chainrule (format version 7); this one reads version 1.",
                message("{\"format\": \"chainrule\", \"version\": 7, \"program\": \"x\"}", "new.json"));
        assertEquals("d.json: input x must be a number.",
                message("{\"format\": \"chainrule\", \"version\": 1, \"program\": \"x\", \"inputs\": {\"x\": \"two\"}}", "d.json"));
        assertEquals("d.json has no program.", message("{\"format\": \"chainrule\", \"version\": 1}", "d.json"));
        Path binary = dir.resolve("image.chainrule.json");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', (byte) 0xff, (byte) 0xfe, 0});
        DocumentException e = assertThrows(DocumentException.class, () -> DocumentIO.read(binary));
        assertTrue(e.getMessage().contains("image.chainrule.json"), e.getMessage());
        e = assertThrows(DocumentException.class, () -> DocumentIO.read(dir.resolve("missing.chainrule.json")));
        assertTrue(e.getMessage().endsWith("does not exist."), e.getMessage());
    }

    private static String message(String json, String name) {
        return assertThrows(DocumentException.class, () -> DocumentIO.parse(json, name)).getMessage();
    }

    @Test
    void aFailedSaveLeavesTheOldFileWhole() throws Exception {
        Path f = dir.resolve("keep.chainrule.json");
        DocumentIO.write(Presets.first(), f);
        byte[] before = Files.readAllBytes(f);
        Path readOnlyDir = dir.resolve("ro");
        Files.createDirectory(readOnlyDir);
        Path target = readOnlyDir.resolve("x.chainrule.json");
        Files.write(target, before);
        readOnlyDir.toFile().setWritable(false);
        try {
            if (Files.isWritable(readOnlyDir)) return; // running as root: permissions do not stop writes
            assertThrows(DocumentException.class, () -> DocumentIO.write(Presets.first().withProgram("y"), target));
            assertArrayEquals(before, Files.readAllBytes(target));
        } finally {
            readOnlyDir.toFile().setWritable(true);
        }
    }

    @Test
    void presetsCarryTheDocumentedValues() throws Exception {
        List<Presets.Preset> all = Presets.all();
        assertEquals(6, all.size());
        assertEquals("Exercise 1: a simple function", all.get(0).document().title());
        Map<String, double[]> expected = Map.of(
                "ex1.chainrule.json", new double[] {-12},
                "ex2.chainrule.json", new double[] {154, 75, 100, 11, -14},
                "ex3.chainrule.json", new double[] {0.7310585786300049},
                "cs231n-patterns.chainrule.json", new double[] {-20, -8, 6, 2, 0});
        for (Presets.Preset p : all) {
            Document d = p.document();
            Evaluation e = Evaluation.of(GraphBuilder.build(Parser.parse(d.program()), d.granularity()), d.inputs());
            assertEquals(d.inputs().keySet(), e.gradient().keySet(), p.file() + " gives every input a value, in order");
            double[] want = expected.get(p.file());
            if (want == null) continue;
            assertEquals(want[0], e.value(), 1e-15, p.file());
            int k = 1;
            for (double g : e.gradient().values()) if (k < want.length) assertEquals(want[k++], g, 1e-12, p.file());
        }
    }
}
