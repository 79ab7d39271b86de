package org.sitrep.actors;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A longest-match dictionary matcher over raw text: a trie whose edges are word tokens.
 *
 * <p>NameMatcherWords are runs of letters and digits; the separator before a token is part of its edge, with
 * a space and a hyphen treated alike ("Jong-un" = "Jong Un"). Keys ignore case and diacritics; the
 * case of each name is then checked: a capitalised word needs a capitalised word in the text (a word
 * right after a hyphen is exempt), an all-capital word of up to {@value #SHORT_ACRONYM} letters
 * ("UN", "WHO") must match exactly, a lower-case word matches any case. Matches never start or end
 * inside a word, so "Seoul's" matches "Seoul" and "Iranian" never matches "Iran".
 */
public final class NameMatcher<T> {
  /** Acronyms this short must match exactly, so "WHO" is not "Who" and "US" is not "us". */
  static final int SHORT_ACRONYM = 3;

  private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");

  /** A match: the span and every value registered under the matched name, in insertion order. */
  public record Hit<T>(int start, int end, List<T> values) {}

  private record Pattern<T>(String[] words, boolean trailingDot, T value) {}

  private static final class Node<T> {
    final Map<String, Node<T>> next = new HashMap<>(4);
    List<Pattern<T>> patterns;
  }

  private final Node<T> root = new Node<>();

  /** Registers a name; names with no letter or digit are ignored. */
  public void add(String name, T value) {
    List<NameMatcherWords.Word> words = NameMatcherWords.of(name);
    if (words.isEmpty()) return;
    Node<T> node = root;
    String[] forms = new String[words.size()];
    for (int i = 0; i < words.size(); i++) {
      NameMatcherWords.Word w = words.get(i);
      forms[i] = w.text();
      node = node.next.computeIfAbsent(edge(w, i), k -> new Node<>());
    }
    if (node.patterns == null) node.patterns = new ArrayList<>(1);
    node.patterns.add(new Pattern<>(forms, name.strip().endsWith("."), value));
  }

  /** Non-overlapping longest matches, left to right. */
  public List<Hit<T>> match(String text) {
    List<NameMatcherWords.Word> words = NameMatcherWords.of(text);
    List<Hit<T>> hits = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      Hit<T> hit = longestAt(text, words, i);
      if (hit == null) {
        i++;
        continue;
      }
      hits.add(hit);
      while (i < words.size() && words.get(i).start() < hit.end()) i++;
    }
    return hits;
  }

  private Hit<T> longestAt(String text, List<NameMatcherWords.Word> words, int from) {
    Node<T> node = root;
    Hit<T> best = null;
    for (int j = from; j < words.size(); j++) {
      node = node.next.get(edge(words.get(j), j - from));
      if (node == null) break;
      if (node.patterns == null) continue;
      List<T> values = new ArrayList<>(1);
      boolean dot = false;
      for (Pattern<T> p : node.patterns) {
        if (!caseFits(p.words(), words, from)) continue;
        boolean d = p.trailingDot() && endsWithDot(text, words.get(j).end());
        if (p.trailingDot() && !d) continue;
        dot |= d;
        values.add(p.value());
      }
      if (!values.isEmpty()) {
        int end = words.get(j).end() + (dot ? 1 : 0);
        best = new Hit<>(words.get(from).start(), end, values);
      }
    }
    return best;
  }

  private static boolean endsWithDot(String text, int end) {
    return end < text.length() && text.charAt(end) == '.';
  }

  private static String edge(NameMatcherWords.Word w, int index) {
    return (index == 0 ? "" : String.valueOf(w.separator())) + key(w.text());
  }

  static String key(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (lower.chars().allMatch(c -> c < 128)) return lower;
    return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
  }

  private static boolean caseFits(String[] forms, List<NameMatcherWords.Word> words, int from) {
    for (int k = 0; k < forms.length; k++) {
      NameMatcherWords.Word w = words.get(from + k);
      if (!wordCaseFits(forms[k], w.text(), k > 0 && w.hyphen())) return false;
    }
    return true;
  }

  static boolean wordCaseFits(String form, String text, boolean afterHyphen) {
    if (form.chars().noneMatch(Character::isUpperCase)) return true;
    boolean acronym = form.length() <= SHORT_ACRONYM && form.chars().noneMatch(Character::isLowerCase);
    if (acronym) return form.equals(text);
    return afterHyphen || Character.isUpperCase(text.codePointAt(0));
  }
}
