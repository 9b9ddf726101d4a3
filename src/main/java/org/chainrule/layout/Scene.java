package org.chainrule.layout;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A laid-out computational graph, independent of any drawing toolkit and immutable: where every gate,
 * terminal, wire, fork and label goes. Coordinates are in points (pixels at scale 1), x to the right,
 * y downwards, the picture spanning (0, 0) to ({@link #width()}, {@link #height()}).
 *
 * <p>Every node (input, constant or gate) has one outgoing wire stretch, its {@link WireLabel}: a
 * horizontal piece starting at the node, with the node's value above it and its gradient below it.
 * A node used more than once forks at the end of that stretch ({@link Fork}): one value, then branches.
 * Each {@link WirePath} runs from the node through that stretch to one operand of a gate.
 */
public final class Scene {

    /** A gate: a circle with its operation written inside. */
    public record Gate(int node, Point centre, double radius, String label) {
        public boolean contains(double x, double y) {
            return Math.hypot(x - centre.x(), y - centre.y()) <= radius;
        }
    }

    /**
     * A named end of the picture: an input (or constant) whose wire starts at {@code anchor}, its
     * name written to the left of it in {@code box}; or the output, whose wire ends at {@code anchor},
     * its name written to the right in {@code box}.
     */
    public record Terminal(int node, String name, Point anchor, Box box) {}

    /** One wire as a polyline from node {@code from} to operand {@code slot} of gate {@code to}. */
    public record WirePath(int from, int to, int slot, List<Point> points) {
        public WirePath {
            points = List.copyOf(points);
        }
    }

    /** Where the value of {@code node} splits into {@code branches} wires. */
    public record Fork(int node, Point at, int branches) {}

    /**
     * The labels of the wire leaving {@code node}: the stretch from {@code start} to {@code end}
     * (horizontal), the value box above it, the gradient box below it, and for a named intermediate
     * its name ({@code q =}) in {@code nameBox} just left of the value (else both null).
     */
    public record WireLabel(int node, Point start, Point end, Box value, Box grad, Box nameBox, String name) {}

    private final double width, height, fontSize;
    private final Point shift;
    private final long crossings;
    private final List<Gate> gates;
    private final List<Terminal> inputs, constants;
    private final Terminal output;
    private final List<WirePath> wires;
    private final List<Fork> forks;
    private final List<WireLabel> labels;
    private final Map<Integer, Gate> gateByNode = new HashMap<>();
    private final Map<Integer, WireLabel> labelByNode = new HashMap<>();

    public Scene(double width, double height, double fontSize, Point shift, long crossings, List<Gate> gates,
                 List<Terminal> inputs, List<Terminal> constants, Terminal output, List<WirePath> wires,
                 List<Fork> forks, List<WireLabel> labels) {
        this.width = width;
        this.height = height;
        this.fontSize = fontSize;
        this.shift = shift;
        this.crossings = crossings;
        this.gates = List.copyOf(gates);
        this.inputs = List.copyOf(inputs);
        this.constants = List.copyOf(constants);
        this.output = output;
        this.wires = List.copyOf(wires);
        this.forks = List.copyOf(forks);
        this.labels = List.copyOf(labels);
        for (Gate g : this.gates) gateByNode.put(g.node(), g);
        for (WireLabel l : this.labels) labelByNode.put(l.node(), l);
    }

    public double width() { return width; }

    public double height() { return height; }

    /** Size of the value and gradient labels the room was measured for (gate labels are 15% larger). */
    public double fontSize() { return fontSize; }

    public double gateFontSize() { return fontSize * 1.15; }

    /**
     * How far everything was moved to keep manual positions inside the picture: (0, 0) unless a manual
     * position lay above or left of the margin. Scene coordinate = requested coordinate + shift.
     */
    public Point shift() { return shift; }

    /** Wire crossings between neighbouring layers in the computed order (manual positions not counted). */
    public long crossings() { return crossings; }

    public List<Gate> gates() { return gates; }

    public List<Terminal> inputs() { return inputs; }

    public List<Terminal> constants() { return constants; }

    /** The output's name at the far right (its node is the output gate, or the input it names). */
    public Terminal output() { return output; }

    public List<WirePath> wires() { return wires; }

    public List<Fork> forks() { return forks; }

    /** One per node, in node order. */
    public List<WireLabel> labels() { return labels; }

    /** The gate drawn for {@code node}, or null (inputs and constants are terminals). */
    public Gate gate(int node) { return gateByNode.get(node); }

    /** The labelled wire stretch of {@code node}, or null. */
    public WireLabel label(int node) { return labelByNode.get(node); }

    /** The node whose gate, terminal name or labels are under the point, or -1. */
    public int hitTest(double x, double y) {
        for (Gate g : gates) if (g.contains(x, y)) return g.node();
        for (Terminal t : inputs) if (t.box().contains(x, y)) return t.node();
        for (Terminal t : constants) if (t.box().contains(x, y)) return t.node();
        if (output != null && output.box().contains(x, y)) return output.node();
        for (WireLabel l : labels) {
            if (l.value().contains(x, y) || l.grad().contains(x, y)) return l.node();
            if (l.nameBox() != null && l.nameBox().contains(x, y)) return l.node();
        }
        return -1;
    }
}
