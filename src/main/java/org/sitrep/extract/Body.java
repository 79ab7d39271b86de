package org.sitrep.extract;

import java.util.List;

/**
 * The body of an article: paragraphs joined by one blank line, and the furniture dropped on the way.
 */
record Body(String text, List<String> removed) {
  Body {
    removed = List.copyOf(removed);
  }

  static Body of(List<String> paragraphs, List<String> removed) {
    return new Body(String.join("\n\n", paragraphs), removed);
  }

  int length() {
    return text.length();
  }
}
