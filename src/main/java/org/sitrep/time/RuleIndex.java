package org.sitrep.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;

/**
 * Which rules can match at a word start. First by the first character; then by the opening two
 * words: a rule that cannot match a text starting with them ({@link Matcher#hitEnd()} tells when a
 * longer text could have matched) is skipped. Openings repeat ("the company", "the government"), so
 * their verdicts are cached, up to {@value #MAX_CACHED} openings. Thread-safe.
 */
final class RuleIndex {
  static final int MAX_CACHED = 100_000;
  private static final int MAX_OPENING = 40;

  private final List<Rule> rules;
  private final int[][] byFirstChar = new int[Rule.INDEXED][];
  private final Map<String, int[]> byOpening = new ConcurrentHashMap<>();

  RuleIndex(List<Rule> rules) {
    this.rules = rules;
    for (char c = 0; c < Rule.INDEXED; c++) {
      List<Integer> fit = new ArrayList<>();
      for (int r = 0; r < rules.size(); r++) if (rules.get(r).mayStartWith(c)) fit.add(r);
      byFirstChar[c] = fit.stream().mapToInt(Integer::intValue).toArray();
    }
  }

  /** The rules, in rule order, that may match {@code text} at {@code at}. */
  int[] candidates(String text, int at) {
    char first = text.charAt(at);
    if (first >= Rule.INDEXED) return new int[0];
    int[] byChar = byFirstChar[first];
    if (byChar.length == 0) return byChar;
    String opening = opening(text, at);
    int[] cached = byOpening.get(opening);
    if (cached != null) return cached;
    int[] fit = filter(byChar, opening);
    if (byOpening.size() < MAX_CACHED) byOpening.put(opening, fit);
    return fit;
  }

  private int[] filter(int[] byChar, String opening) {
    int[] fit = new int[byChar.length];
    int n = 0;
    for (int r : byChar) {
      Matcher m = rules.get(r).pattern().matcher(opening);
      if (m.lookingAt() || m.hitEnd()) fit[n++] = r;
    }
    return java.util.Arrays.copyOf(fit, n);
  }

  /** The text from {@code at} through the second word and one character more. */
  static String opening(String text, int at) {
    int limit = Math.min(text.length(), at + MAX_OPENING);
    int i = at;
    for (int word = 0; word < 2 && i < limit; word++) {
      while (i < limit && !Character.isLetterOrDigit(text.charAt(i))) i++;
      while (i < limit && Character.isLetterOrDigit(text.charAt(i))) i++;
    }
    return text.substring(at, Math.min(limit, i + 1));
  }
}
