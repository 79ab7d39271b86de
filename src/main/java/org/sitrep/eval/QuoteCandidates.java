package org.sitrep.eval;

import java.util.List;
import org.sitrep.nlp.CoreNlpQuoteReference;
import org.sitrep.quotes.FoundQuote;
import org.sitrep.record.Span;

/** Turns sitrep's and the reference's quotes into the one shape the scorer reads. */
final class QuoteCandidates {
  private QuoteCandidates() {}

  static List<QuoteCandidate> of(String text, List<FoundQuote> quotes) {
    return quotes.stream().map(q -> new QuoteCandidate(QuoteSpan.of(text, q.start(), q.end()),
        span(q.speaker()), span(q.speakerEntity()))).toList();
  }

  static List<QuoteCandidate> ofReference(
      String text, List<CoreNlpQuoteReference.ReferenceQuote> quotes) {
    return quotes.stream().map(q -> {
      QuoteSpan speaker = span(q.speaker());
      QuoteSpan entity = span(q.canonicalSpeaker());
      return new QuoteCandidate(QuoteSpan.of(text, q.start(), q.end()),
          speaker != null ? speaker : entity, entity != null ? entity : speaker);
    }).toList();
  }

  private static QuoteSpan span(Span s) {
    return s == null ? null : new QuoteSpan(s.text(), s.start(), s.end());
  }

  private static QuoteSpan span(CoreNlpQuoteReference.Mention m) {
    return m == null ? null : new QuoteSpan(m.text(), m.start(), m.end());
  }
}
