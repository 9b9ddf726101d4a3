package org.chainrule.render;

import java.awt.Graphics2D;
import org.chainrule.engine.Evaluation;
import org.chainrule.graph.ComputationGraph;
import org.chainrule.graph.Node;
import org.chainrule.graph.Numbers;
import org.chainrule.layout.LabelTexts;
import org.chainrule.layout.LayeredLayout;
import org.chainrule.layout.LayoutOptions;
import org.chainrule.layout.Scene;

/**
 * A laid-out graph with its numbers, ready to paint: the one picture that the screen, PNG, SVG, PDF
 * and TikZ all show. Immutable; make a new one (cheap, the scene is shared) for each step of an
 * animation with {@link #with(RenderOptions)}.
 *
 * <p>The scene must have been laid out with room for this picture's labels and font size: build both
 * with {@link #of(ComputationGraph, Evaluation, RenderOptions)}, or lay out with
 * {@link #layoutOptions(Evaluation, RenderOptions, LayoutOptions)}.
 */
public final class Picture {

    private final Scene scene;
    private final Evaluation eval;
    private final RenderOptions options;
    private final Caption caption;
    private final double width, height, sceneX;

    /** {@code eval} may be null: the graph is drawn without numbers. */
    public Picture(Scene scene, Evaluation eval, RenderOptions options) {
        this.scene = scene;
        this.eval = eval;
        this.options = options;
        this.caption = options.caption() && options.captionLatex() != null
                ? new Caption(options.captionLatex(), scene.fontSize() * 1.35) : null;
        double w = scene.width(), h = scene.height();
        if (caption != null) {
            w = Math.max(w, Math.ceil(caption.width() + 2 * scene.fontSize() * 1.2));
            h = Math.ceil(h + caption.height() + scene.fontSize() * 0.8);
        }
        width = w;
        height = h;
        sceneX = Math.floor((w - scene.width()) / 2);
    }

    /** Lays out {@code g} with room for exactly these labels, in this theme and font scale. */
    public static Picture of(ComputationGraph g, Evaluation eval, RenderOptions options) {
        return of(g, eval, options, LayoutOptions.defaults());
    }

    /** As {@link #of(ComputationGraph, Evaluation, RenderOptions)}, keeping {@code base}'s manual positions and margin. */
    public static Picture of(ComputationGraph g, Evaluation eval, RenderOptions options, LayoutOptions base) {
        return new Picture(LayeredLayout.layout(g, layoutOptions(eval, options, base)), eval, options);
    }

    /** {@code base} with the font size, text metrics and label texts that this rendering will use. */
    public static LayoutOptions layoutOptions(Evaluation eval, RenderOptions options, LayoutOptions base) {
        LabelTexts texts = eval == null ? LabelTexts.placeholder(options.precision()) : new LabelTexts() {
            public String value(int node) { return valueText(eval, options, node); }
            public String grad(int node) { return gradText(eval, options, node); }
        };
        return base.withFontSize(base.fontSize() * options.fontScale() * options.theme().textScale)
                .withMeasure(new AwtTextMeasure())
                .withLabels(texts);
    }

    public static String valueText(Evaluation eval, RenderOptions o, int node) {
        return Numbers.fixed(eval.value(node), o.precision());
    }

    public static String gradText(Evaluation eval, RenderOptions o, int node) {
        return o.theme().gradPrefix + Numbers.fixed(eval.grad(node), o.precision());
    }

    /** The same scene and numbers drawn with other options (a step of the player, another variant). */
    public Picture with(RenderOptions o) {
        return new Picture(scene, eval, o);
    }

    public Scene scene() { return scene; }

    public Evaluation evaluation() { return eval; }

    public RenderOptions options() { return options; }

    /** Width in points (pixels at scale 1), caption included. */
    public double width() { return width; }

    public double height() { return height; }

    /** The one painter: draws the whole picture, background included, at (0, 0) in points. */
    public void paint(Graphics2D g) {
        new ScenePainter(this).paint(g, sceneX);
        if (caption != null) {
            caption.paint(g, (width - caption.width()) / 2, scene.height(), options.theme().text);
        }
    }

    /** The node under a point of the picture (gate, terminal name, or one of its labels), or -1. */
    public int hitTest(double x, double y) {
        return scene.hitTest(x - sceneX, y);
    }

    String valueText(int node) {
        return eval == null ? "" : valueText(eval, options, node);
    }

    String gradText(int node) {
        return eval == null ? "" : gradText(eval, options, node);
    }

    String nodeId(int node) {
        return eval == null ? "n" + node : eval.graph().node(node).id();
    }

    ScenePainter.State valueState(int node) {
        if (eval == null || (options.revealedValues() != null && !options.revealedValues().get(node))) {
            return ScenePainter.State.HIDDEN;
        }
        if (options.show() != Show.NONE) return ScenePainter.State.TEXT;
        Node n = eval.graph().node(node);
        return n.isGate() ? ScenePainter.State.BOX : ScenePainter.State.TEXT;
    }

    ScenePainter.State gradState(int node) {
        if (eval == null || (options.revealedGrads() != null && !options.revealedGrads().get(node))) {
            return ScenePainter.State.HIDDEN;
        }
        if (options.show() == Show.ALL || node == eval.graph().output()) return ScenePainter.State.TEXT;
        return ScenePainter.State.BOX;
    }
}
