package org.sitrep.time;

import java.util.regex.Pattern;

/** Where a match sits: the text around it and the reference date. */
record Context(CharSequence text, int start, int end, Anchor anchor) {
  private static final int WINDOW = 60;
  private static final Pattern FUTURE_CUE = Pattern.compile(
      "(?i)\\b(?:will|won't|'ll|shall|would|is to|are to|plans? to|planned|planning|scheduled"
          + "|expected to|due to|going to|set to|next|upcoming|coming)\\b");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"'”’]?\\s+(?=\\p{Lu})|\\n\\s*\\n");

  /**
   * Whether the clause before the match speaks of the future ("will meet on Monday"). News
   * reports mostly in the past tense, so without such a cue a bare weekday or month is taken as
   * the most recent one.
   */
  boolean future() {
    int from = Math.max(0, start - WINDOW);
    CharSequence before = text.subSequence(from, start);
    var ends = SENTENCE_END.matcher(before);
    int clause = 0;
    while (ends.find()) clause = ends.end();
    return FUTURE_CUE.matcher(before.subSequence(clause, before.length())).find();
  }

  /** The character just before the match, or a space at the start of the text. */
  char before() {
    return start == 0 ? ' ' : text.charAt(start - 1);
  }
}
