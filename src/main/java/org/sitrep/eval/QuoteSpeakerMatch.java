package org.sitrep.eval;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a system speaker is the gold source, applied identically to sitrep and the reference:
 *
 * <ol>
 *   <li>the speaker mention overlaps the gold Source span; or
 *   <li>the resolved entity mention overlaps the gold Source span; or
 *   <li>they are the same name: the last capitalised word of the resolved entity (possessive
 *       stripped) is one of the capitalised words of the gold Source text ("Peskov" against
 *       "Kremlin spokesman Dmitry Peskov"). Pronouns and sentence-initial articles never count as
 *       names.
 * </ol>
 */
final class QuoteSpeakerMatch {
  private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}.\\-]*\\p{L}");
  private static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "he", "she", "it", "they",
      "we", "i", "you", "his", "her", "its", "their", "this", "that", "these", "those", "mr", "mrs",
      "ms", "dr");

  private QuoteSpeakerMatch() {}

  static boolean matches(QuoteCandidate system, QuoteGold gold) {
    if (gold.source() == null || system.speaker() == null) return false;
    if (system.speaker().overlaps(gold.source())) return true;
    QuoteSpan entity = system.entity();
    if (entity == null) return false;
    if (entity.overlaps(gold.source())) return true;
    String head = lastName(entity.text());
    return head != null && names(gold.source().text()).contains(head);
  }

  static Set<String> names(String text) {
    Set<String> out = new HashSet<>();
    Matcher m = CAPITALISED.matcher(text.replaceAll("['’]s\\b", ""));
    while (m.find()) {
      String w = m.group().toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
      if (!NOT_NAMES.contains(w)) out.add(w);
    }
    return out;
  }

  static String lastName(String text) {
    String last = null;
    Matcher m = CAPITALISED.matcher(text.replaceAll("['’]s\\b", ""));
    while (m.find()) {
      String w = m.group().toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
      if (!NOT_NAMES.contains(w)) last = w;
    }
    return last;
  }
}
