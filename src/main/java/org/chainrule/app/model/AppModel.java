package org.chainrule.app.model;

import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.chainrule.doc.Document;
import org.chainrule.expr.ProgramException;
import org.chainrule.graph.Granularity;

/**
 * The window's view-model: the open document, the last good analysis of it, the error in the
 * program text (if any), the step player and its narration. Every change goes through the document
 * ({@link DocumentSession#edit}), so undo, redo, open and examples all take the same path:
 * {@link #refresh} brings the analysis up to date with whatever the document now says.
 */
public final class AppModel {

    private final DocumentSession session;
    private final StepPlayer player = new StepPlayer();
    private final ReadOnlyObjectWrapper<Analysis> analysis = new ReadOnlyObjectWrapper<>(this, "analysis");
    private final ReadOnlyObjectWrapper<ProgramException> error = new ReadOnlyObjectWrapper<>(this, "error");
    private final ReadOnlyStringWrapper narration = new ReadOnlyStringWrapper(this, "narration", "");
    private Narrator narrator;

    public AppModel(Document initial) {
        session = new DocumentSession(initial);
        session.documentProperty().addListener((obs, was, now) -> refresh(now));
        player.positionProperty().addListener((obs, was, now) -> narrate());
        player.revisionProperty().addListener((obs, was, now) -> narrate());
        refresh(initial);
    }

    public DocumentSession session() { return session; }

    public StepPlayer player() { return player; }

    public ReadOnlyObjectProperty<Analysis> analysisProperty() { return analysis.getReadOnlyProperty(); }

    public Analysis analysis() { return analysis.get(); }

    /** The problem with the program as typed, or null when it runs. The last good analysis stays meanwhile. */
    public ReadOnlyObjectProperty<ProgramException> errorProperty() { return error.getReadOnlyProperty(); }

    public ProgramException error() { return error.get(); }

    public ReadOnlyStringProperty narrationProperty() { return narration.getReadOnlyProperty(); }

    public Document document() { return session.document(); }

    /** The user typed (and paused or pressed Enter): store the text and run it if it parses. */
    public void setProgram(String text) {
        session.edit(d -> d.withProgram(text));
    }

    /** An input's value changed: forward and backward run again, the player keeps its step. */
    public void setInput(String name, double value) {
        session.edit(d -> d.withInput(name, value));
    }

    public void setGranularity(Granularity g) {
        session.edit(d -> d.withGranularity(g));
    }

    public void setDisplay(Document.Display display) {
        session.edit(d -> d.withDisplay(display));
    }

    public int precision() { return session.document().display().precision(); }

    /** Brings the analysis up to date with {@code doc}, doing no more work than the change needs. */
    void refresh(Document doc) {
        Analysis a = analysis.get();
        boolean sameGraph = a != null && a.source().equals(doc.program()) && a.granularity() == doc.granularity();
        if (sameGraph) {
            error.set(null);
            if (!a.values().equals(valuesFor(a, doc))) {
                Analysis next = a.at(doc.inputs());
                analysis.set(next);
                player.load(next.graph(), next.evaluation().trace(), true);
            } else if (narrator == null || precisionChanged(doc)) {
                narrate();
            }
            return;
        }
        try {
            Analysis next = Analysis.run(doc.program(), doc.inputs(), doc.granularity());
            error.set(null);
            analysis.set(next);
            player.load(next.graph(), next.evaluation().trace(), false);
        } catch (ProgramException e) {
            error.set(e);
            if (a != null && !a.values().equals(valuesFor(a, doc))) {
                Analysis next = a.at(doc.inputs());
                analysis.set(next);
                player.load(next.graph(), next.evaluation().trace(), true);
            }
        }
    }

    private static java.util.Map<String, Double> valuesFor(Analysis a, Document doc) {
        java.util.Map<String, Double> m = new java.util.LinkedHashMap<>();
        for (String n : a.inputs()) m.put(n, doc.inputs().getOrDefault(n, Analysis.DEFAULT_VALUE));
        return m;
    }

    private int narratedPrecision = -1;

    private boolean precisionChanged(Document doc) {
        return doc.display().precision() != narratedPrecision;
    }

    private void narrate() {
        Analysis a = analysis.get();
        if (a == null) return;
        narratedPrecision = precision();
        narrator = new Narrator(a.graph(), narratedPrecision);
        var step = player.current();
        String text;
        if (step == null) text = narrator.start();
        else if (player.position() == player.size()) text = narrator.narrate(step) + "  ·  " + narrator.done(a.value());
        else text = narrator.narrate(step);
        if (!Objects.equals(text, narration.get())) narration.set(text);
    }
}
