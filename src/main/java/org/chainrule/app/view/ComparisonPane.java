package org.chainrule.app.view;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import org.chainrule.app.model.Comparison;
import org.chainrule.app.model.Fmt;

/**
 * The "compare the result" table: per input, the backward pass's gradient, the analytic derivative
 * (its formula, in LaTeX once formulas are on) and its value, the finite difference, and the mark.
 * The rows' labels are kept while the inputs stay the same, so a moving slider only changes text.
 */
public final class ComparisonPane extends GridPane {

    private final List<RowView> rows = new ArrayList<>();
    private final Label analyticHeader = header("");
    private List<String> inputs = List.of();
    private boolean formulas;
    private double scale = 1;

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
        inputs = List.of();
    }

    public void show(String output, List<Comparison.Row> data, int decimals) {
        List<String> names = data.stream().map(Comparison.Row::input).toList();
        if (!names.equals(inputs)) rebuild(names);
        analyticHeader.setText("analytic");
        int d = Math.max(4, decimals);
        for (int i = 0; i < data.size(); i++) rows.get(i).show(output, data.get(i), d);
    }

    private void rebuild(List<String> names) {
        getChildren().clear();
        rows.clear();
        inputs = names;
        addRow(0, header(""), header("backprop"), analyticHeader, header("finite diff."), header("agree"));
        for (int i = 0; i < names.size(); i++) {
            RowView r = new RowView(names.get(i));
            rows.add(r);
            addRow(2 * i + 1, r.name, r.backprop, r.value, r.numeric, r.mark);
            add(r.analytic, 1, 2 * i + 2, 4, 1);
        }
    }

    private final class RowView {
        final Label name, backprop, analytic, value, numeric, mark;
        final Tooltip markTip = new Tooltip();
        String latex;

        RowView(String input) {
            String id = "cmp-" + input + "-";
            name = cell(id + "name");
            backprop = cell(id + "backprop");
            analytic = cell(id + "analytic");
            analytic.getStyleClass().add("formula");
            value = cell(id + "value");
            numeric = cell(id + "numeric");
            mark = cell(id + "mark");
            mark.setTooltip(markTip);
        }

        void show(String output, Comparison.Row row, int d) {
            name.setText("∂" + output + "/∂" + row.input());
            backprop.setText(Fmt.num(row.backprop(), d));
            value.setText(row.analytic().map(a -> Fmt.num(a.value(), d)).orElse("—"));
            numeric.setText(Fmt.num(row.numeric(), d));
            mark.setText(row.mark());
            mark.getStyleClass().removeAll("agrees", "disagrees");
            mark.getStyleClass().add(row.agrees() ? "agrees" : "disagrees");
            markTip.setText(row.agrees()
                    ? "backprop agrees with the finite difference" + (row.analytic().isPresent() ? " and the analytic derivative" : "")
                    + "; largest relative error " + Fmt.error(row.relativeError())
                    : "backprop disagrees: largest relative error " + Fmt.error(row.relativeError()));
            showFormula(row);
        }

        private void showFormula(Comparison.Row row) {
            if (row.analytic().isEmpty()) {
                latex = null;
                analytic.setGraphic(null);
                analytic.setText("");
                return;
            }
            var a = row.analytic().get();
            if (!formulas || a.latex() == null || a.latex().isBlank()) {
                analytic.setGraphic(null);
                analytic.setText("= " + a.infix());
                return;
            }
            if (a.latex().equals(latex)) return;
            latex = a.latex();
            analytic.setText("= " + a.infix());
            String wanted = latex;
            Formulas.showIn(analytic, null, "= " + wanted, 17f, scale, () -> wanted.equals(latex));
        }
    }

    private static Label header(String s) {
        Label l = new Label(s);
        l.setMinWidth(Label.USE_PREF_SIZE);
        l.getStyleClass().add("table-header");
        return l;
    }

    private static Label cell(String id) {
        Label l = new Label();
        l.setMinWidth(Label.USE_PREF_SIZE);
        l.setId(id);
        l.getStyleClass().add("table-cell");
        return l;
    }
}
