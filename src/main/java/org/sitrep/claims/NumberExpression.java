package org.sitrep.claims;

/**
 * A number read from tokens, before qualifiers, ranges and units.
 *
 * @param first index of the first token
 * @param last index just past the last token
 * @param low the value, or the low end of a vague amount
 * @param high the value, or the high end of a vague amount
 * @param vague true for "dozens", "hundreds of thousands", "several hundred"
 * @param scale the largest multiplier written ("million" in "1.2 million"), or 1
 * @param atoms how many number words or digit groups it took ("one" alone is 1)
 */
record NumberExpression(
    int first, int last, double low, double high, boolean vague, double scale, int atoms) {}
