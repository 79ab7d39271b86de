package org.sitrep.time;

import java.util.regex.Pattern;

/** Where a match sits: the text around it and the reference date. */
record Context(CharSequence text, int start, int end, Anchor anchor) {
  private static final int WINDOW = 90;

  /** Words that put the clause in the future. Not "would": in reported speech it looks back. */
  private static final Pattern FUTURE_CUE =
      Pattern.compile(
          "(?i)\\b(?:will|won't|'ll|shall|is to|are to|plans? to|planned|planning|scheduled"
              + "|expected to|due to|going to|set to|next(?! to)|upcoming|coming|(?-i:until|till)|as soon as"
              + "|as early as|postponed|delayed|deadline|expects?|hopes? to|intends? to|aims? to"
              + "|vows? to|promises? to|threatens? to|prepares? to|preparing to|ready to)\\b");

  /** A past perfect takes the clause back out of the future: "had been due to expire Friday". */
  private static final Pattern PAST_PERFECT =
      Pattern.compile("(?i)\\b(?:had|previously|originally)\\b");

  /** The clause ends at a sentence end, a blank line, a comma, a semicolon or a colon. */
  private static final Pattern CLAUSE_END =
      Pattern.compile("[.!?][\"'”’]?\\s+(?=\\p{Lu})|\\n\\s*\\n|[,;:]\\s");

  private static final Pattern SENTENCE_END =
      Pattern.compile("[.!?][\"'”’]?\\s+(?=\\p{Lu})|\\n\\s*\\n");
  private static final int SENTENCE_WINDOW = 300;

  /**
   * Whether the clause before the match speaks of the future ("will meet on Monday"). News reports
   * mostly in the past tense, so without such a cue a bare weekday or month is taken as the most
   * recent one.
   */
  boolean future() {
    int from = Math.max(0, start - WINDOW);
    CharSequence before = text.subSequence(from, start);
    var ends = CLAUSE_END.matcher(before);
    int clause = 0;
    while (ends.find()) clause = ends.end();
    CharSequence words = before.subSequence(clause, before.length());
    return FUTURE_CUE.matcher(words).find() && !PAST_PERFECT.matcher(words).find();
  }

  /** The sentence around the match, at most {@value #SENTENCE_WINDOW} characters each side. */
  CharSequence sentence() {
    int from = Math.max(0, start - SENTENCE_WINDOW);
    int to = Math.min(text.length(), end + SENTENCE_WINDOW);
    var ends = SENTENCE_END.matcher(text).region(from, to);
    int s = from;
    int e = to;
    while (ends.find()) {
      if (ends.end() <= start) s = ends.end();
      else if (ends.start() >= end) {
        e = ends.start() + 1;
        break;
      }
    }
    return text.subSequence(s, e);
  }

  /** Whether the text just before the match (up to 16 characters) ends with {@code words}. */
  boolean after(Pattern words) {
    return words.matcher(text.subSequence(Math.max(0, start - 16), start)).find();
  }
}
