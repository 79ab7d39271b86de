package org.sitrep.quotes;

import java.util.Locale;
import java.util.Set;

/**
 * Quoted titles of shows, books and slogans ("Face the Nation", "State of the Union"): a few words,
 * all capitalised but the small function words, with no exclamation or question. They are not
 * speech.
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

  private static char firstLetter(String s) {
    for (int i = 0; i < s.length(); i++) if (Character.isLetter(s.charAt(i))) return s.charAt(i);
    return 'a';
  }
}
