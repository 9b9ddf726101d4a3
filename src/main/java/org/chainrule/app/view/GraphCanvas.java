package org.chainrule.app.view;

import java.awt.Color;
import java.util.function.IntFunction;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;
import javafx.util.Duration;
import org.chainrule.app.paint.GraphPainter.Drawing;
import org.jfree.fx.FXGraphics2D;

/**
 * The picture in the centre of the window, painted through the one painter onto a Canvas with
 * FXGraphics2D. The canvas's pixels are the screen's pixels (its size is multiplied by the window's
 * output scale and shown scaled back), so text stays crisp on HiDPI screens and at any zoom.
 * Wheel or shortcuts zoom about a point, dragging pans, and hovering a node shows its tooltip.
 */
public final class GraphCanvas extends Region {

    public static final double MIN_ZOOM = 0.05;
    public static final double MAX_ZOOM = 8;

    private final Canvas canvas = new Canvas();
    private final ObjectProperty<Drawing> drawing = new SimpleObjectProperty<>(this, "drawing");
    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(this, "zoom", 1);
    private final Tooltip tooltip = new Tooltip();
    private double panX;
    private double panY;
    private double dragX;
    private double dragY;
    private boolean fitted;
    private boolean autoFit = true;
    private Color background = Color.WHITE;
    private IntFunction<String> describer = i -> null;
    private int hovered = -1;
    private boolean paintPending;
    /** While dragging: the picture as it was when the drag began, moved instead of repainted. */
    private javafx.scene.image.WritableImage dragImage;
    private double dragStartPanX;
    private double dragStartPanY;

    public GraphCanvas() {
        getStyleClass().add("graph-canvas");
        setId("graph-canvas");
        canvas.setManaged(false);
        getChildren().add(canvas);
        setMinSize(100, 100);
        setFocusTraversable(true);
        drawing.addListener((obs, was, now) -> {
            if (now != null && (was == null || autoFit && (was.width() != now.width() || was.height() != now.height()))) fitted = false;
            requestLayout();
            paint();
        });
        setOnScroll(this::onScroll);
        setOnMousePressed(e -> {
            dragX = e.getX();
            dragY = e.getY();
            requestFocus();
        });
        setOnMouseDragged(e -> {
            if (dragImage == null) startDrag();
            panX += e.getX() - dragX;
            panY += e.getY() - dragY;
            dragX = e.getX();
            dragY = e.getY();
            autoFit = false;
            setCursor(Cursor.MOVE);
            paintDragged();
        });
        setOnMouseReleased(e -> {
            setCursor(Cursor.DEFAULT);
            if (dragImage != null) paintNow();
        });
        setOnMouseMoved(this::onHover);
        setOnMouseExited(e -> tooltip.hide());
        tooltip.setShowDelay(Duration.millis(250));
        // moving to a screen with another scale (HiDPI) resizes the canvas's pixels
        sceneProperty().addListener((o, was, scene) -> {
            if (scene == null) return;
            scene.windowProperty().addListener((o2, w0, w) -> {
                if (w != null) w.outputScaleXProperty().addListener((o3, a, b) -> requestLayout());
            });
            if (scene.getWindow() != null) scene.getWindow().outputScaleXProperty().addListener((o3, a, b) -> requestLayout());
        });
        tooltip.setId("node-tooltip");
    }

    public ObjectProperty<Drawing> drawingProperty() { return drawing; }

    /** The hover tooltip (its text is the hovered node's description). */
    public Tooltip tooltip() { return tooltip; }

    public ReadOnlyDoubleProperty zoomProperty() { return zoom.getReadOnlyProperty(); }

    /** Text for the tooltip of node {@code i}, or null for none. */
    public void setDescriber(IntFunction<String> describer) { this.describer = describer; }

    public void setBackgroundColor(Color c) {
        background = c;
        paint();
    }

    public void zoomIn() { zoomAbout(1.25, getWidth() / 2, getHeight() / 2); }

    public void zoomOut() { zoomAbout(1 / 1.25, getWidth() / 2, getHeight() / 2); }

    /** Zoom to 100 % (one scene unit per pixel), centred. */
    public void actualSize() {
        autoFit = false;
        Drawing d = drawing.get();
        zoom.set(1);
        if (d != null) center(d);
        paint();
    }

    /** Fit the whole picture into the view (never above 200 %), and keep fitting as the window resizes. */
    public void fit() {
        autoFit = true;
        fitted = false;
        requestLayout();
        layoutChildren();
    }

    public void zoomAbout(double factor, double x, double y) {
        double z = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom.get() * factor));
        double f = z / zoom.get();
        panX = x - (x - panX) * f;
        panY = y - (y - panY) * f;
        zoom.set(z);
        autoFit = false;
        paint();
    }

    /** The node under a point of this view, or -1. */
    public int nodeAt(double x, double y) {
        Drawing d = drawing.get();
        if (d == null) return -1;
        return d.hitTest((x - panX) / zoom.get(), (y - panY) / zoom.get());
    }

    /** Where scene point (sx, sy) of the picture is in this view's coordinates. */
    public javafx.geometry.Point2D toView(double sx, double sy) {
        return new javafx.geometry.Point2D(panX + sx * zoom.get(), panY + sy * zoom.get());
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth(), h = getHeight();
        double s = outputScale();
        canvas.setWidth(Math.ceil(w * s));
        canvas.setHeight(Math.ceil(h * s));
        canvas.getTransforms().setAll(new Scale(1 / s, 1 / s, 0, 0));
        Drawing d = drawing.get();
        if (d != null && w > 0 && h > 0 && (!fitted || autoFit)) {
            double z = Math.min(2, Math.min((w - 20) / d.width(), (h - 20) / d.height()));
            zoom.set(Math.max(MIN_ZOOM, z));
            center(d);
            fitted = true;
        }
        paint();
    }

    private void center(Drawing d) {
        panX = (getWidth() - d.width() * zoom.get()) / 2;
        panY = (getHeight() - d.height() * zoom.get()) / 2;
    }

    private double outputScale() {
        if (getScene() == null || getScene().getWindow() == null) return 1;
        return Math.max(1, getScene().getWindow().getOutputScaleX());
    }

    /**
     * Asks for a repaint: several requests within one pulse paint once (an edit changes the drawing,
     * the zoom and the step at once).
     */
    public void paint() {
        if (paintPending) return;
        paintPending = true;
        javafx.application.Platform.runLater(this::paintNow);
    }

    /** Paints the picture now. */
    public void paintNow() {
        paintPending = false;
        dragImage = null;
        double s = outputScale();
        var gc = canvas.getGraphicsContext2D();
        gc.setTransform(1, 0, 0, 1, 0, 0);
        gc.setGlobalAlpha(1);
        gc.setFill(fxBackground());
        gc.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        Drawing d = drawing.get();
        if (d == null) return;
        // a fresh Graphics2D each time: FXGraphics2D caches its colour, which the painter may leave out of step
        FXGraphics2D g2 = new FXGraphics2D(gc);
        g2.setTransform(new java.awt.geom.AffineTransform(s * zoom.get(), 0, 0, s * zoom.get(), s * panX, s * panY));
        d.paint(g2);
    }

    private javafx.scene.paint.Color fxBackground() {
        return javafx.scene.paint.Color.rgb(background.getRed(), background.getGreen(), background.getBlue());
    }

    /** Panning moves a snapshot of the picture; the full repaint comes when the drag ends. */
    private void startDrag() {
        javafx.scene.SnapshotParameters sp = new javafx.scene.SnapshotParameters();
        double s = outputScale();
        sp.setTransform(new Scale(s, s));
        dragImage = canvas.snapshot(sp, null);
        dragStartPanX = panX;
        dragStartPanY = panY;
    }

    private void paintDragged() {
        double s = outputScale();
        var gc = canvas.getGraphicsContext2D();
        gc.setTransform(1, 0, 0, 1, 0, 0);
        gc.setFill(fxBackground());
        gc.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        gc.drawImage(dragImage, s * (panX - dragStartPanX), s * (panY - dragStartPanY));
    }

    private void onScroll(ScrollEvent e) {
        if (e.getDeltaY() == 0) return;
        zoomAbout(e.getDeltaY() > 0 ? 1.1 : 1 / 1.1, e.getX(), e.getY());
        e.consume();
    }

    private void onHover(MouseEvent e) {
        int i = nodeAt(e.getX(), e.getY());
        if (i == hovered) return;
        hovered = i;
        String text = i < 0 ? null : describer.apply(i);
        if (text == null) {
            tooltip.hide();
            Tooltip.uninstall(this, tooltip);
        } else {
            tooltip.setText(text);
            Tooltip.install(this, tooltip);
            if (getScene() != null && getScene().getWindow() != null) tooltip.show(this, e.getScreenX() + 14, e.getScreenY() + 14);
        }
    }
}
