package org.chainrule.graph;

/**
 * Every operation a gate can perform: its label, its arity, its value rule and its local gradients,
 * side by side. {@code a} and {@code b} are the input values, {@code p} the gate's constant parameter
 * (for {@code +c}, {@code *c}, {@code c/x}, {@code ^c}), {@code out} the gate's own value.
 * {@code local(slot, ...)} is the partial derivative of the output with respect to input {@code slot}.
 */
public enum Op {
    INPUT("x", 0) {
        public double forward(double a, double b, double p) { return p; }
    },
    CONST("c", 0) {
        public double forward(double a, double b, double p) { return p; }
    },
    ADD("+", 2) {
        public double forward(double a, double b, double p) { return a + b; }
        public double local(int slot, double a, double b, double p, double out) { return 1; }
    },
    SUB("-", 2) {
        public double forward(double a, double b, double p) { return a - b; }
        public double local(int slot, double a, double b, double p, double out) { return slot == 0 ? 1 : -1; }
    },
    MUL("*", 2) {
        public double forward(double a, double b, double p) { return a * b; }
        public double local(int slot, double a, double b, double p, double out) { return slot == 0 ? b : a; }
    },
    DIV("/", 2) {
        public double forward(double a, double b, double p) { return a / b; }
        public double local(int slot, double a, double b, double p, double out) { return slot == 0 ? 1 / b : -a / (b * b); }
    },
    POW("^", 2) {
        public double forward(double a, double b, double p) { return Math.pow(a, b); }
        public double local(int slot, double a, double b, double p, double out) {
            return slot == 0 ? b * Math.pow(a, b - 1) : out * Math.log(a);
        }
    },
    ADD_C("+c", 1) {
        public double forward(double a, double b, double p) { return a + p; }
        public double local(int slot, double a, double b, double p, double out) { return 1; }
    },
    MUL_C("*c", 1) {
        public double forward(double a, double b, double p) { return a * p; }
        public double local(int slot, double a, double b, double p, double out) { return p; }
    },
    DIV_C("/c", 1) {
        public double forward(double a, double b, double p) { return a / p; }
        public double local(int slot, double a, double b, double p, double out) { return 1 / p; }
    },
    RDIV_C("c/x", 1) {
        public double forward(double a, double b, double p) { return p / a; }
        public double local(int slot, double a, double b, double p, double out) { return -p / (a * a); }
    },
    POW_C("^c", 1) {
        public double forward(double a, double b, double p) { return Math.pow(a, p); }
        public double local(int slot, double a, double b, double p, double out) { return p * Math.pow(a, p - 1); }
    },
    EXP("exp", 1) {
        public double forward(double a, double b, double p) { return Math.exp(a); }
        public double local(int slot, double a, double b, double p, double out) { return out; }
    },
    LOG("log", 1) {
        public double forward(double a, double b, double p) { return Math.log(a); }
        public double local(int slot, double a, double b, double p, double out) { return 1 / a; }
    },
    SQRT("sqrt", 1) {
        public double forward(double a, double b, double p) { return Math.sqrt(a); }
        public double local(int slot, double a, double b, double p, double out) { return 0.5 / out; }
    },
    SIN("sin", 1) {
        public double forward(double a, double b, double p) { return Math.sin(a); }
        public double local(int slot, double a, double b, double p, double out) { return Math.cos(a); }
    },
    COS("cos", 1) {
        public double forward(double a, double b, double p) { return Math.cos(a); }
        public double local(int slot, double a, double b, double p, double out) { return -Math.sin(a); }
    },
    TAN("tan", 1) {
        public double forward(double a, double b, double p) { return Math.tan(a); }
        public double local(int slot, double a, double b, double p, double out) {
            double c = Math.cos(a);
            return 1 / (c * c);
        }
    },
    TANH("tanh", 1) {
        public double forward(double a, double b, double p) { return Math.tanh(a); }
        public double local(int slot, double a, double b, double p, double out) { return 1 - out * out; }
    },
    SIGMOID("σ", 1) {
        public double forward(double a, double b, double p) { return 1 / (1 + Math.exp(-a)); }
        public double local(int slot, double a, double b, double p, double out) { return out * (1 - out); }
    },
    RELU("relu", 1) {
        public double forward(double a, double b, double p) { return a > 0 ? a : 0; }
        public double local(int slot, double a, double b, double p, double out) { return a > 0 ? 1 : 0; }
    },
    ABS("abs", 1) {
        public double forward(double a, double b, double p) { return Math.abs(a); }
        public double local(int slot, double a, double b, double p, double out) { return Math.signum(a); }
    },
    STEP("step", 1) {
        public double forward(double a, double b, double p) { return a > 0 ? 1 : 0; }
        public double local(int slot, double a, double b, double p, double out) { return 0; }
    },
    SIGN("sign", 1) {
        public double forward(double a, double b, double p) { return Math.signum(a); }
        public double local(int slot, double a, double b, double p, double out) { return 0; }
    },
    /** Routes the gradient to the larger input; on a tie, to the first. */
    MAX("max", 2) {
        public double forward(double a, double b, double p) { return a >= b ? a : b; }
        public double local(int slot, double a, double b, double p, double out) { return (a >= b) == (slot == 0) ? 1 : 0; }
    },
    /** Routes the gradient to the smaller input; on a tie, to the first. */
    MIN("min", 2) {
        public double forward(double a, double b, double p) { return a <= b ? a : b; }
        public double local(int slot, double a, double b, double p, double out) { return (a <= b) == (slot == 0) ? 1 : 0; }
    };

    private final String symbol;
    private final int arity;

    Op(String symbol, int arity) {
        this.symbol = symbol;
        this.arity = arity;
    }

    /** The gate's value from its inputs (unused ones are 0) and its parameter. */
    public abstract double forward(double a, double b, double p);

    /** d out / d input[slot]. Fails loudly for operations that have no inputs. */
    public double local(int slot, double a, double b, double p, double out) {
        throw new UnsupportedOperationException("operation " + name() + " has no inputs and so no local gradient");
    }

    public int arity() { return arity; }

    public boolean isGate() { return arity > 0; }

    /** The machine name used in JSON ({@code add}, {@code mul}, {@code sigmoid}, ...). */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT).replace("_c", "_const");
    }

    /** The label drawn in the gate's circle; {@code param} fills in constants such as {@code +1} or {@code *-1}. */
    public String label(double param) {
        String c = Numbers.compact(param);
        return switch (this) {
            case ADD_C -> param < 0 ? "-" + Numbers.compact(-param) : "+" + c;
            case MUL_C -> "*" + c;
            case DIV_C -> "/" + c;
            case RDIV_C -> c + "/x";
            case POW_C -> "^" + c;
            case INPUT, CONST -> c;
            default -> symbol;
        };
    }
}
