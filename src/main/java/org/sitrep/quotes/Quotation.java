package org.sitrep.quotes;

/**
 * A stretch of text between quotation marks, before attribution.
 *
 * @param open offset of the opening mark
 * @param start offset of the first quoted character
 * @param end offset just past the last quoted character
 * @param close offset just past the closing mark, or {@code end} when the quote is not closed in
 *     its paragraph
 * @param paragraph index of the paragraph (blocks between blank lines)
 * @param continued the quote opens a paragraph and carries on a quote the previous paragraph left
 *     open (a multi-paragraph quotation)
 * @param single delimited by single quotation marks (headline style)
 */
record Quotation(
    int open, int start, int end, int close, int paragraph, boolean continued, boolean single) {

  boolean covers(int from, int to) {
    return open <= from && to <= close;
  }

  boolean isClosed() {
    return close > end;
  }
}
