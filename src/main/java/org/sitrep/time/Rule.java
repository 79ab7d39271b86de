package org.sitrep.time;

import java.time.temporal.ChronoUnit;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One pattern and how to normalise what it matches. The match (group 0) is the extent; context that
 * must not be part of it goes into look-arounds or the resolver. A match starts at a word start (or
 * an apostrophe), so the finder only tries a rule where the first character fits.
 */
record Rule(String name, Pattern pattern, Resolver resolver, boolean[] firstChars) {
  /** Characters below this code point are indexed; rules never start with one above it. */
  static final int INDEXED = 0x2020;

  /** Turns a match into a type and value, or null to reject the match. */
  interface Resolver {
    Value resolve(MatchResult match, Context context);
  }

  /**
   * A TIMEX3 type and value. With a {@code story} step the value is counted from the last date the
   * text named before the match ("the following year"); {@code value} is then the fallback when the
   * text named none.
   */
  record Value(String type, String value, StoryStep story) {
    Value(String type, String value) {
      this(type, value, null);
    }

    static Value story(ChronoUnit unit, int offset, String fallback) {
      return new Value("DATE", fallback, new StoryStep(unit, offset));
    }

    static Value date(String value) {
      return new Value("DATE", value);
    }

    static Value duration(String value) {
      return new Value("DURATION", value);
    }
  }

  /**
   * {@code offset} days, months or years from the story's last named date, and on a day a time of
   * it ({@code clock}, "T06:00"), or null.
   */
  record StoryStep(ChronoUnit unit, int offset, String clock) {
    StoryStep(ChronoUnit unit, int offset) {
      this(unit, offset, null);
    }
  }

  static Rule of(String name, String regex, Resolver resolver) {
    Pattern p = Pattern.compile(regex);
    return new Rule(name, p, resolver, firstChars(p));
  }

  boolean mayStartWith(char c) {
    return c < INDEXED && firstChars[c];
  }

  /**
   * The characters a match can start with, found by asking the pattern whether a one-character text
   * could grow into a match ({@link Matcher#hitEnd()}).
   */
  private static boolean[] firstChars(Pattern p) {
    boolean[] first = new boolean[INDEXED];
    for (char c = 0; c < INDEXED; c++) {
      if (!Character.isLetterOrDigit(c) && "'‘’".indexOf(c) < 0) continue;
      Matcher m = p.matcher(String.valueOf(c));
      first[c] = m.lookingAt() || m.hitEnd();
    }
    return first;
  }
}
