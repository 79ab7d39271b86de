package org.sitrep.nlp;

/**
 * Which CoreNLP annotators to run beyond tokenize, ssplit, pos and lemma.
 *
 * @param ner the CRF named-entity tagger
 * @param parse the neural dependency parser
 */
public record NlpOptions(boolean ner, boolean parse) {

  /** Everything sitrep's finders use. */
  public static NlpOptions full() {
    return new NlpOptions(true, true);
  }

  /** Tokens, sentences, tags and lemmas only. */
  public static NlpOptions tagsOnly() {
    return new NlpOptions(false, false);
  }
}
