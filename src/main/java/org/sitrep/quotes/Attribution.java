package org.sitrep.quotes;

import org.sitrep.nlp.Sentence;

/**
 * A speaker mention found for a quote: a token range of one sentence.
 *
 * @param first first token of the speaker mention
 * @param last last token of the speaker mention (inclusive)
 * @param head the head token of the mention
 * @param cue the cue verb or phrase, or null
 * @param finder the rule that found it
 */
record Attribution(Sentence sentence, int first, int last, int head, String cue, String finder) {

  int start() {
    return sentence.token(first).start();
  }

  int end() {
    return sentence.token(last).end();
  }

  /** The same speaker, found again by another rule. */
  Attribution via(String otherFinder) {
    return new Attribution(sentence, first, last, head, cue, otherFinder);
  }
}
