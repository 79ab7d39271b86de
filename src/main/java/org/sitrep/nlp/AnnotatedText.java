package org.sitrep.nlp;

import java.util.List;

/** A text with its sentences, tokens, parses and named entities; offsets are into {@link #text()}. */
public record AnnotatedText(String text, List<Sentence> sentences, List<EntityMention> entities) {

  public AnnotatedText {
    sentences = List.copyOf(sentences);
    entities = List.copyOf(entities);
  }

  /** The same annotation over another text of the same length (one whose blanks were filled). */
  public AnnotatedText withText(String original) {
    if (original.length() != text.length()) throw new IllegalArgumentException("texts differ in length");
    return new AnnotatedText(original, sentences, entities);
  }

  public String span(int start, int end) {
    return text.substring(start, end);
  }

  /** The sentence covering a character offset, or null when the offset falls between sentences. */
  public Sentence sentenceAt(int offset) {
    for (Sentence s : sentences) if (s.start() <= offset && offset < s.end()) return s;
    return null;
  }

  /** The entities of one sentence. */
  public List<EntityMention> entitiesIn(Sentence s) {
    return entities.stream().filter(e -> e.sentence() == s.index()).toList();
  }
}
