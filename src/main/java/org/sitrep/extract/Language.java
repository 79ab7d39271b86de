package org.sitrep.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A small language guess from stopwords and script: enough to tell English from the languages news
 * most often comes in. Counts how many of the first words are common function words of each
 * language; non-Latin scripts are told by their letters.
 */
final class Language {
  /** Characters looked at, at most. */
  static final int SAMPLE_CHARS = 4000;
  /** Words looked at, at most. */
  static final int SAMPLE_WORDS = 1000;
  /** Below this many words there is too little to judge: assume English. */
  static final int MIN_WORDS = 12;
  /** Share of non-Latin letters above which the script decides. */
  static final double SCRIPT_SHARE = 0.4;

  private static final Map<String, Set<String>> STOPWORDS = Map.of(
      "en", Set.of("the", "and", "of", "to", "in", "is", "that", "for", "it", "was", "on", "with",
          "as", "by", "at", "he", "said", "from", "has", "have", "are", "were", "which", "this"),
      "de", Set.of("der", "die", "und", "das", "ist", "nicht", "mit", "den", "von", "sich", "ein",
          "eine", "auf", "für", "dem", "auch", "wird", "nach", "bei", "sind", "wurde"),
      "fr", Set.of("le", "la", "les", "des", "et", "est", "une", "dans", "que", "qui", "pour",
          "pas", "sur", "au", "du", "avec", "sont", "par", "il", "elle", "été"),
      "es", Set.of("el", "la", "los", "las", "y", "que", "del", "en", "por", "con", "una", "para",
          "es", "se", "su", "al", "lo", "como", "más", "fue"),
      "it", Set.of("il", "di", "che", "è", "la", "per", "una", "sono", "della", "del", "con",
          "non", "gli", "nel", "alla", "anche", "come", "delle", "ha"),
      "pt", Set.of("o", "os", "que", "não", "uma", "do", "da", "dos", "das", "em", "para", "com",
          "é", "foi", "ao", "pelo", "pela", "mais", "seu"),
      "nl", Set.of("de", "het", "een", "en", "van", "dat", "niet", "zijn", "op", "voor", "met",
          "ook", "werd", "bij", "naar", "wordt", "heeft", "deze"));

  private Language() {}

  /** An ISO 639-1 code for the text's language. */
  static String guess(String text) {
    String script = script(text);
    if (script != null) return script;
    List<String> words = Shingles.tokens(text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text);
    if (words.size() < MIN_WORDS) return "en";
    Map<String, Integer> hits = new HashMap<>();
    int n = Math.min(words.size(), SAMPLE_WORDS);
    for (int i = 0; i < n; i++) {
      String w = words.get(i).toLowerCase(Locale.ROOT);
      for (Map.Entry<String, Set<String>> lang : STOPWORDS.entrySet()) {
        if (lang.getValue().contains(w)) hits.merge(lang.getKey(), 1, Integer::sum);
      }
    }
    String best = "en";
    int bestHits = hits.getOrDefault("en", 0);
    for (Map.Entry<String, Integer> e : hits.entrySet()) {
      if (e.getValue() > bestHits * 1.5 && e.getValue() >= n / 20) {
        best = e.getKey();
        bestHits = e.getValue();
      }
    }
    return best;
  }

  /** The language told by a non-Latin script, or null for Latin text. */
  private static String script(String text) {
    int letters = 0;
    Map<Character.UnicodeScript, Integer> counts = new HashMap<>();
    int limit = Math.min(text.length(), SAMPLE_CHARS);
    for (int i = 0; i < limit; i++) {
      char ch = text.charAt(i);
      if (!Character.isLetter(ch)) continue;
      letters++;
      counts.merge(Character.UnicodeScript.of(ch), 1, Integer::sum);
    }
    if (letters == 0) return null;
    for (Map.Entry<Character.UnicodeScript, Integer> e : counts.entrySet()) {
      if (e.getKey() == Character.UnicodeScript.LATIN || e.getValue() < letters * SCRIPT_SHARE) continue;
      return switch (e.getKey()) {
        case CYRILLIC -> "ru";
        case ARABIC -> "ar";
        case HAN -> "zh";
        case HIRAGANA, KATAKANA -> "ja";
        case HANGUL -> "ko";
        case HEBREW -> "he";
        case GREEK -> "el";
        case DEVANAGARI -> "hi";
        case THAI -> "th";
        default -> e.getKey().name().toLowerCase(Locale.ROOT);
      };
    }
    return null;
  }
}
