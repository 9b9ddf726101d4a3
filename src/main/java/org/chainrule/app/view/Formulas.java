package org.chainrule.app.view;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Insets;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

/**
 * LaTeX formulas as images, rendered by JLaTeXMath on a background thread and cached. The first
 * formula costs most of a second (JLaTeXMath loads its fonts and tables), so the window asks for
 * formulas only after its first frame is on screen.
 */
public final class Formulas {

    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "chainrule-formulas");
        t.setDaemon(true);
        return t;
    });
    private static final Map<String, Image> CACHE = new ConcurrentHashMap<>();

    private Formulas() {}

    /** Renders {@code latex} at {@code size} points and hands the image to {@code done} on the FX thread. */
    public static void render(String latex, float size, double scale, Consumer<Image> done) {
        String key = latex + "|" + size + "|" + scale;
        Image cached = CACHE.get(key);
        if (cached != null) {
            done.accept(cached);
            return;
        }
        WORKER.submit(() -> {
            Image img;
            try {
                img = SwingFXUtils.toFXImage(paint(latex, size, scale), null);
            } catch (RuntimeException | LinkageError e) {
                return;
            }
            CACHE.put(key, img);
            Platform.runLater(() -> done.accept(img));
        });
    }

    /** The formula as an image with {@code scale} pixels per point (the window's output scale). */
    public static BufferedImage paint(String latex, float size, double scale) {
        TeXIcon icon = new TeXFormula(latex).createTeXIcon(TeXConstants.STYLE_DISPLAY, size);
        icon.setInsets(new Insets(2, 2, 2, 2));
        icon.setForeground(Color.BLACK);
        int w = (int) Math.ceil(icon.getIconWidth() * scale);
        int h = (int) Math.ceil(icon.getIconHeight() * scale);
        BufferedImage img = new BufferedImage(Math.max(1, w), Math.max(1, h), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.scale(scale, scale);
        icon.paintIcon(null, g, 0, 0);
        g.dispose();
        return img;
    }

    /**
     * Renders {@code latex} and, if {@code stillWanted} still holds when the image is ready, shows it
     * as {@code label}'s graphic (in {@code view}, or a new ImageView) in place of its text.
     */
    public static void showIn(javafx.scene.control.Label label, javafx.scene.image.ImageView view, String latex, float size,
                              double scale, java.util.function.BooleanSupplier stillWanted) {
        render(latex, size, scale, img -> {
            if (!stillWanted.getAsBoolean()) return;
            javafx.scene.image.ImageView v = view != null ? view : new javafx.scene.image.ImageView();
            v.setImage(img);
            v.setFitWidth(img.getWidth() / scale);
            v.setPreserveRatio(true);
            label.setGraphic(v);
            label.setText("");
        });
    }
}
