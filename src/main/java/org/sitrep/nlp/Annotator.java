package org.sitrep.nlp;

/** Turns a text into an {@link AnnotatedText}. Implementations are thread-safe. */
public interface Annotator {
  AnnotatedText annotate(String text);
}
