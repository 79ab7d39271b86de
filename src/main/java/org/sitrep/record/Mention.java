package org.sitrep.record;

/** Where an actor is named in the text, and which finder found it. */
public record Mention(String text, int start, int end, String finder) {}
