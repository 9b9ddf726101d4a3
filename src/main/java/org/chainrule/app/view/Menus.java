package org.chainrule.app.view;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.chainrule.doc.Document;
import org.chainrule.doc.Presets;
import org.chainrule.graph.Granularity;

/** The menu bar and the toolbar, turning each command into a call on the {@link MainWindow}. */
final class Menus {

    static final List<String> THEMES = List.of("light", "dark", "projector", "print", "colorblind");

    private final MainWindow w;
    private final Menu examples = new Menu("E_xamples");
    private final ToggleGroup granularity = new ToggleGroup();
    private final ToggleGroup granularityButtons = new ToggleGroup();
    private final ToggleGroup themes = new ToggleGroup();
    private final ToggleGroup precisions = new ToggleGroup();
    private final ComboBox<String> themeBox = new ComboBox<>();

    Menus(MainWindow w) {
        this.w = w;
        examples.setId("examples-menu");
        MenuItem loading = new MenuItem("Loading…");
        loading.setDisable(true);
        examples.getItems().add(loading);
        examples.setOnShowing(e -> populateExamples());
        w.model().session().documentProperty().addListener((o, a, b) -> sync(b));
    }

    MenuBar bar() {
        MenuBar bar = new MenuBar(file(), edit(), view(), examples, help());
        bar.setId("menu-bar");
        sync(w.model().document());
        return bar;
    }

    private Menu file() {
        Menu recent = new Menu("Open _Recent");
        recent.setId("recent-menu");
        recent.getItems().add(new MenuItem("(none)"));
        recent.setOnShowing(e -> fillRecent(recent));
        Menu m = new Menu("_File", null,
                item("_New", "Shortcut+N", w::newDocument),
                item("_Open…", "Shortcut+O", w::open),
                recent,
                new SeparatorMenuItem(),
                item("_Save", "Shortcut+S", w::save),
                item("Save _As…", "Shortcut+Shift+S", w::saveAs),
                new SeparatorMenuItem(),
                item("_Export Picture…", "Shortcut+E", w::export),
                item("_Copy Picture", "Shortcut+Shift+C", w::copyPicture),
                new SeparatorMenuItem(),
                item("_Quit", "Shortcut+Q", w::quit));
        fillRecent(recent);
        return m;
    }

    private void fillRecent(Menu recent) {
        List<Path> files = w.services().recent().files();
        recent.getItems().clear();
        if (files.isEmpty()) {
            MenuItem none = new MenuItem("(no recent files)");
            none.setDisable(true);
            recent.getItems().add(none);
            return;
        }
        for (Path p : files) {
            MenuItem i = new MenuItem(p.getFileName() + "  —  " + p.getParent());
            i.setMnemonicParsing(false);
            i.setOnAction(e -> {
                if (!Files.exists(p)) w.services().recent().remove(p);
                if (w.confirmDiscard()) w.openFile(p);
            });
            recent.getItems().add(i);
        }
        recent.getItems().addAll(new SeparatorMenuItem(), item("Clear List", null, () -> w.services().recent().clear()));
    }

    private Menu edit() {
        return new Menu("_Edit", null,
                item("_Undo", "Shortcut+Z", () -> w.model().session().undo()),
                item("_Redo", "Shortcut+Shift+Z", () -> w.model().session().redo()),
                new SeparatorMenuItem(),
                item("Edit _Program", "Shortcut+L", () -> w.editor().area().requestFocus()),
                item("_Copy Picture", null, w::copyPicture));
    }

    private Menu view() {
        Menu theme = new Menu("_Theme");
        for (String t : THEMES) {
            RadioMenuItem r = new RadioMenuItem(Character.toUpperCase(t.charAt(0)) + t.substring(1));
            r.setUserData(t);
            r.setToggleGroup(themes);
            r.setOnAction(e -> w.setTheme(t));
            theme.getItems().add(r);
        }
        Menu precision = new Menu("_Precision");
        for (int p = 0; p <= 6; p++) {
            final int digits = p;
            RadioMenuItem r = new RadioMenuItem(p + (p == 1 ? " decimal" : " decimals"));
            r.setUserData(p);
            r.setToggleGroup(precisions);
            r.setOnAction(e -> w.setPrecision(digits));
            precision.getItems().add(r);
        }
        RadioMenuItem fused = new RadioMenuItem("_Fused Gates (σ as one gate)");
        fused.setUserData(Granularity.FUSED);
        fused.setToggleGroup(granularity);
        fused.setOnAction(e -> w.setGranularity(Granularity.FUSED));
        RadioMenuItem dec = new RadioMenuItem("_Decomposed Gates (σ as *-1, exp, +1, 1/x)");
        dec.setUserData(Granularity.DECOMPOSED);
        dec.setToggleGroup(granularity);
        dec.setOnAction(e -> w.setGranularity(Granularity.DECOMPOSED));
        return new Menu("_View", null,
                item("Zoom _In", "Shortcut+Equals", () -> w.canvas().zoomIn()),
                item("Zoom _Out", "Shortcut+Minus", () -> w.canvas().zoomOut()),
                item("_Fit to Window", "Shortcut+0", () -> w.canvas().fit()),
                item("_Actual Size", "Shortcut+1", () -> w.canvas().actualSize()),
                new SeparatorMenuItem(),
                fused, dec,
                item("Toggle _Granularity", "Shortcut+G", this::toggleGranularity),
                new SeparatorMenuItem(),
                theme, precision,
                item("_Larger Text", "Shortcut+Shift+Equals", () -> w.scaleFont(1.15)),
                item("_Smaller Text", "Shortcut+Shift+Minus", () -> w.scaleFont(1 / 1.15)),
                new SeparatorMenuItem(),
                item("P_resentation Mode", "F5", w::togglePresentation));
    }

    private void toggleGranularity() {
        Granularity g = w.model().document().granularity();
        w.setGranularity(g == Granularity.FUSED ? Granularity.DECOMPOSED : Granularity.FUSED);
    }

    private Menu help() {
        return new Menu("_Help", null,
                item("_Keyboard Shortcuts", "F1", () -> w.services().prompts().info(w.stage(), "Keyboard shortcuts", SHORTCUTS)),
                item("_About Chainrule", null, () -> w.services().prompts().info(w.stage(), "About Chainrule",
                        "Chainrule teaches backpropagation: type a function, watch the forward values (green, above each wire) "
                                + "and the gradients (red, below) flow through its computational graph, one gate at a time, "
                                + "and compare them with the analytic derivatives and finite differences.")));
    }

    static final String SHORTCUTS = String.join("\n",
            "Right, Space, PageDown   next step",
            "Left, PageUp             previous step",
            "Home / End               start / end of the backward pass",
            "F                        end of the forward pass",
            "P                        play or pause",
            "Enter (in the editor)    run the program; Shift+Enter adds a line",
            "Esc                      leave the editor (or presentation mode)",
            "Ctrl+= / Ctrl+- / Ctrl+0 zoom in / out / fit; wheel zooms, drag pans",
            "Ctrl+G                   fused or decomposed gates",
            "F5                       presentation mode",
            "Ctrl+N, O, S, E, Z       new, open, save, export, undo");

    ToolBar toolbar() {
        ToggleButton fusedB = toggle("Fused", "Fused gates: sigmoid, tanh, ... as one gate", Granularity.FUSED);
        ToggleButton decB = toggle("Decomposed", "Decomposed gates: sigmoid as *-1, exp, +1, 1/x", Granularity.DECOMPOSED);
        fusedB.setId("granularity-fused");
        decB.setId("granularity-decomposed");
        themeBox.getItems().setAll(THEMES);
        themeBox.setId("theme-box");
        themeBox.setTooltip(new Tooltip("Theme of the picture"));
        themeBox.setFocusTraversable(false);
        themeBox.setOnAction(e -> {
            if (themeBox.getValue() != null && !themeBox.getValue().equals(w.model().document().display().theme())) w.setTheme(themeBox.getValue());
        });
        ToolBar tb = new ToolBar(
                button("New", "New document (Ctrl+N)", w::newDocument),
                button("Open…", "Open a document (Ctrl+O)", w::open),
                button("Save", "Save (Ctrl+S)", w::save),
                new Separator(),
                button("Undo", "Undo (Ctrl+Z)", () -> w.model().session().undo()),
                button("Redo", "Redo (Ctrl+Shift+Z)", () -> w.model().session().redo()),
                new Separator(), fusedB, decB,
                new Separator(),
                button("−", "Zoom out (Ctrl+-)", () -> w.canvas().zoomOut()),
                button("Fit", "Fit to window (Ctrl+0)", () -> w.canvas().fit()),
                button("+", "Zoom in (Ctrl+=)", () -> w.canvas().zoomIn()),
                new Separator(), themeBox,
                new Separator(),
                button("Export…", "Export PNG, SVG, PDF or TikZ (Ctrl+E)", w::export),
                button("Copy", "Copy the picture to the clipboard (Ctrl+Shift+C)", w::copyPicture),
                button("Present", "Presentation mode (F5)", w::togglePresentation));
        tb.setId("toolbar");
        sync(w.model().document());
        return tb;
    }

    private ToggleButton toggle(String text, String tip, Granularity g) {
        ToggleButton b = new ToggleButton(text);
        b.setUserData(g);
        b.setToggleGroup(granularityButtons);
        b.setTooltip(new Tooltip(tip));
        b.setFocusTraversable(false);
        b.setOnAction(e -> {
            w.setGranularity(g);
            sync(w.model().document());
        });
        return b;
    }

    /** Radio items and buttons follow the document (also after open, undo, examples). */
    private void sync(Document d) {
        select(granularity, d.granularity());
        select(granularityButtons, d.granularity());
        select(themes, d.display().theme());
        select(precisions, d.display().precision());
        if (!d.display().theme().equals(themeBox.getValue())) themeBox.setValue(d.display().theme());
    }

    private static void select(ToggleGroup g, Object value) {
        g.getToggles().stream().filter(t -> value.equals(t.getUserData())).findFirst().ifPresent(t -> t.setSelected(true));
    }

    /** Fills the Examples menu from the shipped presets (once; the window calls it after its first frame). */
    void populateExamples() {
        if (examples.getItems().size() > 1 || examples.getItems().get(0).getUserData() != null) return;
        examples.getItems().clear();
        for (Presets.Preset p : Presets.all()) {
            MenuItem i = new MenuItem(p.document().title());
            i.setMnemonicParsing(false);
            i.setUserData(p.file());
            i.setId("example-" + p.file().replace(".chainrule.json", ""));
            i.setOnAction(e -> w.loadExample(p.document()));
            examples.getItems().add(i);
        }
    }

    private static MenuItem item(String text, String keys, Runnable action) {
        MenuItem i = new MenuItem(text);
        if (keys != null) i.setAccelerator(KeyCombination.keyCombination(keys));
        i.setOnAction(e -> action.run());
        return i;
    }

    private static Button button(String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setTooltip(new Tooltip(tip));
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }

    static KeyCodeCombination shortcut(KeyCode k) {
        return new KeyCodeCombination(k, KeyCombination.SHORTCUT_DOWN);
    }
}
