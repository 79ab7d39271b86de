package org.sitrep.actors;

import java.util.ArrayList;
import java.util.List;

/** Splits text into words (runs of letters and digits) with the class of separator before each. */
final class NameMatcherWords {
  /** Separator classes: a space or hyphen, an apostrophe, a dot, a dot and space, anything else. */
  static final char SPACE = ' ';
  static final char APOSTROPHE = '\'';
  static final char DOT = '.';
  static final char DOT_SPACE = ':';
  static final char BREAK = '#';

  record Word(String text, int start, int end, char separator, boolean hyphen) {}

  private NameMatcherWords() {}

  static List<Word> of(String text) {
    List<Word> words = new ArrayList<>();
    int i = 0;
    int n = text.length();
    int prevEnd = -1;
    while (i < n) {
      int cp = text.codePointAt(i);
      if (!Character.isLetterOrDigit(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      while (i < n && Character.isLetterOrDigit(text.codePointAt(i))) {
        i += Character.charCount(text.codePointAt(i));
      }
      String gap = prevEnd < 0 ? "" : text.substring(prevEnd, start);
      words.add(new Word(text.substring(start, i), start, i, classOf(gap), isHyphen(gap)));
      prevEnd = i;
    }
    return words;
  }

  private static boolean isHyphen(String gap) {
    return gap.length() == 1 && "-\u2010\u2011".indexOf(gap.charAt(0)) >= 0;
  }

  static char classOf(String gap) {
    if (gap.isEmpty()) return BREAK;
    if (isHyphen(gap) || isSpaces(gap)) return SPACE;
    if (gap.length() == 1 && "'\u2019".indexOf(gap.charAt(0)) >= 0) return APOSTROPHE;
    if (gap.equals(".")) return DOT;
    if (gap.length() == 2 && gap.charAt(0) == '.' && isSpaces(gap.substring(1))) return DOT_SPACE;
    return BREAK;
  }

  private static boolean isSpaces(String gap) {
    return gap.length() <= 2 && gap.chars().allMatch(c -> c == ' ' || c == '\u00A0');
  }
}
