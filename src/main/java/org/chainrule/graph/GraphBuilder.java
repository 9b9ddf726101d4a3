package org.chainrule.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.chainrule.expr.BinOp;
import org.chainrule.expr.Expr;
import org.chainrule.expr.Func;
import org.chainrule.expr.Program;

/**
 * Turns a program into a computational graph, following the output back through its intermediates
 * (statements the output does not depend on are left out). Subexpressions made only of constants are
 * folded into one number; a binary operation with one constant operand becomes a unary gate such as
 * {@code +1}, {@code *-1}, {@code 1/x} or {@code ^2}, as on the CS231n diagrams. Iterative, so programs
 * of any depth build without recursion.
 */
public final class GraphBuilder {

    /** A built value: a node index, or (when node < 0) a constant not yet given a node. */
    private record Val(int node, double constant) {
        boolean isConst() { return node < 0; }
    }

    private final Program program;
    private final Granularity granularity;
    private final List<Op> ops = new ArrayList<>();
    private final List<Double> params = new ArrayList<>();
    private final List<int[]> args = new ArrayList<>();
    private final List<String> ids = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    private final Map<String, Integer> inputNodes = new HashMap<>();
    private final Map<String, Val> built = new HashMap<>();
    private int gates;
    private int constants;

    private GraphBuilder(Program program, Granularity granularity) {
        this.program = program;
        this.granularity = granularity;
    }

    public static ComputationGraph build(Program program, Granularity granularity) {
        return new GraphBuilder(program, granularity).run();
    }

    private ComputationGraph run() {
        Val out = eval(program.outputExpr());
        int outNode = out.isConst() ? constNode(out.constant()) : out.node();
        String outName = program.outputName();
        if (names.get(outNode) == null && ops.get(outNode).isGate()) names.set(outNode, outName);
        List<Node> nodes = new ArrayList<>(ops.size());
        for (int i = 0; i < ops.size(); i++) {
            List<Integer> a = new ArrayList<>(args.get(i).length);
            for (int x : args.get(i)) a.add(x);
            nodes.add(new Node(i, ids.get(i), ops.get(i), params.get(i), a, names.get(i)));
        }
        return new ComputationGraph(nodes, outNode, outName, granularity);
    }

    /** Post-order walk with an explicit stack; named intermediates are built once, when first used. */
    private Val eval(Expr root) {
        Map<Expr, Val> done = new IdentityHashMap<>();
        Deque<Expr> stack = new ArrayDeque<>();
        Deque<Boolean> expanded = new ArrayDeque<>();
        stack.push(root);
        expanded.push(false);
        while (!stack.isEmpty()) {
            Expr e = stack.peek();
            boolean ready = expanded.pop();
            if (!ready) {
                expanded.push(true);
                for (Expr child : children(e)) {
                    stack.push(child);
                    expanded.push(false);
                }
                continue;
            }
            stack.pop();
            done.put(e, combine(e, done));
        }
        return done.get(root);
    }

    private List<Expr> children(Expr e) {
        if (e instanceof Expr.Var v && program.isIntermediate(v.name()) && !built.containsKey(v.name())) {
            return List.of(program.definition(v.name()));
        }
        if (e instanceof Expr.Neg n) return List.of(n.arg());
        if (e instanceof Expr.Binary b) return List.of(b.right(), b.left());
        if (e instanceof Expr.Call c) {
            List<Expr> r = new ArrayList<>(c.args());
            java.util.Collections.reverse(r);
            return r;
        }
        return List.of();
    }

    private Val combine(Expr e, Map<Expr, Val> done) {
        if (e instanceof Expr.Num n) return new Val(-1, n.value());
        if (e instanceof Expr.Const c) return new Val(-1, c.value());
        if (e instanceof Expr.Var v) return variable(v.name(), done);
        if (e instanceof Expr.Neg n) {
            Val a = done.get(n.arg());
            return a.isConst() ? new Val(-1, -a.constant()) : new Val(gate(Op.MUL_C, -1, a.node()), 0);
        }
        if (e instanceof Expr.Binary b) return binary(b.op(), done.get(b.left()), done.get(b.right()));
        Expr.Call c = (Expr.Call) e;
        List<Val> vals = c.args().stream().map(done::get).toList();
        return call(c.func(), vals);
    }

    private Val variable(String name, Map<Expr, Val> done) {
        if (program.isIntermediate(name)) {
            Val v = built.get(name);
            if (v == null) {
                v = done.get(program.definition(name));
                built.put(name, v);
                if (!v.isConst() && names.get(v.node()) == null && ops.get(v.node()).isGate()) names.set(v.node(), name);
            }
            return v;
        }
        if (program.isConstant(name)) return new Val(-1, Program.CONSTANTS.get(name));
        Integer node = inputNodes.get(name);
        if (node == null) {
            node = add(Op.INPUT, 0, new int[0], name);
            inputNodes.put(name, node);
        }
        return new Val(node, 0);
    }

    private Val binary(BinOp op, Val a, Val b) {
        boolean dec = granularity == Granularity.DECOMPOSED;
        if (a.isConst() && b.isConst()) return new Val(-1, fold(op, a.constant(), b.constant()));
        if (b.isConst()) {
            double c = b.constant();
            return node(switch (op) {
                case ADD -> gate(Op.ADD_C, c, a.node());
                case SUB -> gate(Op.ADD_C, -c, a.node());
                case MUL -> gate(Op.MUL_C, c, a.node());
                case DIV -> dec ? gate(Op.MUL_C, 1 / c, a.node()) : gate(Op.DIV_C, c, a.node());
                case POW -> gate(Op.POW_C, c, a.node());
            });
        }
        if (a.isConst()) {
            double c = a.constant();
            return node(switch (op) {
                case ADD -> gate(Op.ADD_C, c, b.node());
                case MUL -> gate(Op.MUL_C, c, b.node());
                case SUB -> dec ? gate(Op.ADD_C, c, gate(Op.MUL_C, -1, b.node())) : gate(Op.SUB, 0, constNode(c), b.node());
                case DIV -> dec && c != 1 ? gate(Op.MUL_C, c, gate(Op.RDIV_C, 1, b.node())) : gate(Op.RDIV_C, c, b.node());
                case POW -> gate(Op.POW, 0, constNode(c), b.node());
            });
        }
        return node(switch (op) {
            case ADD -> gate(Op.ADD, 0, a.node(), b.node());
            case MUL -> gate(Op.MUL, 0, a.node(), b.node());
            case SUB -> dec ? gate(Op.ADD, 0, a.node(), gate(Op.MUL_C, -1, b.node())) : gate(Op.SUB, 0, a.node(), b.node());
            case DIV -> dec ? gate(Op.MUL, 0, a.node(), gate(Op.RDIV_C, 1, b.node())) : gate(Op.DIV, 0, a.node(), b.node());
            case POW -> gate(Op.POW, 0, a.node(), b.node());
        });
    }

    private Val call(Func f, List<Val> vals) {
        Op op = Op.valueOf(f.name());
        if (vals.stream().allMatch(Val::isConst)) {
            double a = vals.get(0).constant();
            double b = vals.size() > 1 ? vals.get(1).constant() : 0;
            return new Val(-1, op.forward(a, b, 0));
        }
        if (vals.size() == 2) {
            int a = vals.get(0).isConst() ? constNode(vals.get(0).constant()) : vals.get(0).node();
            int b = vals.get(1).isConst() ? constNode(vals.get(1).constant()) : vals.get(1).node();
            return node(gate(op, 0, a, b));
        }
        int x = vals.get(0).node();
        if (granularity == Granularity.DECOMPOSED) {
            if (f == Func.SIGMOID) return node(sigmoidChain(x));
            if (f == Func.TANH) return node(gate(Op.ADD_C, -1, gate(Op.MUL_C, 2, sigmoidChain(gate(Op.MUL_C, 2, x)))));
        }
        return node(gate(op, 0, x));
    }

    /** sigmoid(x) as the textbook draws it: *-1, exp, +1, 1/x. */
    private int sigmoidChain(int x) {
        return gate(Op.RDIV_C, 1, gate(Op.ADD_C, 1, gate(Op.EXP, 0, gate(Op.MUL_C, -1, x))));
    }

    private static double fold(BinOp op, double a, double b) {
        return switch (op) {
            case ADD -> a + b;
            case SUB -> a - b;
            case MUL -> a * b;
            case DIV -> a / b;
            case POW -> Math.pow(a, b);
        };
    }

    private static Val node(int index) {
        return new Val(index, 0);
    }

    private int constNode(double value) {
        return add(Op.CONST, value, new int[0], "c" + (++constants));
    }

    private int gate(Op op, double param, int... inputs) {
        return add(op, param, inputs, "n" + (++gates));
    }

    private int add(Op op, double param, int[] inputs, String id) {
        ops.add(op);
        params.add(param);
        args.add(inputs);
        ids.add(id);
        names.add(null);
        return ops.size() - 1;
    }
}
