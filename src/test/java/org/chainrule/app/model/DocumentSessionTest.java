package org.chainrule.app.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.chainrule.doc.Document;
import org.chainrule.doc.DocumentException;
import org.chainrule.doc.DocumentIO;
import org.chainrule.doc.Presets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentSessionTest {

    @TempDir
    Path dir;

    @Test
    void titleShowsNameAndDirtyMarker() throws Exception {
        DocumentSession s = new DocumentSession(Presets.first());
        assertEquals("Exercise 1: a simple function — Chainrule", s.titleBinding().get());
        s.edit(d -> d.withInput("x", 1));
        assertTrue(s.isDirty());
        assertEquals("*Exercise 1: a simple function — Chainrule", s.titleBinding().get());
        Path f = dir.resolve("mine.chainrule.json");
        s.saveAs(f);
        assertFalse(s.isDirty());
        assertEquals("mine.chainrule.json — Chainrule", s.titleBinding().get());
        assertEquals(1.0, DocumentIO.read(f).inputs().get("x"));
    }

    @Test
    void anEditThatChangesNothingIsNoEdit() {
        DocumentSession s = new DocumentSession(Presets.first());
        s.edit(d -> d);
        assertFalse(s.isDirty());
        assertFalse(s.canUndo());
    }

    @Test
    void undoAndRedo() {
        Document start = Presets.first();
        DocumentSession s = new DocumentSession(start);
        s.edit(d -> d.withProgram("x * y"));
        s.edit(d -> d.withProgram("x * y * z"));
        s.undo();
        assertEquals("x * y", s.document().program());
        s.undo();
        assertEquals(start, s.document());
        assertFalse(s.canUndo());
        s.redo();
        assertEquals("x * y", s.document().program());
    }

    @Test
    void aBrokenFileLeavesTheDocumentUntouched() throws Exception {
        DocumentSession s = new DocumentSession(Presets.first());
        s.edit(d -> d.withInput("x", 7));
        Document before = s.document();
        Path bad = dir.resolve("broken.chainrule.json");
        Files.writeString(bad, "{ \"format\": \"chainrule\", \"version\": 1, \"program\": ");
        DocumentException e = assertThrows(DocumentException.class, () -> s.open(bad));
        assertTrue(e.getMessage().startsWith("broken.chainrule.json is not valid JSON"), e.getMessage());
        assertEquals(before, s.document());
        assertTrue(s.isDirty());
        assertNull(s.file());
        assertTrue(s.canUndo());
    }

    @Test
    void openingAFileIsClean() throws Exception {
        Path f = dir.resolve("ex.chainrule.json");
        DocumentIO.write(Presets.first().withProgram("x * y"), f);
        DocumentSession s = new DocumentSession(Presets.first());
        s.edit(d -> d.withInput("x", 3));
        s.open(f);
        assertEquals("x * y", s.document().program());
        assertFalse(s.isDirty());
        assertFalse(s.canUndo());
        assertEquals(f, s.file());
        assertFalse(s.save() && s.isDirty());
    }
}
