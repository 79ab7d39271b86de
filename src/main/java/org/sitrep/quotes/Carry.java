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

  /** The speaker of the previous paragraph's last sentence, or null. */
  static Attribution fromPreviousParagraph(
      QuoteContext ctx, Quotation q, List<Attribution> earlier) {
    Sentence first = firstSentence(ctx, q);
    if (first == null || first.index() == 0) return null;
    Sentence previous = ctx.text.sentences().get(first.index() - 1);
    if (previous.paragraph() != first.paragraph() - 1) return null;
    Attribution a = speakerOf(ctx, previous, earlier);
    return a == null ? null : a.via("quote.paragraph-carry");
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
