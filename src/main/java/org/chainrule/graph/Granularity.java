package org.chainrule.graph;

/**
 * How finely functions become gates. {@code FUSED} keeps {@code sigmoid}, {@code tanh}, subtraction and
 * division as one gate each; {@code DECOMPOSED} rewrites them into primitive gates as a textbook draws them:
 * {@code sigmoid(a) -> *-1, exp, +1, 1/x}; {@code tanh(a) = 2 sigmoid(2a) - 1 -> *2, *-1, exp, +1, 1/x, *2, -1};
 * {@code a - b -> a + (*-1 b)}; {@code a / b -> a * (1/x b)}; {@code a / c -> *(1/c)}.
 */
public enum Granularity {
    FUSED, DECOMPOSED
}
