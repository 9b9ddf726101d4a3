package org.chainrule.app.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecentFilesTest {

    @TempDir
    Path dir;

    @Test
    void mostRecentFirstWithoutDuplicatesAndPersisted() {
        Path store = dir.resolve("conf/recent.txt");
        RecentFiles r = new RecentFiles(store);
        Path a = dir.resolve("a.chainrule.json"), b = dir.resolve("b.chainrule.json");
        r.add(a);
        r.add(b);
        r.add(a);
        assertEquals(List.of(a, b), r.files());
        assertEquals(List.of(a, b), new RecentFiles(store).files());
        r.remove(a);
        assertEquals(List.of(b), new RecentFiles(store).files());
    }

    @Test
    void keepsAtMostEight() {
        RecentFiles r = new RecentFiles(dir.resolve("recent.txt"));
        for (int i = 0; i < 12; i++) r.add(dir.resolve("f" + i + ".json"));
        assertEquals(RecentFiles.LIMIT, r.files().size());
        assertEquals(dir.resolve("f11.json"), r.files().get(0));
    }

    @Test
    void anUnreadableListIsEmpty() throws Exception {
        Path store = dir.resolve("recent.txt");
        Files.createDirectories(store);
        assertEquals(List.of(), new RecentFiles(store).files());
        new RecentFiles(store).add(dir.resolve("x.json"));
    }
}
