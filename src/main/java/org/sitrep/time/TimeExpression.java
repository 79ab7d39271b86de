package org.sitrep.time;

/**
 * A time expression found in text, normalised TIMEX3-style.
 *
 * @param type DATE, TIME, DURATION or SET
 * @param value the normalised value: 2025-04-28, 2024-06, 2024-FA, 2025, 2025-W17, P3D,
 *     PRESENT_REF, PAST_REF, FUTURE_REF, XXXX-XX-XX when unresolvable
 */
public record TimeExpression(String text, int start, int end, String type, String value) {}
