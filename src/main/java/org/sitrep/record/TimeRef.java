package org.sitrep.record;

/**
 * A time expression and its TIMEX3-style value (2025-04-28, 2024-06, 2024-FA, 2025, PRESENT_REF).
 */
public record TimeRef(String text, String value, Integer start, Integer end) {}
