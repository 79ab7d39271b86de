package org.sitrep.nlp;

/**
 * A numeric entity as CoreNLP's numeric classifiers and NumberNormalizer see it.
 *
 * @param text the mention as written
 * @param start character offset of the first character
 * @param end character offset just past the last character
 * @param type NUMBER, MONEY, PERCENT, ORDINAL, DURATION, DATE, TIME or SET
 * @param normalized CoreNLP's normalised value as given ("~4000.0", "$1.5E9", "10.0-12.0"), or null
 */
public record NumericMention(String text, int start, int end, String type, String normalized) {}
