package org.chainrule.render;

import java.awt.Color;
import java.util.Locale;
import org.chainrule.engine.Evaluation;
import org.chainrule.layout.Box;
import org.chainrule.layout.Point;
import org.chainrule.layout.Scene;

/**
 * Writes a {@link Picture} as a standalone LaTeX file with TikZ that compiles with plain
 * {@code pdflatex}: the computed coordinates (in cm, y up), named nodes, one line per element, styles
 * at the top so that a person can restyle or move things. Honours the picture's show variant,
 * precision and theme (colours, or black and white with {@code ∂}-prefixed italic gradients).
 */
public final class TikzWriter {

    private static final double PT_PER_CM = 72.27 / 2.54;

    private final Picture p;
    private final Scene s;
    private final Theme t;
    private final StringBuilder out = new StringBuilder();

    private TikzWriter(Picture p) {
        this.p = p;
        this.s = p.scene();
        this.t = p.options().theme();
    }

    public static String write(Picture p) {
        return new TikzWriter(p).document();
    }

    private String document() {
        double fs = s.fontSize(), gfs = s.gateFontSize();
        line("% Computational graph drawn by Chainrule. Compile with: pdflatex FILE.tex");
        line("% Forward values above each wire, gradients below" + (t.colour() ? "" : " (in italics, after \\partial)")
                + ". Coordinates in cm.");
        line("\\RequirePackage{fix-cm}");
        line("\\documentclass[tikz,border=4pt]{standalone}");
        colour("crbackground", t.background);
        colour("crline", t.wire);
        colour("crgate", t.gateFill);
        colour("crtext", t.text);
        colour("crvalue", t.value);
        colour("crgrad", t.grad);
        colour("crwarn", t.warning);
        colour("crname", t.name);
        colour("crbox", t.answerBox);
        colour("crhighlight", t.highlight);
        line("\\tikzset{");
        line("  wire/.style={draw=crline, line width=" + num(t.wireWidth) + "pt, line cap=round, line join=round},");
        line("  gate/.style={circle, draw=crline, fill=crgate, line width=" + num(t.wireWidth) + "pt, inner sep=0pt,"
                + " text=crtext, font=" + font(gfs) + "},");
        line("  invar/.style={anchor=east, inner sep=" + num(s.fontSize() * 0.2) + "pt, text=crtext, font=" + font(gfs) + "},");
        line("  outvar/.style={anchor=west, inner sep=" + num(s.fontSize() * 0.2) + "pt, text=crtext, font=" + font(gfs) + "},");
        line("  val/.style={inner sep=0pt, text=crvalue, font=" + font(fs) + "},");
        line("  grad/.style={inner sep=0pt, text=crgrad, font=" + font(fs) + "},");
        line("  warn/.style={inner sep=0pt, text=crwarn, font=" + font(fs) + "},");
        line("  wirename/.style={anchor=east, inner sep=0pt, text=crname, font=" + font(fs) + "},");
        line("  answer/.style={draw=crbox, rounded corners=2pt, line width=0.6pt, inner sep=0pt},");
        line("  fork/.style={fill=crline},");
        line("}");
        line("\\begin{document}");
        line("\\begin{tikzpicture}");
        line("\\fill[crbackground] " + pt(new Point(0, 0)) + " rectangle " + pt(new Point(s.width(), s.height())) + ";");
        line("% wires: each leaves its node along the stretch that carries its labels");
        for (Scene.WirePath w : s.wires()) {
            StringBuilder b = new StringBuilder("\\draw[wire");
            if (w.to() == p.options().highlightNode()) b.append(", draw=crhighlight");
            b.append("] ");
            for (int i = 0; i < w.points().size(); i++) b.append(i > 0 ? " -- " : "").append(pt(w.points().get(i)));
            line(b.append(";  % ").append(p.nodeId(w.from())).append(" -> ").append(p.nodeId(w.to()))
                    .append(" (operand ").append(w.slot() + 1).append(")").toString());
        }
        Scene.WireLabel outLabel = s.label(s.output().node());
        line("\\draw[wire] " + pt(outLabel.start()) + " -- " + pt(s.output().anchor()) + ";  % the output");
        for (Scene.Fork f : s.forks()) {
            line("\\fill[fork] " + pt(f.at()) + " circle (" + num(Math.max(2.5, t.wireWidth * 1.7)) + "pt);  % "
                    + p.nodeId(f.node()) + " forks into " + f.branches());
        }
        line("% gates");
        for (Scene.Gate g : s.gates()) {
            String style = "gate, minimum size=" + num(2 * g.radius()) + "pt"
                    + (g.node() == p.options().highlightNode() ? ", draw=crhighlight, line width=" + num(t.wireWidth * 2.2) + "pt" : "");
            line("\\node[" + style + "] (" + p.nodeId(g.node()) + ") at " + pt(g.centre()) + " {" + TexText.op(g.label()) + "};");
        }
        line("% inputs and constants at their wires' start, the output at its wire's end");
        for (Scene.Terminal term : s.inputs()) {
            line("\\node[invar] (" + p.nodeId(term.node()) + ") at " + pt(term.anchor()) + " {" + TexText.variable(term.name()) + "};");
        }
        for (Scene.Terminal term : s.constants()) {
            line("\\node[invar] (" + p.nodeId(term.node()) + ") at " + pt(term.anchor()) + " {$" + TexText.number(term.name()) + "$};");
        }
        line("\\node[outvar] (out) at " + pt(s.output().anchor()) + " {" + TexText.variable(s.output().name()) + "};");
        line("% labels: value above, gradient below; an empty box is left for each number to work out");
        Evaluation e = p.evaluation();
        for (Scene.WireLabel l : s.labels()) {
            int n = l.node();
            String id = p.nodeId(n);
            ScenePainter.State vs = p.valueState(n), gs = p.gradState(n);
            if (l.name() != null && vs != ScenePainter.State.HIDDEN) {
                line("\\node[wirename] (" + id + "-name) at " + pt(new Point(l.nameBox().maxX() - s.fontSize() * 0.25,
                        l.value().centreY())) + " {" + TexText.variable(l.name()) + "${}={}$};");
            }
            label(id + "-value", vs, l.value(), e == null ? 0 : e.value(n), p.valueText(n), "val", false);
            label(id + "-grad", gs, l.grad(), e == null ? 0 : e.grad(n), p.gradText(n), "grad", t.gradItalic);
        }
        if (p.options().caption() && p.options().captionLatex() != null) {
            line("\\node[anchor=north, text=crtext, font=" + font(fs * 1.35) + "] (caption) at "
                    + pt(new Point(s.width() / 2, s.height())) + " {$\\displaystyle " + p.options().captionLatex() + "$};");
        }
        line("\\end{tikzpicture}");
        line("\\end{document}");
        return out.toString();
    }

    private void label(String id, ScenePainter.State state, Box b, double v, String text, String style, boolean italic) {
        Point c = new Point(b.centreX(), b.centreY());
        if (state == ScenePainter.State.BOX) {
            line("\\node[answer, minimum width=" + num(b.width() - 1) + "pt, minimum height=" + num(b.height() - 1)
                    + "pt] (" + id + ") at " + pt(c) + " {};");
        } else if (state == ScenePainter.State.TEXT) {
            String st = Double.isFinite(v) ? style : "warn";
            line("\\node[" + st + "] (" + id + ") at " + pt(c) + " {$" + TexText.label(text, italic) + "$};");
        }
    }

    private void colour(String name, Color c) {
        line(String.format(Locale.ROOT, "\\definecolor{%s}{HTML}{%02X%02X%02X}", name, c.getRed(), c.getGreen(), c.getBlue()));
    }

    private static String font(double size) {
        return "\\fontsize{" + num(size) + "}{" + num(size * 1.2) + "}\\selectfont";
    }

    /** A scene point (points, y down) as TikZ coordinates (cm, y up). */
    private static String pt(Point q) {
        return String.format(Locale.ROOT, "(%.2f,%.2f)", q.x() / PT_PER_CM, -q.y() / PT_PER_CM);
    }

    private static String num(double v) {
        String r = String.format(Locale.ROOT, "%.1f", v);
        return r.endsWith(".0") ? r.substring(0, r.length() - 2) : r;
    }

    private void line(String s) {
        out.append(s).append('\n');
    }
}
