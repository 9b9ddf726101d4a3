package org.chainrule.layout;

import java.util.ArrayList;
import java.util.List;
import org.chainrule.graph.ComputationGraph;
import org.chainrule.graph.Node;

/**
 * Lays out a computational graph left to right in layers, as the CS231n circuit diagrams are drawn:
 * inputs at the far left, the output at the far right, every wire with room for its value above and
 * its gradient below. The phases, each in its own class: {@link Layering}, dummy insertion
 * ({@link LayeredGraph}), {@link CrossingReduction}, {@link CoordinateAssignment}, {@link EdgeRouting}
 * and {@link LabelPlacement}. Deterministic: the same graph and options give the same scene.
 */
public final class LayeredLayout {

    private LayeredLayout() {}

    public static Scene layout(ComputationGraph g, LayoutOptions o) {
        if (g.size() == 0) throw new IllegalArgumentException("the graph has no nodes");
        LayeredGraph lg = new LayeredGraph(g, Layering.assign(g));
        // fewer sweeps on huge graphs: each costs time linear in the items, and gains less there
        int sweeps = lg.size <= 5_000 ? o.sweeps() : Math.min(o.sweeps(), lg.size <= 50_000 ? 4 : 2);
        long crossings = CrossingReduction.run(lg, sweeps);
        ItemSizes sz = new ItemSizes(lg, o);
        CoordinateAssignment ca = new CoordinateAssignment(lg, sz, lg.size <= 5_000 ? 8 : lg.size <= 50_000 ? 3 : 2);
        Positions p = new Positions(lg, sz, ca, o.manualPositions());
        List<Scene.WirePath> wires = EdgeRouting.route(lg, sz, ca, p);
        List<Scene.WireLabel> labels = LabelPlacement.place(lg, sz, p);

        double termH = Math.ceil(o.gateFontSize() * 1.3);
        double gap = o.labelGap();
        List<Scene.Gate> gates = new ArrayList<>();
        List<Scene.Terminal> inputs = new ArrayList<>(), constants = new ArrayList<>();
        List<Scene.Fork> forks = new ArrayList<>();
        for (Node n : g.nodes()) {
            int i = n.index();
            Point c = new Point(p.x[i], p.y[i]);
            if (n.isGate()) {
                gates.add(new Scene.Gate(i, c, sz.left[i], sz.text[i]));
            } else {
                Box box = new Box(c.x() - gap - sz.textWidth[i], c.y() - termH / 2, sz.textWidth[i], termH);
                (n.isInput() ? inputs : constants).add(new Scene.Terminal(i, sz.text[i], c, box));
            }
            int branches = g.consumers(i).size();
            if (branches > 1) forks.add(new Scene.Fork(i, p.stubEnd(i), branches));
        }
        int out = g.output();
        Point end = p.stubEnd(out);
        double nameW = o.measure().width(g.outputName(), o.gateFontSize());
        Scene.Terminal output = new Scene.Terminal(out, g.outputName(), end,
                new Box(end.x() + 2 * gap, end.y() - termH / 2, nameW, termH));
        return assemble(o, crossings, gates, inputs, constants, output, wires, forks, labels);
    }

    /** Moves everything inside the margin (only manual positions can leave it) and sizes the picture. */
    private static Scene assemble(LayoutOptions o, long crossings, List<Scene.Gate> gates, List<Scene.Terminal> inputs,
                                  List<Scene.Terminal> constants, Scene.Terminal output, List<Scene.WirePath> wires,
                                  List<Scene.Fork> forks, List<Scene.WireLabel> labels) {
        Box b = output.box();
        for (Scene.Gate g : gates) {
            double r = g.radius();
            b = b.union(new Box(g.centre().x() - r, g.centre().y() - r, 2 * r, 2 * r));
        }
        for (Scene.Terminal t : inputs) b = b.union(t.box());
        for (Scene.Terminal t : constants) b = b.union(t.box());
        for (Scene.WireLabel l : labels) {
            b = b.union(l.value()).union(l.grad());
            if (l.nameBox() != null) b = b.union(l.nameBox());
        }
        for (Scene.WirePath w : wires) for (Point q : w.points()) b = b.union(new Box(q.x(), q.y(), 0, 0));
        double m = o.margin();
        double dx = Math.max(0, m - b.x()), dy = Math.max(0, m - b.y());
        if (dx > 0 || dy > 0) {
            gates = gates.stream().map(g -> new Scene.Gate(g.node(), g.centre().translate(dx, dy), g.radius(), g.label())).toList();
            inputs = inputs.stream().map(t -> move(t, dx, dy)).toList();
            constants = constants.stream().map(t -> move(t, dx, dy)).toList();
            output = move(output, dx, dy);
            wires = wires.stream().map(w -> new Scene.WirePath(w.from(), w.to(), w.slot(),
                    w.points().stream().map(q -> q.translate(dx, dy)).toList())).toList();
            forks = forks.stream().map(f -> new Scene.Fork(f.node(), f.at().translate(dx, dy), f.branches())).toList();
            labels = labels.stream().map(l -> new Scene.WireLabel(l.node(), l.start().translate(dx, dy),
                    l.end().translate(dx, dy), l.value().translate(dx, dy), l.grad().translate(dx, dy),
                    l.nameBox() == null ? null : l.nameBox().translate(dx, dy), l.name())).toList();
        }
        return new Scene(Math.ceil(b.maxX() + dx + m), Math.ceil(b.maxY() + dy + m), o.fontSize(), new Point(dx, dy),
                crossings, gates, inputs, constants, output, wires, forks, labels);
    }

    private static Scene.Terminal move(Scene.Terminal t, double dx, double dy) {
        return new Scene.Terminal(t.node(), t.name(), t.anchor().translate(dx, dy), t.box().translate(dx, dy));
    }
}
