package org.chainrule.render;

/**
 * Which numbers a picture writes. Hidden numbers become empty answer boxes of the size the number
 * would take, so one graph gives a worksheet and its answer key with the same layout.
 */
public enum Show {
    /** Every value and gradient: the answer key. */
    ALL,
    /** Forward values only, gradients as answer boxes: a backward-pass exercise. */
    VALUES,
    /**
     * Only the givens (the input values, the constants, and the seed gradient 1 at the output);
     * everything else as answer boxes: a forward- and backward-pass exercise.
     */
    NONE
}
