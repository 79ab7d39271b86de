package org.sitrep.time;

import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * One pattern and how to normalise what it matches. The match (group 0) is the extent; context
 * that must not be part of it goes into look-arounds.
 */
record Rule(String name, Pattern pattern, Resolver resolver) {

  /** Turns a match into a type and value, or null to reject the match. */
  interface Resolver {
    Value resolve(MatchResult match, Context context);
  }

  /** A TIMEX3 type and value. */
  record Value(String type, String value) {
    static Value date(String value) {
      return new Value("DATE", value);
    }

    static Value duration(String value) {
      return new Value("DURATION", value);
    }
  }

  static Rule of(String name, String regex, Resolver resolver) {
    return new Rule(name, Pattern.compile(regex), resolver);
  }
}
