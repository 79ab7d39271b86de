package org.sitrep.quotes;

import java.util.List;
import org.sitrep.nlp.Sentence;

/**
 * Speakers carried to a quote that names none in its own sentences: from earlier in its paragraph,
 * or from the end of the previous paragraph.
 */
final class Carry {
  private Carry() {}

  /** The latest speaker of an earlier sentence of the quote's paragraph, or null. */
  static Attribution inParagraph(QuoteContext ctx, Quotation q, List<Attribution> earlier) {
    Sentence first = firstSentence(ctx, q);
    if (first == null) return null;
    List<Sentence> all = ctx.text.sentences();
    for (int k = first.index() - 1; k >= 0 && all.get(k).paragraph() == first.paragraph(); k--) {
      Attribution a = speakerOf(ctx, all.get(k), earlier);
      if (a != null) return a.via("quote.continued");
    }
    return null;
  }

  /**
   * The speaker the previous paragraph ended with, when it ended in a speaker intro ("He said:")
   * or in a quote of an attributed speaker, and the quote's own paragraph names nobody else.
   */
  static Attribution fromPreviousParagraph(
      QuoteContext ctx, Quotation q, List<Attribution> earlier) {
    Sentence first = firstSentence(ctx, q);
    if (first == null || first.index() == 0) return null;
    Sentence previous = ctx.text.sentences().get(first.index() - 1);
    if (previous.paragraph() != first.paragraph() - 1) return null;
    String ending = lastWord(previous);
    if (ending.equals(":")) {
      Attribution a = CueSpeakers.inSentence(ctx, previous);
      return a == null ? null : a.via("quote.paragraph-carry");
    }
    if (namesSpeaker(ctx, first.paragraph())) return null;
    Attribution a = speakerOf(ctx, previous, earlier);
    return a == null ? null : a.via("quote.paragraph-carry");
  }

  private static String lastWord(Sentence s) {
    return s.token(s.size() - 1).word();
  }

  private static boolean namesSpeaker(QuoteContext ctx, int paragraph) {
    for (Sentence s : ctx.text.sentences()) {
      if (s.paragraph() == paragraph && CueSpeakers.inSentence(ctx, s) != null) return true;
    }
    return false;
  }

  /** The speaker of a sentence: of its last attributed quote, else of its cue verb. */
  private static Attribution speakerOf(QuoteContext ctx, Sentence s, List<Attribution> earlier) {
    for (int i = earlier.size() - 1; i >= 0; i--) {
      Quotation q = ctx.quotes.get(i);
      if (earlier.get(i) != null && q.open() < s.end() && s.start() < q.close()) {
        return earlier.get(i);
      }
    }
    return CueSpeakers.inSentence(ctx, s);
  }

  private static Sentence firstSentence(QuoteContext ctx, Quotation q) {
    List<Sentence> spanned = ctx.sentencesOf(q);
    return spanned.isEmpty() ? null : spanned.get(0);
  }
}
