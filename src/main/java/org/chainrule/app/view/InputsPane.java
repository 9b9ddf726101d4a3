package org.chainrule.app.view;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.chainrule.app.model.Fmt;

/**
 * One row per input variable: its name, a field and a slider. Changing either calls back at once;
 * the field takes effect on Enter or when it loses focus, and refuses text that is not a number.
 */
public final class InputsPane extends GridPane {

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private final BiConsumer<String, Double> onChange;
    private final Map<String, TextField> fields = new LinkedHashMap<>();
    private final Map<String, Slider> sliders = new LinkedHashMap<>();
    private List<String> names = List.of();
    private boolean setting;

    public InputsPane(BiConsumer<String, Double> onChange) {
        this.onChange = onChange;
        setId("inputs");
        setHgap(8);
        setVgap(6);
        ColumnConstraints name = new ColumnConstraints();
        ColumnConstraints field = new ColumnConstraints(70, 80, 110);
        ColumnConstraints slider = new ColumnConstraints(60, 140, Double.MAX_VALUE);
        slider.setHgrow(Priority.ALWAYS);
        getColumnConstraints().addAll(name, field, slider);
    }

    /** Shows {@code values}; rebuilds the rows only when the set of inputs changed. */
    public void show(Map<String, Double> values) {
        List<String> now = new ArrayList<>(values.keySet());
        if (!now.equals(names)) rebuild(now);
        setting = true;
        try {
            values.forEach((k, v) -> {
                TextField f = fields.get(k);
                if (!f.isFocused() || !f.getText().equals(Fmt.num(v, 6))) {
                    if (!f.isFocused()) f.setText(Fmt.num(v, 6));
                }
                f.pseudoClassStateChanged(INVALID, false);
                Slider s = sliders.get(k);
                if (!s.isValueChanging()) {
                    if (v < s.getMin() || v > s.getMax()) range(s, v);
                    s.setValue(v);
                }
            });
        } finally {
            setting = false;
        }
    }

    public TextField field(String name) { return fields.get(name); }

    public Slider slider(String name) { return sliders.get(name); }

    private void rebuild(List<String> now) {
        getChildren().clear();
        fields.clear();
        sliders.clear();
        names = now;
        int row = 0;
        for (String n : now) {
            Label l = new Label(n);
            l.getStyleClass().add("input-name");
            TextField f = new TextField();
            f.setId("input-" + n);
            f.setPrefColumnCount(6);
            f.setOnAction(e -> commit(n, f));
            f.focusedProperty().addListener((o, was, is) -> {
                if (!is) commit(n, f);
            });
            f.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ESCAPE) getParent().requestFocus();
            });
            Slider s = new Slider(-10, 10, 0);
            s.setId("slider-" + n);
            s.setFocusTraversable(false);
            s.valueProperty().addListener((o, was, is) -> {
                if (setting) return;
                double v = Math.round(is.doubleValue() * 100) / 100.0;
                onChange.accept(n, v);
            });
            addRow(row++, l, f, s);
            fields.put(n, f);
            sliders.put(n, s);
        }
    }

    private static void range(Slider s, double v) {
        double span = Math.max(10, Math.abs(v) * 2);
        s.setMin(-span);
        s.setMax(span);
    }

    private void commit(String name, TextField f) {
        if (setting) return;
        String t = f.getText().strip().replace('−', '-').replace(',', '.');
        try {
            double v = Double.parseDouble(t);
            if (!Double.isFinite(v)) throw new NumberFormatException();
            f.pseudoClassStateChanged(INVALID, false);
            f.setTooltip(null);
            onChange.accept(name, v);
        } catch (NumberFormatException e) {
            f.pseudoClassStateChanged(INVALID, true);
            f.setTooltip(new Tooltip("'" + f.getText() + "' is not a number; type for example -2 or 0.5"));
        }
    }
}
