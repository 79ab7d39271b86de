package org.sitrep.eval;

/** A piece of a document's text with its character offsets, as scored by the evaluations. */
record QuoteSpan(String text, int start, int end) {

  static QuoteSpan of(String document, int start, int end) {
    return new QuoteSpan(document.substring(start, end), start, end);
  }

  boolean overlaps(QuoteSpan other) {
    return other != null && start < other.end && other.start < end;
  }
}
