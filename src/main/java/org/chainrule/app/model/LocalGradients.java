package org.chainrule.app.model;

import org.chainrule.graph.Node;

/**
 * How the narration names a gate's local gradients and the pattern they make (CS231n's "add
 * distributes, mul swaps, max routes"). Words only: the numbers come from the engine's trace.
 */
final class LocalGradients {

    private LocalGradients() {}

    /** The pattern named after the gate's name, with its leading space, or empty. */
    static String pattern(Node n) {
        switch (n.op()) {
            case ADD: case ADD_C: return " distributes the gradient unchanged";
            case SUB: return " distributes the gradient, negated for the second input";
            case MUL: return " swaps its inputs";
            case MUL_C: return " scales the gradient";
            case MAX: return " routes the gradient to the larger input";
            case MIN: return " routes the gradient to the smaller input";
            case RELU: return " routes the gradient where its input is positive";
            default: return "";
        }
    }

    /**
     * The local gradient of input {@code slot} as a formula over the operands' texts, or null when it
     * is just a number (add's 1, max's 1 or 0, a constant's factor).
     */
    static String formula(Node n, int slot, WireText t) {
        String a = t.operand(n.args().get(0));
        String b = n.args().size() > 1 ? t.operand(n.args().get(1)) : "";
        String p = Fmt.operand(n.param(), 6);
        switch (n.op()) {
            case MUL: return slot == 0 ? t.operand(n.args().get(1)) : t.operand(n.args().get(0));
            case DIV: return slot == 0 ? "1 / " + b : "-" + a + " / " + b + "²";
            case POW: return slot == 0 ? b + " × " + a + "^(" + t.of(n.args().get(1)) + " - 1)" : a + "^" + b + " × ln " + a;
            case RDIV_C: return "-" + p + " / " + a + "²";
            case POW_C: return p + " × " + a + "^" + Fmt.operand(n.param() - 1, 6);
            case EXP: return "exp(" + t.of(n.args().get(0)) + ")";
            case LOG: return "1 / " + a;
            case SQRT: return "1 / (2 sqrt(" + t.of(n.args().get(0)) + "))";
            case SIN: return "cos(" + t.of(n.args().get(0)) + ")";
            case COS: return "-sin(" + t.of(n.args().get(0)) + ")";
            case TAN: return "1 / cos²(" + t.of(n.args().get(0)) + ")";
            case TANH: return "1 - tanh²(" + t.of(n.args().get(0)) + ")";
            case SIGMOID: return "σ(1 - σ)";
            case ABS: return "sign(" + t.of(n.args().get(0)) + ")";
            default: return null;
        }
    }
}
