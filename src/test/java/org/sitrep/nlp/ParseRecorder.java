package org.sitrep.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A hand-built text whose sentences parse on demand, as CoreNLP's do, and which records the
 * sentences a finder asked the parse of: the trees are the hand-written ones, handed out on first use.
 */
public final class ParseRecorder {
  private final SortedSet<Integer> parsed = new TreeSet<>();
  private final AnnotatedText text;

  private ParseRecorder(AnnotatedText eager) {
    List<Sentence> deferred = new ArrayList<>();
    for (Sentence s : eager.sentences()) {
      deferred.add(Sentence.deferred(s.index(), s.paragraph(), s.tokens(), () -> {
        parsed.add(s.index());
        return s.dependencies();
      }));
    }
    this.text = new AnnotatedText(eager.text(), deferred, eager.entities());
  }

  public static ParseRecorder of(AnnotatedText eager) {
    return new ParseRecorder(eager);
  }

  /** The same text, with every parse deferred. */
  public AnnotatedText text() {
    return text;
  }

  /** Indices of the sentences parsed so far. */
  public SortedSet<Integer> parsed() {
    return new TreeSet<>(parsed);
  }
}
