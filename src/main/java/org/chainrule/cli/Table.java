package org.chainrule.cli;

import java.util.ArrayList;
import java.util.List;
import org.chainrule.engine.Evaluation;

/** The readable table that {@code eval} prints without {@code --json}. */
final class Table {

    private Table() {}

    static String render(Report r) {
        Loaded l = r.loaded();
        Evaluation e = l.evaluation();
        StringBuilder sb = new StringBuilder();
        List<String> point = new ArrayList<>();
        l.at().forEach((k, v) -> point.add(k + " = " + num(v)));
        boolean bare = l.program().statements().size() == 1 && !l.program().statements().get(0).isNamed();
        sb.append(bare ? l.graph().outputName() + " = " : "").append(oneLine(l.program().source()))
                .append("   at ").append(String.join(", ", point)).append('\n');
        sb.append(l.graph().outputName()).append(" = ").append(num(e.value())).append("\n\n");
        String[] head = {"input", "backprop", "analytic derivative", "its value", "finite difference", "agree"};
        List<String[]> rows = new ArrayList<>();
        rows.add(head);
        for (Report.Row row : r.rows()) {
            String d = "d" + l.graph().outputName() + "/d" + row.input();
            rows.add(new String[] {
                d, num(row.backprop()),
                row.analyticExpression() == null ? "(not computed)" : row.analyticExpression(),
                row.analyticExpression() == null ? "" : num(row.analyticValue()),
                String.format(java.util.Locale.ROOT, "%.10g", row.numeric()),
                !Double.isFinite(e.value()) ? "n/a (" + l.graph().outputName() + " is not finite)" : (row.agrees() ? "yes" : "NO") + (Double.isNaN(row.relativeError()) ? "" : String.format(java.util.Locale.ROOT,
                        " (rel. error %.1e)", row.relativeError()))});
        }
        int[] w = new int[head.length];
        for (String[] row : rows) for (int i = 0; i < w.length; i++) w[i] = Math.max(w[i], row[i].length());
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < w.length; i++) {
                line.append(row[i]).append(" ".repeat(w[i] - row[i].length() + (i < w.length - 1 ? 2 : 0)));
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
        return sb.toString();
    }

    /** The input language's exact form (-12 rather than -12.0); NaN and infinities by name. */
    static String num(double v) {
        if (Double.isNaN(v)) return "NaN";
        if (Double.isInfinite(v)) return v > 0 ? "Infinity" : "-Infinity";
        if (v == 0) return "0"; // never -0
        return org.chainrule.symbolic.InfixPrinter.number(v);
    }

    private static String oneLine(String s) {
        String line = s.strip().replaceAll("\\s*\\n\\s*", "; ");
        return line.length() > 100 ? line.substring(0, 97) + "..." : line;
    }
}
