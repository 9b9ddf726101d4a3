package org.chainrule.graph;

/** A wire from node {@code from} into operand {@code slot} of node {@code to} (node indices). */
public record Wire(int from, int to, int slot) {}
