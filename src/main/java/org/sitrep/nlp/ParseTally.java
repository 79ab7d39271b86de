package org.sitrep.nlp;

import java.util.concurrent.atomic.LongAdder;

/**
 * How much of the text the dependency parser ran on, across threads: sentences and tokens seen,
 * those a finder asked the parse of, and the time spent parsing them.
 */
public final class ParseTally {
  private final LongAdder sentences = new LongAdder();
  private final LongAdder tokens = new LongAdder();
  private final LongAdder parsedSentences = new LongAdder();
  private final LongAdder parsedTokens = new LongAdder();
  private final LongAdder parseNanos = new LongAdder();

  /**
   * The tally at one moment.
   *
   * @param parseNanos wall time inside the parser, summed over threads
   */
  public record Counts(long sentences, long tokens, long parsedSentences, long parsedTokens, long parseNanos) {
    /** The share of tokens that were parsed, from 0 to 1: parsing costs about the same per token. */
    public double parsedTokenShare() {
      return tokens == 0 ? 0 : (double) parsedTokens / tokens;
    }
  }

  void seen(int sentenceTokens) {
    sentences.increment();
    tokens.add(sentenceTokens);
  }

  void parsed(int sentenceTokens, long nanos) {
    parsedSentences.increment();
    parsedTokens.add(sentenceTokens);
    parseNanos.add(nanos);
  }

  public Counts counts() {
    return new Counts(sentences.sum(), tokens.sum(), parsedSentences.sum(), parsedTokens.sum(), parseNanos.sum());
  }
}
