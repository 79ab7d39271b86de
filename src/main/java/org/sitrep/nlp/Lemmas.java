package org.sitrep.nlp;

import java.util.Set;

/** Fixes to the lemmatiser's output that the finders rely on. */
final class Lemmas {
  /** Plural-only and Latin plurals the lemmatiser is right to keep. */
  private static final Set<String> KEEP = Set.of("news", "series", "species", "means", "arms",
      "headquarters", "politics", "physics", "economics", "logistics", "tactics", "talks", "sales");

  private Lemmas() {}

  /**
   * The singular of a plural common noun the lemmatiser left alone ("troops" stays "troops" in
   * CoreNLP's morphology): drop the final s, except after s, u and i ("glass", "status", "crisis").
   */
  static String plural(String lemma, String pos) {
    if (!pos.equals("NNS") || KEEP.contains(lemma) || lemma.length() < 4) return lemma;
    if (!lemma.endsWith("s") || lemma.endsWith("ss") || lemma.endsWith("us") || lemma.endsWith("is")) return lemma;
    return lemma.substring(0, lemma.length() - 1);
  }
}
