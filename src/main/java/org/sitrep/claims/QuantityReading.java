package org.sitrep.claims;

/**
 * A quantity with the inner spans the parser saw, for evaluation and highlighting. All offsets are
 * character offsets into the parsed text; {@code quantity.start()} is where a leading qualifier
 * ("about", "more than") begins and {@code quantity.end()} where a currency or measure unit ends.
 *
 * @param quantity the quantity as {@link QuantityParser#find(String)} returns it
 * @param amountStart where the amount begins after any qualifier: a currency sign or the number
 * @param valueStart where the number or range begins ("between" and "from" included)
 * @param valueEnd where the number or range ends, before any unit
 * @param boundEnd where the number and its qualifiers end, a trailing "or more" included
 */
public record QuantityReading(
    Quantity quantity, int amountStart, int valueStart, int valueEnd, int boundEnd) {}
