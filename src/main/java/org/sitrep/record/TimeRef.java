package org.sitrep.record;

/**
 * A time expression and its TIMEX3-style value (2025-04-28, 2024-06, 2024-FA, 2025, PRESENT_REF); a
 * figure counted over a span of two dates has the ISO 8601 interval (2026-01/2026-03).
 */
public record TimeRef(String text, String value, Integer start, Integer end) {}
