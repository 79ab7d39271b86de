package org.sitrep.nlp;

import java.util.List;
import java.util.Set;

/**
 * The dateline that opens a wire story's first sentence: "KYIV —", "GAZA CITY, Gaza Strip (AP) --",
 * "WASHINGTON (Reuters) -". The parser reads such a sentence with the dateline as its root and the
 * story's own clause hung below it, so it parses only what follows the dash, and the dateline is
 * hung on that clause's root.
 */
final class Datelines {
  /** Small words inside a place's name: "Democratic Republic of Congo". */
  private static final Set<String> LINKS = Set.of("of", "and", "the", "de", "el", "al");
  private static final Set<String> DASHES = Set.of("—", "–", "-", "--", "---", "_");
  /** Tokens a dateline may take before its dash: place, region and agency. */
  private static final int MAX = 12;
  /** Fewer words than this after the dash are not a clause worth parsing alone. */
  private static final int MIN_REST = 3;

  private Datelines() {}

  /** How many tokens (the dash included) open the sentence as a dateline; 0 when none does. */
  static int length(List<String> words) {
    if (words.isEmpty() || !placeInCapitals(words.get(0))) return 0;
    int depth = 0;
    for (int i = 1; i < words.size() && i <= MAX; i++) {
      String w = words.get(i);
      if (depth == 0 && DASHES.contains(w)) {
        // the story's own sentence starts after the dash: "NATO — the alliance — met" has no dateline
        boolean opens = i + 1 < words.size() && opensSentence(words.get(i + 1));
        return opens && words.size() - i - 1 >= MIN_REST ? i + 1 : 0;
      }
      if (w.equals("(") || w.equals("-LRB-")) depth++;
      else if (w.equals(")") || w.equals("-RRB-")) depth = Math.max(0, depth - 1);
      else if (depth == 0 && !w.equals(",") && !w.equals(".") && !capitalised(w) && !LINKS.contains(w)) return 0;
    }
    return 0;
  }

  /** "KYIV", "GAZA": a word in capitals, letters (and dots or hyphens) only, two letters or more. */
  private static boolean placeInCapitals(String w) {
    return w.length() >= 2 && w.chars().allMatch(c -> Character.isUpperCase(c) || c == '.' || c == '-' || c == '\'')
        && w.chars().filter(Character::isLetter).count() >= 2;
  }

  private static boolean opensSentence(String w) {
    char c = w.isEmpty() ? ' ' : w.charAt(0);
    return Character.isUpperCase(c) || Character.isDigit(c) || "\"“‘'`".indexOf(c) >= 0;
  }

  private static boolean capitalised(String w) {
    return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
  }
}
