package org.chainrule.app.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The recent-files list: most recent first, at most {@link #LIMIT}, kept in a small text file (one
 * absolute path per line) so that it survives restarts. A missing or unreadable list is an empty one;
 * a list that cannot be written is kept in memory only.
 */
public final class RecentFiles {

    public static final int LIMIT = 8;

    private final Path store;
    private final ObservableList<Path> files = FXCollections.observableArrayList();

    public RecentFiles(Path store) {
        this.store = store;
        load();
    }

    /** The list in the user's home: {@code ~/.chainrule/recent-files.txt}. */
    public static RecentFiles inUserHome() {
        return new RecentFiles(Paths.get(System.getProperty("user.home"), ".chainrule", "recent-files.txt"));
    }

    public ObservableList<Path> files() { return FXCollections.unmodifiableObservableList(files); }

    /** Moves {@code file} to the top of the list and saves the list. */
    public void add(Path file) {
        Path p = file.toAbsolutePath().normalize();
        List<Path> next = new ArrayList<>(files);
        next.remove(p);
        next.add(0, p);
        while (next.size() > LIMIT) next.remove(next.size() - 1);
        files.setAll(next);
        save();
    }

    /** Drops {@code file} (for example, it no longer exists) and saves the list. */
    public void remove(Path file) {
        if (files.remove(file.toAbsolutePath().normalize())) save();
    }

    public void clear() {
        files.clear();
        save();
    }

    private void load() {
        if (!Files.isRegularFile(store)) return;
        try {
            List<Path> out = new ArrayList<>();
            for (String line : Files.readAllLines(store, StandardCharsets.UTF_8)) {
                String s = line.strip();
                if (s.isEmpty()) continue;
                try {
                    Path p = Paths.get(s);
                    if (!out.contains(p) && out.size() < LIMIT) out.add(p);
                } catch (java.nio.file.InvalidPathException e) {
                    // a line that is no path is skipped
                }
            }
            files.setAll(out);
        } catch (IOException e) {
            files.clear();
        }
    }

    private void save() {
        try {
            Files.createDirectories(store.toAbsolutePath().getParent());
            StringBuilder sb = new StringBuilder();
            for (Path p : files) sb.append(p).append('\n');
            Path tmp = Files.createTempFile(store.toAbsolutePath().getParent(), ".recent", ".tmp");
            Files.writeString(tmp, sb, StandardCharsets.UTF_8);
            Files.move(tmp, store, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            // the list stays in memory; losing it is not worth bothering the user
        }
    }
}
