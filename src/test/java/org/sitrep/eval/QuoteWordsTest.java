package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class QuoteWordsTest {

  @Test
  void countsWordsInsideMarksOnly() {
    assertEquals(4, QuoteWords.longestQuoteWords("he said it was “a grave provocation, indeed” today"));
  }

  @Test
  void scareQuoteIsOneWord() {
    assertEquals(1, QuoteWords.longestQuoteWords("called them “deplorables” on Friday"));
  }

  @Test
  void shortQuotesDoNotAddUp() {
    assertEquals(1, QuoteWords.longestQuoteWords("called it “sick” and “sad” again"));
  }

  @Test
  void spanStartingInsideAQuoteCountsUpToTheClosingMark() {
    assertEquals(3, QuoteWords.longestQuoteWords("we will win,” he said"));
  }

  @Test
  void unclosedQuoteRunsToTheEnd() {
    assertEquals(2, QuoteWords.longestQuoteWords("He said: \"Never again"));
  }

  @Test
  void textWithoutMarksHasNoQuotedWords() {
    assertEquals(0, QuoteWords.longestQuoteWords("that the talks had failed"));
  }
}
