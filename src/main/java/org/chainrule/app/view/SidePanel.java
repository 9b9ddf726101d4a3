package org.chainrule.app.view;

import java.util.List;
import java.util.function.BiConsumer;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import org.chainrule.app.model.Analysis;
import org.chainrule.app.model.Comparison;
import org.chainrule.app.model.DerivativeSource;

/** The right-hand panel: inputs, the function as an equation, and the comparison table. */
public final class SidePanel extends ScrollPane {

    private final InputsPane inputs;
    private final Label equation = new Label();
    private final ImageView equationImage = new ImageView();
    private final ComparisonPane comparison = new ComparisonPane();
    private final Label value = new Label();
    private final Label note = new Label();
    private final Label warnings = new Label();
    private Analysis current;
    private int shownDecimals = 2;
    private DerivativeSource derivatives = DerivativeSource.NONE;
    private boolean formulas;
    private double scale = 1;
    private String shownLatex;

    public SidePanel(BiConsumer<String, Double> onInput) {
        inputs = new InputsPane(onInput);
        setId("side-panel");
        getStyleClass().add("side-panel");
        equation.setId("equation");
        equation.setWrapText(true);
        equation.getStyleClass().add("equation");
        value.setId("output-value");
        value.getStyleClass().add("output-value");
        VBox box = new VBox(8, title("Inputs"), inputs, title("Function"), equation, value, warnings, title("Gradients: backprop, analytic, finite difference"), comparison, note);
        warnings.setId("warnings");
        warnings.setWrapText(true);
        warnings.getStyleClass().add("warnings");
        warnings.setVisible(false);
        warnings.setManaged(false);
        note.setId("analytic-note");
        note.setWrapText(true);
        note.getStyleClass().add("note");
        box.getStyleClass().add("side-box");
        setContent(box);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setPrefWidth(430);
        setMinWidth(260);
    }

    public InputsPane inputs() { return inputs; }

    public ComparisonPane comparison() { return comparison; }

    public void setDerivatives(DerivativeSource d) { derivatives = d; }

    /** Called once the first frame is shown: formulas render from now on. */
    public void enableFormulas(double outputScale, Analysis current, int decimals) {
        formulas = true;
        scale = outputScale;
        comparison.enableFormulas(outputScale);
        if (current != null) show(current, decimals);
    }

    public void show(Analysis a, int decimals) {
        current = a;
        shownDecimals = decimals;
        inputs.show(a.values());
        String out = a.graph().outputName();
        value.setText(out + " = " + org.chainrule.app.model.Fmt.num(a.value(), Math.max(4, decimals)));
        List<String> warns = a.evaluation().warnings();
        warnings.setText(String.join("\n", warns));
        warnings.setVisible(!warns.isEmpty());
        warnings.setManaged(!warns.isEmpty());
        boolean ready = derivatives.isReady(a.program());
        DerivativeSource source = ready ? derivatives : DerivativeSource.NONE;
        showEquation(a, source);
        List<Comparison.Row> rows = Comparison.of(a, source);
        comparison.show(out, rows, decimals);
        if (!ready) {
            note.setText("working out the analytic derivatives…");
            derivatives.prepare(a.program(), skipped -> javafx.application.Platform.runLater(() -> {
                if (current != null && current.program() == a.program()) show(current, shownDecimals);
            }));
        } else {
            String skipped = derivatives instanceof org.chainrule.app.model.SymbolicDerivatives
                    ? ((org.chainrule.app.model.SymbolicDerivatives) derivatives).skipped(a.program()) : null;
            note.setText(skipped == null ? "" : skipped);
        }
        note.setVisible(!note.getText().isEmpty());
        note.setManaged(note.isVisible());
    }

    private void showEquation(Analysis a, DerivativeSource source) {
        String text = a.source().strip().replace("\n", "; ");
        var latex = formulas ? source.equation(a.program()) : java.util.Optional.<String>empty();
        if (latex.isEmpty()) {
            shownLatex = null;
            equation.setGraphic(null);
            equation.setText(text);
            return;
        }
        String l = latex.get();
        if (l.equals(shownLatex)) return;
        shownLatex = l;
        equation.setText(text);
        Formulas.showIn(equation, equationImage, l, 21f, scale, () -> l.equals(shownLatex));
    }

    private static Label title(String s) {
        Label l = new Label(s);
        l.getStyleClass().add("section-title");
        return l;
    }
}
