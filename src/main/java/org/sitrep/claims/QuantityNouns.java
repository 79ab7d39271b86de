package org.sitrep.claims;

import java.util.List;
import java.util.Set;

/**
 * Finds the counted noun after an amount: "12,000 troops", "4,000 North Korean soldiers", "dozens
 * of drones", "200 armed drones", "one soldier". It looks at most {@value #WINDOW} words ahead,
 * stops at a function word or punctuation, passes over capitalised words (names, demonyms) and
 * participles, and takes the first plural-looking word; a single thing may take a singular noun.
 */
final class QuantityNouns {
  private static final int WINDOW = 4;
  private static final Set<String> IRREGULAR = Set.of(
      "people", "personnel", "children", "men", "women", "police", "staff", "infantry", "militia",
      "cattle", "livestock", "aircraft", "artillery", "sheep", "youth", "crew", "military",
      "clergy", "faithful", "kin", "offspring", "deer", "fish", "equipment", "ammunition");
  private static final Set<String> PASS = Set.of(
      "more", "additional", "extra", "new", "other", "further", "fresh", "such");
  private static final Set<String> STOP = Set.of(
      "the", "a", "an", "of", "to", "in", "on", "at", "for", "and", "or", "but", "nor", "were",
      "was", "are", "is", "be", "been", "being", "had", "have", "has", "will", "would", "could",
      "should", "may", "might", "must", "can", "did", "do", "does", "than", "that", "this",
      "these", "those", "which", "who", "whom", "whose", "what", "when", "where", "while", "as",
      "by", "with", "from", "into", "onto", "per", "each", "every", "its", "it", "they", "them",
      "he", "she", "we", "you", "i", "his", "her", "their", "our", "my", "your", "not", "no", "so",
      "if", "up", "down", "out", "over", "under", "about", "between", "after", "before", "since",
      "until", "during", "against", "among", "across", "through", "toward", "towards",
      "including", "also", "only", "just", "still", "even", "some", "any", "all", "both", "most",
      "many", "much", "several", "few", "there", "here", "said", "says", "say", "according",
      "reportedly", "allegedly", "last", "next", "first", "times", "time", "percent", "year",
      "years", "old", "ago", "earlier", "later", "today", "yesterday", "tomorrow", "via",
      "except", "without", "within", "like", "unlike", "because", "though", "although", "yet",
      "respectively", "roughly", "nearly", "mostly", "mainly", "largely", "initially", "recently",
      "currently", "previously", "already", "directly", "immediately", "overnight", "again");

  private QuantityNouns() {}

  static boolean isStop(String lower) {
    return STOP.contains(lower);
  }

  static void read(List<NumberToken> tokens, QuantityDraft d, int j) {
    if (j < tokens.size() && tokens.get(j).isWord("of") && (d.first.vague()
        || d.first.scale() >= 12)) j++;
    String singular = null;
    for (int k = j; k < Math.min(tokens.size(), j + WINDOW); k++) {
      NumberToken t = tokens.get(k);
      if (!t.isWord() || (k > j && !t.spaced())) break;
      String w = t.lower();
      if (STOP.contains(w) || NumberWords.ones(w) >= 0 || NumberWords.tens(w) >= 0) break;
      if (k == j && !t.spaced() && d.first.last() == k) return;
      if (Character.isUpperCase(t.text().charAt(0))) {
        if (isPlural(w) && !lowerWordAt(tokens, k + 1)) {
          take(d, t.text(), k);
          return;
        }
        continue;
      }
      if (PASS.contains(w) || w.endsWith("ed") || w.endsWith("ing")) {
        continue;
      }
      if (isPlural(w)) {
        while (k + 1 < tokens.size() && tokens.get(k + 1).isWord() && tokens.get(k + 1).spaced()
            && isPlural(tokens.get(k + 1).text()) && !STOP.contains(tokens.get(k + 1).text())) {
          k++; // "teachers unions": the last of a run of plurals is the head
        }
        take(d, tokens.get(k).text(), k);
        return;
      }
      if (singular == null) singular = w;
    }
    if (singular != null && d.low == 1 && d.high == 1) {
      d.unit = singular;
      d.noun = true;
    }
  }

  private static boolean lowerWordAt(List<NumberToken> tokens, int k) {
    if (k >= tokens.size() || !tokens.get(k).isWord()) return false;
    String w = tokens.get(k).text();
    return !Character.isUpperCase(w.charAt(0)) && !STOP.contains(w);
  }

  private static void take(QuantityDraft d, String w, int k) {
    d.unit = w;
    d.noun = true;
    d.consumed = Math.max(d.consumed, k + 1);
  }

  static boolean isPlural(String w) {
    if (IRREGULAR.contains(w)) return true;
    return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")
        && !w.endsWith("is") && !w.endsWith("ous");
  }
}
