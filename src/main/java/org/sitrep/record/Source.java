package org.sitrep.record;

/** Who a figure or a quote is attributed to in the text, resolved to an actor where possible. */
public record Source(String text, String actor, int start, int end) {}
