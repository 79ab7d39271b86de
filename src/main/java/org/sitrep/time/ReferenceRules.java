package org.sitrep.time;

import static org.sitrep.time.Lexicon.B;
import static org.sitrep.time.Lexicon.E;

import java.util.List;
import org.sitrep.time.Rule.Value;

/**
 * Vague references to the present, past and future: "now", "recently", "the future", "in the near
 * term".
 */
final class ReferenceRules {
  private ReferenceRules() {}

  static List<Rule> all() {
    return List.of(
        ref(
            "present",
            "(?:now|nowadays|these days|currently|presently|at present|at the moment|the present"
                + "|current(?= \\p{L}))",
            "PRESENT_REF"),
        ref(
            "past",
            "(?:recently|lately|recent(?= \\p{L})|the past|the then current|an earlier date)",
            "PAST_REF"),
        ref(
            "future",
            "(?:the (?:near |foreseeable |distant )?future|as soon as possible"
                + "|a (?:later|future) date"
                + "|the (?:near|short|long) term(?![- ](?:rate|interest|debt|loan|bond|note"
                + "|paper|contract|deposit)s?\\b)"
                + "|(?<!as )soon(?! (?:as|after|afterwards?|thereafter)\\b))",
            "FUTURE_REF"));
  }

  private static Rule ref(String name, String words, String value) {
    return Rule.of(name, "(?i)" + B + words + E, (m, c) -> Value.date(value));
  }
}
