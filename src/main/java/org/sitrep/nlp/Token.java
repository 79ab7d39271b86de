package org.sitrep.nlp;

/**
 * One token of a sentence.
 *
 * @param index position in its sentence, from 0
 * @param word the token as written in the text
 * @param start character offset of its first character in the text
 * @param end character offset just past its last character
 * @param pos Penn Treebank part-of-speech tag, or "" when unknown
 * @param lemma lower-case lemma, or the lower-cased word when unknown
 * @param ner named-entity class (PERSON, ORGANIZATION, LOCATION, MISC) or "O"
 */
public record Token(int index, String word, int start, int end, String pos, String lemma, String ner) {

  public boolean isEntity() {
    return !"O".equals(ner);
  }

  public boolean isNoun() {
    return pos.startsWith("NN");
  }

  public boolean isProperNoun() {
    return pos.startsWith("NNP");
  }

  public boolean isVerb() {
    return pos.startsWith("VB");
  }
}
