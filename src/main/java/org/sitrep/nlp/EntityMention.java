package org.sitrep.nlp;

/**
 * A named entity found by the NER model: a run of tokens in one sentence.
 *
 * @param type PERSON, ORGANIZATION, LOCATION or MISC
 * @param sentence index of the sentence
 * @param firstToken index of the first token in the sentence
 * @param endToken index just past the last token
 */
public record EntityMention(
    String text, String type, int start, int end, int sentence, int firstToken, int endToken) {}
