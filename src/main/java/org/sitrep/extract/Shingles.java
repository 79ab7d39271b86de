package org.sitrep.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Texts as multisets of overlapping 4-token shingles, tokens being runs of Unicode word characters.
 * The benchmark metric and the JSON-LD body hint both use it.
 */
public final class Shingles {
  static final int SIZE = 4;
  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

  private Shingles() {}

  public static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) out.add(m.group());
    return out;
  }

  /** The shingle multiset; a text of fewer than 4 tokens is one shingle of all of them. */
  public static Map<String, Integer> of(String text) {
    List<String> tokens = tokens(text);
    Map<String, Integer> out = new HashMap<>();
    if (tokens.isEmpty()) return out;
    if (tokens.size() < SIZE) {
      out.put(String.join(" ", tokens), 1);
      return out;
    }
    for (int i = 0; i + SIZE <= tokens.size(); i++) {
      out.merge(String.join(" ", tokens.subList(i, i + SIZE)), 1, Integer::sum);
    }
    return out;
  }
}
