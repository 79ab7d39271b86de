package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QuoteSpeakerMatchTest {
  private static final QuoteSpan QUOTE = new QuoteSpan("q", 100, 120);

  private static QuoteGold gold(String source, int start) {
    return new QuoteGold(QUOTE, new QuoteSpan(source, start, start + source.length()));
  }

  @Test
  void overlappingSpeakerMentionMatches() {
    QuoteSpan he = new QuoteSpan("he", 130, 132);
    assertTrue(QuoteSpeakerMatch.matches(new QuoteCandidate(QUOTE, he, he), gold("he", 130)));
  }

  @Test
  void resolvedEntityOverlappingGoldSourceMatches() {
    QuoteSpan he = new QuoteSpan("he", 130, 132);
    QuoteSpan name = new QuoteSpan("Dmitry Peskov", 10, 23);
    assertTrue(QuoteSpeakerMatch.matches(new QuoteCandidate(QUOTE, he, name), gold("Dmitry Peskov", 5)));
  }

  @Test
  void sameSurnameMatches() {
    QuoteSpan he = new QuoteSpan("he", 130, 132);
    QuoteSpan name = new QuoteSpan("Peskov", 10, 16);
    assertTrue(QuoteSpeakerMatch.matches(new QuoteCandidate(QUOTE, he, name),
        gold("Kremlin spokesman Dmitry Peskov’s", 200)));
  }

  @Test
  void differentNameDoesNotMatch() {
    QuoteSpan name = new QuoteSpan("Lavrov", 10, 16);
    assertFalse(QuoteSpeakerMatch.matches(new QuoteCandidate(QUOTE, name, name), gold("Peskov", 200)));
  }

  @Test
  void pronounsAreNeverNames() {
    QuoteSpan she = new QuoteSpan("She", 10, 13);
    assertFalse(QuoteSpeakerMatch.matches(new QuoteCandidate(QUOTE, she, she), gold("She", 200)));
  }

  @Test
  void goldWithoutSourceNeverMatches() {
    QuoteSpan name = new QuoteSpan("Peskov", 10, 16);
    assertFalse(QuoteSpeakerMatch.matches(new QuoteCandidate(QUOTE, name, name), new QuoteGold(QUOTE, null)));
  }
}
