package org.chainrule.app.view;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.chainrule.app.model.Analysis;
import org.chainrule.app.model.AppModel;
import org.chainrule.app.model.DerivativeSource;
import org.chainrule.app.model.NodeDescription;
import org.chainrule.app.model.RecentFiles;
import org.chainrule.app.model.StepPlayer;
import org.chainrule.app.paint.ExportSettings;
import org.chainrule.app.paint.GraphPainter;
import org.chainrule.app.paint.PaintOptions;
import org.chainrule.app.paint.PictureExport;
import org.chainrule.doc.Document;
import org.chainrule.doc.DocumentException;
import org.chainrule.graph.Granularity;

/**
 * The main window: editor on top, picture in the centre, side panel on the right, step player
 * below. A thin controller: the state lives in {@link AppModel}; this class wires it to the views
 * and turns menu commands into model calls.
 */
public final class MainWindow {

    /** What the window is built from; tests swap the prompts and the recent-files store. */
    public record Services(GraphPainter painter, PictureExport export, DerivativeSource derivatives,
                           Prompts prompts, RecentFiles recent) {}

    private final Stage stage;
    private final AppModel model;
    private final Services services;
    private final EditorPane editor;
    private final GraphCanvas canvas = new GraphCanvas();
    private final SidePanel side;
    /** The side panel fills in after the first frame ({@link #afterFirstFrame}). */
    private boolean panelShown;
    private final PlayerBar playerBar;
    private final BorderPane root = new BorderPane();
    private final DoubleProperty fade = new SimpleDoubleProperty(1);
    private final Timeline fadeIn = new Timeline();
    private final Menus menus;
    private boolean presenting;

    public MainWindow(Stage stage, AppModel model, Services services) {
        this.stage = stage;
        this.model = model;
        this.services = services;
        this.editor = new EditorPane(text -> {
            long t0 = System.nanoTime();
            model.setProgram(text);
            org.chainrule.app.Timing.log("program run, laid out and painted (" + gates() + " gates) in", System.nanoTime() - t0);
        });
        this.side = new SidePanel(model::setInput);
        this.playerBar = new PlayerBar(model.player());
        side.setDerivatives(services.derivatives());
        this.menus = new Menus(this);
        VBox top = new VBox(menus.bar(), menus.toolbar(), editor);
        top.getStyleClass().add("top");
        root.setTop(top);
        root.setCenter(canvas);
        root.setRight(side);
        root.setBottom(playerBar);
        root.getStyleClass().add("chainrule");
        canvas.setDescriber(i -> model.analysis() == null ? null : NodeDescription.of(model.analysis(), i, model.precision()));
        wire();
        var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1360, screen.getWidth()), Math.min(860, screen.getHeight()));
        var css = MainWindow.class.getResource("/org/chainrule/app/chainrule.css");
        if (css != null) scene.getStylesheets().add(css.toExternalForm());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        stage.setScene(scene);
        stage.titleProperty().bind(model.session().titleBinding());
        stage.setOnCloseRequest(e -> {
            if (!confirmDiscard()) e.consume();
        });
        editor.setText(model.document().program());
        showAnalysis();
    }

    private void wire() {
        StepPlayer p = model.player();
        model.analysisProperty().addListener((o, a, b) -> showAnalysis());
        model.errorProperty().addListener((o, a, b) -> editor.showError(b));
        model.session().documentProperty().addListener((o, a, b) -> {
            editor.setText(b.program());
            if (a == null || !a.display().equals(b.display())) {
                showAnalysis();
            }
        });
        p.positionProperty().addListener((o, a, b) -> {
            fadeIn.stop();
            fadeIn.getKeyFrames().setAll(new KeyFrame(Duration.ZERO, new KeyValue(fade, 0)),
                    new KeyFrame(Duration.millis(380), new KeyValue(fade, 1)));
            fadeIn.playFromStart();
            repaint();
        });
        p.revisionProperty().addListener((o, a, b) -> repaint());
        fade.addListener((o, a, b) -> repaint());
        playerBar.narration().textProperty().bind(model.narrationProperty());
    }

    private int gates() {
        return model.analysis() == null ? 0 : model.analysis().graph().gateCount();
    }

    public Stage stage() { return stage; }

    public AppModel model() { return model; }

    public GraphCanvas canvas() { return canvas; }

    public SidePanel side() { return side; }

    public EditorPane editor() { return editor; }

    public Services services() { return services; }

    /**
     * Called once the first frame is on screen: the slower parts come now, the side panel's rows first
     * (building and styling them is about 150 ms of start-up), then formulas and examples.
     */
    public void afterFirstFrame() {
        if (!panelShown) {
            panelShown = true;
            if (model.analysis() != null) side.show(model.analysis(), model.precision());
        }
        double scale = stage.getOutputScaleX();
        side.enableFormulas(Math.max(1, scale), model.analysis(), model.precision());
        javafx.application.Platform.runLater(menus::populateExamples);
        LatexFonts.registerInBackground();
    }

    private void showAnalysis() {
        Analysis a = model.analysis();
        if (a == null) return;
        if (panelShown) side.show(a, model.precision());
        repaint();
    }

    /** The picture for the current analysis, step and display settings. */
    PaintOptions paintOptions() {
        Document.Display d = model.document().display();
        StepPlayer p = model.player();
        boolean complete = p.position() == p.size();
        if (complete && fade.get() >= 1) {
            return new PaintOptions(d.theme(), d.precision(), d.fontScale(), null, null,
                    new java.util.BitSet(), new java.util.BitSet(), -1, 1);
        }
        return new PaintOptions(d.theme(), d.precision(), d.fontScale(), p.revealedValues(), p.revealedGrads(),
                p.freshValues(), p.freshGrads(), p.highlight(), fade.get());
    }

    public void repaint() {
        Analysis a = model.analysis();
        if (a == null) return;
        PaintOptions o = paintOptions();
        canvas.setBackgroundColor(services.painter().background(o.theme()));
        canvas.drawingProperty().set(services.painter().draw(a.evaluation(), o));
    }

    private void onKey(KeyEvent e) {
        if (e.isControlDown() || e.isAltDown() || e.isMetaDown()) return;
        boolean typing = stage.getScene().getFocusOwner() instanceof TextInputControl;
        StepPlayer p = model.player();
        switch (e.getCode()) {
            case ESCAPE:
                if (presenting) togglePresentation();
                canvas.requestFocus();
                break;
            case PAGE_DOWN: p.next(); break;
            case PAGE_UP: p.previous(); break;
            case SPACE: case RIGHT: if (typing) return; p.next(); break;
            case LEFT: if (typing) return; p.previous(); break;
            case HOME: if (typing) return; p.reset(); break;
            case END: if (typing) return; p.endBackward(); break;
            case F: if (typing) return; p.endForward(); break;
            case P: if (typing) return; p.togglePlay(); break;
            default: return;
        }
        e.consume();
    }

    // ---- commands -------------------------------------------------------------------------------

    public void newDocument() {
        if (!confirmDiscard()) return;
        model.session().replace(Document.of("Untitled", "f = x * y", Map.of("x", 3.0, "y", -2.0)));
    }

    public void loadExample(Document doc) {
        if (!confirmDiscard()) return;
        model.session().replace(doc);
        canvas.fit();
    }

    public void open() {
        if (!confirmDiscard()) return;
        Path p = services.prompts().chooseOpen(stage);
        if (p != null) openFile(p);
    }

    /** Opens {@code p}; a file that cannot be read is explained and the open document stays. */
    public void openFile(Path p) {
        try {
            model.session().open(p);
            services.recent().add(p);
            canvas.fit();
        } catch (DocumentException e) {
            services.prompts().error(stage, "Could not open " + p.getFileName(),
                    e.getMessage() + "\n\nThe document you had open is unchanged.");
        }
    }

    public boolean save() {
        try {
            if (model.session().save()) return true;
        } catch (DocumentException e) {
            services.prompts().error(stage, "Could not save", e.getMessage());
            return false;
        }
        return saveAs();
    }

    public boolean saveAs() {
        String suggested = model.session().file() != null ? model.session().file().getFileName().toString()
                : slug(model.document().title()) + ".chainrule.json";
        Path p = services.prompts().chooseSave(stage, suggested, "Chainrule documents", "*.chainrule.json");
        if (p == null) return false;
        try {
            model.session().saveAs(p);
            services.recent().add(p);
            return true;
        } catch (DocumentException e) {
            services.prompts().error(stage, "Could not save", e.getMessage());
            return false;
        }
    }

    /** True when it is fine to drop the open document (saved, discarded, or clean). */
    public boolean confirmDiscard() {
        if (!model.session().isDirty()) return true;
        switch (services.prompts().confirmUnsaved(stage, model.session().name())) {
            case SAVE: return save();
            case DISCARD: return true;
            default: return false;
        }
    }

    public void export() {
        Analysis a = model.analysis();
        if (a == null) return;
        Path dir = model.session().file() != null ? model.session().file().toAbsolutePath().getParent()
                : Paths.get(System.getProperty("user.home"));
        Path suggested = dir.resolve(slug(model.document().title()) + ".png");
        String latex = services.derivatives().isReady(a.program()) ? services.derivatives().equation(a.program()).orElse(null) : null;
        ExportDialog d = new ExportDialog(stage, services.prompts(), suggested, model.document().display().theme(), model.precision(), latex);
        d.showAndWait().ifPresent(r -> exportTo(r.file(), r.settings()));
    }

    public void exportTo(Path file, ExportSettings s) {
        try {
            services.export().export(model.analysis().evaluation(), s, file);
        } catch (IOException | RuntimeException e) {
            services.prompts().error(stage, "Could not export", e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    public void copyPicture() {
        Analysis a = model.analysis();
        if (a == null) return;
        Document.Display d = model.document().display();
        var img = services.export().image(a.evaluation(), new ExportSettings(ExportSettings.Format.PNG,
                ExportSettings.Show.ALL, d.theme(), d.precision(), 2, null));
        ClipboardContent c = new ClipboardContent();
        c.putImage(SwingFXUtils.toFXImage(img, null));
        Clipboard.getSystemClipboard().setContent(c);
    }

    public void setGranularity(Granularity g) { model.setGranularity(g); }

    public void setTheme(String theme) {
        Document.Display d = model.document().display();
        model.setDisplay(new Document.Display(theme, d.precision(), d.fontScale()));
    }

    public void setPrecision(int p) {
        Document.Display d = model.document().display();
        model.setDisplay(new Document.Display(d.theme(), p, d.fontScale()));
    }

    public void scaleFont(double factor) {
        Document.Display d = model.document().display();
        double f = Math.max(0.5, Math.min(4, Math.round(d.fontScale() * factor * 100) / 100.0));
        model.setDisplay(new Document.Display(d.theme(), d.precision(), f));
    }

    /** Full screen with the picture and the narration only: for the lecture hall. */
    public void togglePresentation() {
        presenting = !presenting;
        root.setRight(presenting ? null : side);
        root.getTop().setVisible(!presenting);
        root.getTop().setManaged(!presenting);
        root.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("presenting"), presenting);
        stage.setFullScreenExitHint("");
        stage.setFullScreen(presenting);
        canvas.fit();
        canvas.requestFocus();
    }

    public void quit() {
        if (confirmDiscard()) stage.hide();
    }

    static String slug(String title) {
        String s = title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return s.isEmpty() ? "chainrule" : s;
    }
}
