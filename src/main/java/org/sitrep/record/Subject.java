package org.sitrep.record;

/** What a figure counts ("North Korean troops") and the actor it belongs to. */
public record Subject(String text, String actor, Integer start, Integer end) {}
