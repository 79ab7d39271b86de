package org.sitrep.nlp;

import java.util.List;
import java.util.Set;

/**
 * The dateline that opens a wire story's first sentence: "KYIV —", "GAZA CITY, Gaza Strip (AP) --",
 * "WASHINGTON (Reuters) -". A dated one ("KYIV, March 8 (Reuters) -") is found in the raw text
 * ({@link #datedEnd(String)}), so that it can be blanked before the text is parsed at all. The parser reads such a sentence with the dateline as its root and the
 * story's own clause hung below it, so it parses only what follows the dash, and the dateline is
 * hung on that clause's root.
 */
public final class Datelines {
  /** Small words inside a place's name: "Democratic Republic of Congo". */
  private static final Set<String> LINKS = Set.of("of", "and", "the", "de", "el", "al");
  private static final Set<String> DASHES = Set.of("—", "–", "-", "--", "---", "_");
  /** Tokens a dateline may take before its dash: place, region and agency. */
  private static final int MAX = 12;
  /** Fewer words than this after the dash are not a clause worth parsing alone. */
  private static final int MIN_REST = 3;

  private Datelines() {}

  private static final java.util.regex.Pattern DATED = java.util.regex.Pattern.compile(
      "^\\s*\\p{Lu}[\\p{Lu} .'’/-]{1,40}(?:,\\s*\\p{Lu}[\\p{L} .]{1,30})?,\\s*"
          + "\\p{Lu}\\p{L}{2,8}\\.?\\s+\\d{1,2}(?:,\\s*\\d{4})?\\s*(?:\\([^)]{1,40}\\))?\\s*[-–—]");

  /** The end offset of a dated dateline at the start of a text ("KYIV, March 8 (Reuters) -"), or 0. */
  public static int datedEnd(String text) {
    java.util.regex.Matcher m = DATED.matcher(text);
    return m.lookingAt() ? m.end() : 0;
  }

  /**
   * The place a dateline opens with: "KHARKIV" of "KHARKIV, Aug 14 (Wire) -"; the first of two
   * ("MOSCOW" of "MOSCOW/KYIV, Sept 28 (Wire) -").
   */
  public static String place(String dateline) {
    int comma = dateline.indexOf(',');
    String head = comma > 0 ? dateline.substring(0, comma) : dateline.replaceAll("[\\s\\-\u2013\u2014]+$", "");
    int slash = head.indexOf('/');
    return (slash > 0 ? head.substring(0, slash) : head).strip();
  }

  /**
   * The offset where the dateline that opens a text ends (after its dash), dated or not, or -1
   * when none does.
   */
  public static int end(AnnotatedText doc) {
    int dated = datedEnd(doc.text());
    if (dated > 0) return dated;
    if (doc.sentences().isEmpty()) return -1;
    Sentence first = doc.sentences().get(0);
    int size = first.size();
    int[] starts = new int[size];
    int[] ends = new int[size];
    for (int i = 0; i < size; i++) {
      starts[i] = first.token(i).start();
      ends[i] = first.token(i).end();
    }
    int n = length(first.tokens().stream().map(Token::word).toList(), starts, ends);
    return n == 0 ? -1 : first.token(n - 1).end();
  }

  /** A dash with no space on either side: a hyphen inside a name ("PORT-AU-PRINCE"), no dateline's. */
  private static final String JOINED = "\u2010";

  /**
   * {@link #length(List)} for words at the given character offsets, so that a dash written
   * inside a word is not taken for the dateline's.
   */
  static int length(List<String> words, int[] starts, int[] ends) {
    List<String> w = new java.util.ArrayList<>(words);
    for (int i = 1; i + 1 < w.size(); i++) {
      if (DASHES.contains(w.get(i)) && ends[i - 1] == starts[i] && ends[i] == starts[i + 1]) w.set(i, JOINED);
    }
    return length(w);
  }

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
      else if (depth == 0 && !w.equals(",") && !w.equals(".") && !w.equals(JOINED) && !capitalised(w)
          && !LINKS.contains(w)) {
        return 0;
      }
    }
    return 0;
  }

  /** "KYIV", "GAZA": a word in capitals, letters (and dots or hyphens) only, two letters or more. */
  private static boolean placeInCapitals(String w) {
    return w.length() >= 2
        && w.chars().allMatch(c -> Character.isUpperCase(c) || c == '.' || c == '-' || c == '\'' || c == '/')
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
