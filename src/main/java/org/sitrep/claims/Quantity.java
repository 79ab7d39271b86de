package org.sitrep.claims;

/**
 * A number, range or amount found in text, before we know what it counts.
 *
 * @param text the words of the quantity as written ("between 10,000 and 12,000")
 * @param start character offset of the first character
 * @param end character offset just past the last character
 * @param low the lowest value meant (for "about 4,000": 4000)
 * @param high the highest value meant; equal to low for a single number
 * @param qualifier exact, approximate, at_least, more_than, at_most, less_than or vague
 * @param unit the unit or counted noun right after the number when it is part of the amount
 *     ("troops", "km", "USD"), or null
 * @param per day, week, month or year for a rate ("25,000 a month"), or null
 */
public record Quantity(
    String text, int start, int end, double low, double high, String qualifier, String unit,
    String per) {}
