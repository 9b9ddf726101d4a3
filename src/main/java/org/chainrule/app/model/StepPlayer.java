package org.chainrule.app.model;

import java.util.BitSet;
import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import org.chainrule.engine.Step;
import org.chainrule.engine.Trace;
import org.chainrule.graph.ComputationGraph;

/**
 * The step player's state: how many steps of the engine's trace have been played. Position 0 shows
 * only the inputs; position {@code forwardCount} shows every value; position {@code size} shows every
 * gradient too. No timer here: the view ticks {@link #next()} while {@link #playingProperty()} is on.
 */
public final class StepPlayer {

    private ComputationGraph graph;
    private List<Step> steps = List.of();
    private int forwardCount;
    private final ReadOnlyIntegerWrapper position = new ReadOnlyIntegerWrapper(this, "position", 0);
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision", 0);
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing", false);
    /** Steps per second while playing. */
    private final DoubleProperty speed = new SimpleDoubleProperty(this, "speed", 1.5);

    /**
     * Plays {@code trace} of {@code graph}. With {@code keepPosition} (same program, new input values)
     * the position stays where it was; otherwise the player shows the finished picture.
     */
    public void load(ComputationGraph graph, Trace trace, boolean keepPosition) {
        int old = position.get();
        boolean wasAtEnd = old == steps.size();
        this.graph = graph;
        this.steps = trace.steps();
        this.forwardCount = trace.forwardCount();
        position.set(keepPosition && !wasAtEnd ? Math.min(old, steps.size()) : steps.size());
        if (position.get() == steps.size()) playing.set(false);
        revision.set(revision.get() + 1);
    }

    public ReadOnlyIntegerProperty positionProperty() { return position.getReadOnlyProperty(); }

    /** Increases whenever a new trace is loaded, so views repaint even when the position stays. */
    public ReadOnlyIntegerProperty revisionProperty() { return revision.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty playingProperty() { return playing.getReadOnlyProperty(); }

    public DoubleProperty speedProperty() { return speed; }

    public int position() { return position.get(); }

    public int size() { return steps.size(); }

    public int forwardCount() { return forwardCount; }

    public List<Step> steps() { return steps; }

    /** The step just played, or null at the start. */
    public Step current() {
        int p = position.get();
        return p == 0 ? null : steps.get(p - 1);
    }

    public boolean next() {
        if (position.get() >= steps.size()) {
            playing.set(false);
            return false;
        }
        position.set(position.get() + 1);
        if (position.get() == steps.size()) playing.set(false);
        return true;
    }

    public boolean previous() {
        if (position.get() == 0) return false;
        position.set(position.get() - 1);
        return true;
    }

    public void reset() {
        playing.set(false);
        position.set(0);
    }

    public void endForward() { position.set(forwardCount); }

    public void endBackward() {
        playing.set(false);
        position.set(steps.size());
    }

    /** Play from the start when at the end; pause when playing. */
    public void togglePlay() {
        if (playing.get()) {
            playing.set(false);
            return;
        }
        if (position.get() >= steps.size()) position.set(0);
        playing.set(true);
    }

    public void pause() { playing.set(false); }

    /** True while forward steps are being played (or before any step). */
    public boolean inForward() { return position.get() <= forwardCount; }

    /** "Forward 2 of 2", "Backward 3 of 5", "Start", for the counter beside the buttons. */
    public String phase() {
        int p = position.get();
        if (p == 0) return "Start";
        if (p <= forwardCount) return "Forward " + p + " of " + forwardCount;
        return "Backward " + (p - forwardCount) + " of " + (steps.size() - forwardCount);
    }

    /** The gate the current step is about, or -1. */
    public int highlight() {
        Step s = current();
        return s == null ? -1 : s.node();
    }

    /** Nodes whose forward value is shown at {@code pos}: inputs and constants always, gates once computed. */
    public BitSet revealedValues(int pos) {
        BitSet out = new BitSet();
        if (graph == null) return out;
        for (int i = 0; i < graph.size(); i++) if (!graph.node(i).isGate()) out.set(i);
        for (int k = 0; k < Math.min(pos, steps.size()); k++) {
            Step s = steps.get(k);
            if (s instanceof Step.Forward) out.set(s.node());
        }
        return out;
    }

    /** Nodes whose final gradient is shown at {@code pos}; a fork's only after its sum. */
    public BitSet revealedGrads(int pos) {
        BitSet out = new BitSet();
        for (int k = 0; k < Math.min(pos, steps.size()); k++) {
            Step s = steps.get(k);
            if (s instanceof Step.Seed || s instanceof Step.ForkSum) out.set(s.node());
            if (s instanceof Step.Backward) {
                for (Step.Contribution c : ((Step.Backward) s).contributions()) {
                    if (!graph.isFork(c.to())) out.set(c.to());
                }
            }
        }
        return out;
    }

    public BitSet revealedValues() { return revealedValues(position.get()); }

    public BitSet revealedGrads() { return revealedGrads(position.get()); }

    /** Values that the current step has just revealed (for the fade-in). */
    public BitSet freshValues() { return diff(revealedValues(position.get()), revealedValues(position.get() - 1)); }

    /** Gradients that the current step has just revealed. */
    public BitSet freshGrads() { return diff(revealedGrads(position.get()), revealedGrads(position.get() - 1)); }

    private BitSet diff(BitSet now, BitSet before) {
        if (position.get() == 0) return new BitSet();
        BitSet out = (BitSet) now.clone();
        out.andNot(before);
        return out;
    }
}
