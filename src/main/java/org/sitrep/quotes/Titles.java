package org.sitrep.quotes;

import java.util.Locale;
import java.util.Set;

/**
 * Quoted titles of shows, books and slogans ("Face the Nation", "State of the Union"): a few words,
 * all capitalised but the small function words, with no exclamation or question; and quoted names
 * inside a noun phrase ("the “foreign agents” law"). They are not speech.
 */
final class Titles {
  /** Longer runs of capitalised words are more likely a shouted quote or a headline. */
  private static final int MAX_WORDS = 8;
  private static final Set<String> SMALL = Set.of("a", "an", "the", "of", "in", "on", "at", "to",
      "for", "and", "or", "but", "nor", "with", "from", "by", "as", "vs", "vs.", "v.", "de", "la",
      "del", "von", "van", "is", "are");

  private Titles() {}

  static boolean isTitle(String quoted) {
    if (quoted.indexOf('!') >= 0 || quoted.indexOf('?') >= 0) return false;
    String[] words = quoted.trim().split("[\\s\u00a0]+");
    if (words.length > MAX_WORDS) return false;
    int capitalised = 0;
    for (String raw : words) {
      String w = raw.replaceAll("^[^\\p{L}\\d]+|[^\\p{L}\\d]+$", "");
      if (w.isEmpty()) continue;
      if (Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0))) capitalised++;
      else if (!SMALL.contains(w.toLowerCase(Locale.ROOT))) return false;
    }
    return capitalised >= 2 && Character.isUpperCase(firstLetter(quoted));
  }

  /** Quoted words this short may be a name inside a noun phrase. */
  private static final int MAX_NAME_WORDS = 4;
  private static final java.util.regex.Pattern DETERMINER = java.util.regex.Pattern.compile(
      "(?i)\\b(?:the|a|an|so-called|its|their|his|her|this|that)\\s*$");

  /**
   * "the “foreign agents” law", "a “Commander-In-Chief” forum": a few quoted words (two or more, or
   * one capitalised) between a determiner and the common noun they modify name something; no one
   * says them.
   */
  static boolean isNamed(org.sitrep.nlp.AnnotatedText text, int open, int start, int end, int close) {
    String quoted = text.text().substring(start, end).trim();
    int words = quoted.isEmpty() ? 0 : quoted.split("\\s+").length;
    if (words == 0 || words > MAX_NAME_WORDS || quoted.matches("(?s).*[.!?,;:].*")) return false;
    // one lower-case word is more often a speaker's word ("her “criminal” attempt") than a name
    if (words == 1 && !Character.isUpperCase(quoted.charAt(0))) return false;
    if (!DETERMINER.matcher(text.text().substring(Math.max(0, open - 12), open)).find()) return false;
    org.sitrep.nlp.Sentence s = text.sentenceAt(open);
    if (s == null) return false;
    for (org.sitrep.nlp.Token t : s.tokens()) {
      if (t.start() < close) continue;
      return t.isNoun() && !t.isProperNoun() && Character.isLowerCase(t.word().charAt(0));
    }
    return false;
  }

  private static char firstLetter(String s) {
    for (int i = 0; i < s.length(); i++) if (Character.isLetter(s.charAt(i))) return s.charAt(i);
    return 'a';
  }
}
