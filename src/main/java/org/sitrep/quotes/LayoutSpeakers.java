package org.sitrep.quotes;

import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Speakers given by typography rather than grammar: a transcript label inside the quote
 * ("PENCE: Well, ..."), a dash after it ("..." ― Jane Doe), or a name and a colon before it
 * (Peskov: "...").
 */
final class LayoutSpeakers {
  /** A label or a dash-signed name longer than this is prose, not a name. */
  private static final int MAX_NAME_TOKENS = 6;
  private static final String DASHES = "―—–-";

  private LayoutSpeakers() {}

  /** A transcript label: one to three upper-case words and a colon opening the quote. */
  static Attribution transcript(QuoteContext ctx, Quotation q) {
    Sentence s = ctx.text.sentenceAt(q.start());
    int first = s == null ? -1 : s.tokenAt(q.start());
    if (first < 0) return null;
    int i = first;
    while (i < s.size() && i < first + 3 && isUpperWord(s.token(i))) i++;
    if (i == first || i >= s.size() || !s.token(i).word().equals(":")) return null;
    return new Attribution(s, first, i - 1, i - 1, null, "quote.transcript");
  }

  /** A name after a dash that follows the closing mark on the same line. */
  static Attribution dashSigned(QuoteContext ctx, Quotation q) {
    String text = ctx.text.text();
    int i = q.close();
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\u00a0')) i++;
    if (!q.isClosed() || i >= text.length() || DASHES.indexOf(text.charAt(i)) < 0) return null;
    i++;
    while (i < text.length() && Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '\n') i++;
    Sentence s = ctx.text.sentenceAt(i);
    int first = s == null ? -1 : s.tokenAt(i);
    if (first < 0 || !Character.isUpperCase(s.token(first).word().charAt(0))) return null;
    int last = first;
    while (last + 1 < s.size() && last + 1 < first + MAX_NAME_TOKENS && sameLine(text, s, last)
        && Character.isLetter(s.token(last + 1).word().charAt(0))) {
      last++;
    }
    return new Attribution(s, first, last, last, null, "quote.dash-signed");
  }

  /** A short phrase with a proper noun, then a colon, right before the opening mark. */
  static Attribution colonNamed(QuoteContext ctx, Quotation q) {
    Sentence s = ctx.text.sentenceAt(q.open());
    int mark = s == null ? -1 : s.tokenAt(q.open());
    if (mark < 1 || !s.token(mark - 1).word().equals(":")) return null;
    int last = mark - 2;
    int first = last;
    while (first - 1 >= 0 && last - first + 1 < MAX_NAME_TOKENS
        && Character.isLetterOrDigit(s.token(first - 1).word().charAt(0))) {
      first--;
    }
    if (last < 0 || first > 0 && Character.isLetterOrDigit(s.token(first - 1).word().charAt(0))) {
      return null;
    }
    for (int k = first; k <= last; k++) {
      if (s.token(k).isVerb()) return null;
    }
    for (int k = last; k >= first; k--) {
      if (s.token(k).isProperNoun()) return new Attribution(s, first, last, k, null, "quote.colon-named");
    }
    return null;
  }

  private static boolean sameLine(String text, Sentence s, int token) {
    int from = s.token(token).end();
    int to = s.token(token + 1).start();
    return text.substring(from, to).indexOf('\n') < 0;
  }

  private static boolean isUpperWord(Token t) {
    String w = t.word();
    if (w.length() < 2) return false;
    for (int k = 0; k < w.length(); k++) {
      char c = w.charAt(k);
      if (Character.isLetter(c) && !Character.isUpperCase(c)) return false;
    }
    return Character.isLetter(w.charAt(0));
  }
}
