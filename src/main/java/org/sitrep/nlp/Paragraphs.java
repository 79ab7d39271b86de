package org.sitrep.nlp;

import java.util.ArrayList;
import java.util.List;

/** Paragraph boundaries of a text: blocks separated by one or more blank lines. */
final class Paragraphs {
  private final List<Integer> starts;

  private Paragraphs(List<Integer> starts) {
    this.starts = starts;
  }

  static Paragraphs of(String text) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    int i = text.indexOf("\n\n");
    while (i >= 0) {
      int next = i;
      while (next < text.length() && Character.isWhitespace(text.charAt(next))) next++;
      starts.add(next);
      i = text.indexOf("\n\n", next);
    }
    return new Paragraphs(starts);
  }

  /** The index of the paragraph that holds an offset. */
  int indexOf(int offset) {
    int index = 0;
    for (int k = 1; k < starts.size() && starts.get(k) <= offset; k++) index = k;
    return index;
  }
}
