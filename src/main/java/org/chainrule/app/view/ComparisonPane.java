package org.chainrule.app.view;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import org.chainrule.app.model.Comparison;
import org.chainrule.app.model.Fmt;

/**
 * The "compare the result" table: per input, the backward pass's gradient, the analytic derivative
 * (its formula, in LaTeX once formulas are on) and its value, the finite difference, and the mark.
 */
public final class ComparisonPane extends GridPane {

    private boolean formulas;
    private double scale = 1;
    private String output = "f";

    public ComparisonPane() {
        setId("comparison");
        setHgap(12);
        setVgap(6);
        getStyleClass().add("comparison");
    }

    /** From now on, analytic derivatives show as rendered formulas. */
    public void enableFormulas(double outputScale) {
        formulas = true;
        scale = outputScale;
    }

    public void show(String outputName, List<Comparison.Row> rows, int decimals) {
        output = outputName;
        getChildren().clear();
        int d = Math.max(4, decimals);
        addRow(0, header(""), header("backprop"), header("analytic ∂" + output + "/∂·"), header("its value"),
                header("finite diff."), header("agree"));
        int r = 1;
        for (Comparison.Row row : rows) {
            String id = "cmp-" + row.input() + "-";
            Label mark = cell(id + "mark", row.mark());
            mark.getStyleClass().add(row.agrees() ? "agrees" : "disagrees");
            mark.setTooltip(new Tooltip(row.agrees()
                    ? "backprop agrees with the finite difference" + (row.analytic().isPresent() ? " and the analytic derivative" : "")
                    + "; largest relative error " + Fmt.error(row.relativeError())
                    : "backprop disagrees: largest relative error " + Fmt.error(row.relativeError())));
            addRow(r++,
                    cell(id + "name", "∂" + output + "/∂" + row.input()),
                    cell(id + "backprop", Fmt.num(row.backprop(), d)),
                    formula(id + "analytic", row),
                    cell(id + "value", row.analytic().map(a -> Fmt.num(a.value(), d)).orElse("—")),
                    cell(id + "numeric", Fmt.num(row.numeric(), d)),
                    mark);
        }
    }

    private Node formula(String id, Comparison.Row row) {
        if (row.analytic().isEmpty()) {
            Label l = cell(id, "—");
            l.setTooltip(new Tooltip("no analytic derivative available for this program"));
            return l;
        }
        var a = row.analytic().get();
        Label text = cell(id, a.infix());
        if (formulas && a.latex() != null && !a.latex().isBlank()) {
            ImageView view = new ImageView();
            Formulas.render(a.latex(), 15f, scale, img -> {
                view.setImage(img);
                view.setFitWidth(img.getWidth() / scale);
                view.setPreserveRatio(true);
                text.setGraphic(view);
                text.setText("");
            });
        }
        return text;
    }

    private static Label header(String s) {
        Label l = new Label(s);
        l.setMinWidth(Label.USE_PREF_SIZE);
        l.getStyleClass().add("table-header");
        return l;
    }

    private static Label cell(String id, String s) {
        Label l = new Label(s);
        l.setMinWidth(Label.USE_PREF_SIZE);
        l.setId(id);
        l.getStyleClass().add("table-cell");
        return l;
    }
}
