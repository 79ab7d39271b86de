package org.sitrep.record;

/** A direct quotation with its cue verb and its speaker. */
public record Quote(String text, int start, int end, String cue, Source speaker, String finder) {}
