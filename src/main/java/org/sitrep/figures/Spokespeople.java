package org.sitrep.figures;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.record.Actor;
import org.sitrep.record.Mention;
import org.sitrep.record.Record;
import org.sitrep.record.Source;

/**
 * Whose figure a spokesperson gives: the body he or she speaks for. "Twelve people were wounded,
 * police said" and "Fourteen were wounded, police spokesman Major Louay Arzeiqat said" are one
 * claimant's figures, the police's, so that the second revises the first rather than disputing it.
 * The body is read from the words around the role word: before it ("Israeli military spokesman
 * Lt Col X", "a police spokeswoman") or after it ("a spokesman for the interior ministry",
 * "X, a spokesperson for Hamas,"), as the actor named there, else those words. A person introduced
 * once as a body's spokesperson speaks for it in the rest of the article ("..., Arzeiqat said").
 * A role word with no body beside it ("a spokesman said") changes nothing.
 */
final class Spokespeople {
  /** The role words of one who speaks for a body. */
  private static final String ROLE = "(?:spokes(?:man|woman|person|men|women|people)|press\\s+(?:secretary|officer))";

  /** Ranks and titles between the role word and the name: "spokesman Major Louay Arzeiqat". */
  private static final String TITLES = "(?:(?:Maj|Major|Col|Colonel|Lt|Lieutenant|Gen|General|Brig|Brigadier|"
      + "Capt|Captain|Cmdr|Commander|Sgt|Sergeant|Rear\\s+Adm|Adm|Admiral|Dr|Mr|Ms|Mrs)\\.?\\s+)*";

  /** "police spokesman (Major) " just before a name: group 1 the body's words. */
  private static final Pattern BEFORE = Pattern.compile(
      "(?i)((?:[\\p{L}’'.-]+\\s+){0,4})" + ROLE + "\\s+" + TITLES + "$");

  /** ", a spokesman for the interior ministry," just after a name: group 1 the words before the role, 2 after. */
  private static final Pattern AFTER = Pattern.compile(
      "(?i)^\\s*,\\s+(?:(?:a|an|the)\\s+)?((?:[\\p{L}’'.-]+\\s+){0,4}?)" + ROLE
          + "(?:\\s+(?:for|of|from|at)\\s+([^,.;:()\"“”]{1,60}))?\\s*(?:[,.;:)]|$)");

  /** A role word inside a claimant's own words, with what stands before and after it. */
  private static final Pattern IN_SOURCE = Pattern.compile(
      "(?i)^(.*?)\\b" + ROLE + "\\b(?:\\s+(?:for|of|from|at)\\s+(.+))?");

  private final Record record;
  /** Each person's actor id to the key of the body first named as theirs. */
  private final Map<String, String> speaksFor = new HashMap<>();

  private Spokespeople(Record record) {
    this.record = record;
  }

  static Spokespeople of(Record r) {
    Spokespeople s = new Spokespeople(r);
    String text = r.article().text();
    if (text == null) return s;
    for (Actor a : r.actors()) {
      if (!"person".equals(a.kind())) continue;
      for (Mention m : a.mentions()) {
        String body = s.introduced(text, m);
        if (body != null) {
          s.speaksFor.putIfAbsent(a.id(), body);
          break;
        }
      }
    }
    return s;
  }

  /**
   * The key of the body the source speaks for, or null: the one its own words name beside a role
   * word, else the one its person was introduced as speaking for.
   */
  String bodyOf(Source source) {
    if (source == null || source.text() == null) return null;
    Matcher m = IN_SOURCE.matcher(source.text());
    if (m.find()) {
      String key = m.group(2) != null ? bodyAfter(source.start() + m.start(2), m.group(2))
          : bodyBefore(source.start() + m.start(1), m.group(1));
      if (key != null) return key;
    }
    return source.actor() == null ? null : speaksFor.get(source.actor());
  }

  /** The body a person's mention is introduced as speaking for, from the words around it. */
  private String introduced(String text, Mention m) {
    if (m.start() < 0 || m.end() > text.length()) return null;
    int lineStart = Math.max(0, m.start() - 80);
    Matcher before = BEFORE.matcher(text.substring(lineStart, m.start()));
    if (before.find()) {
      String key = bodyBefore(lineStart + before.start(1), before.group(1));
      if (key != null) return key;
    }
    Matcher after = AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 120)));
    if (after.find()) {
      return after.group(2) != null ? bodyAfter(m.end() + after.start(2), after.group(2))
          : bodyBefore(m.end() + after.start(1), after.group(1));
    }
    return null;
  }

  /** Words that end a body's name read backwards from the role word, or forwards after "for". */
  private static final java.util.Set<String> STOP = java.util.Set.of("the", "a", "an", "its", "their", "his",
      "her", "our", "that", "said", "says", "told", "on", "in", "at", "to", "and", "or", "while", "as", "by",
      "with", "of", "for", "from", "who", "which", "was", "is", "chief", "senior", "deputy", "top", "official",
      "regional", "local", "one", "another", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
      "sunday");

  /** "U.S.", "U.N.": initials, whose full stop ends no sentence. */
  private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\.)+");

  private static boolean ends(String word) {
    return word.isEmpty() || STOP.contains(word.toLowerCase(Locale.ROOT))
        || word.endsWith(".") && !INITIALS.matcher(word).matches();
  }

  /** The body named by the words just before a role word: "the Israeli military" gives "Israeli military". */
  private String bodyBefore(int start, String words) {
    String[] w = words.split("\\s+");
    int keep = w.length;
    while (keep > 0 && !ends(w[keep - 1])) keep--;
    String kept = String.join(" ", java.util.Arrays.copyOfRange(w, keep, w.length)).strip();
    int at = words.lastIndexOf(kept);
    return kept.isEmpty() || at < 0 ? null : body(start + at, start + at + kept.length(), kept);
  }

  /** The body named by the words after "for": "the interior ministry in Kyiv" gives "interior ministry". */
  private String bodyAfter(int start, String words) {
    String[] w = words.strip().split("\\s+");
    int from = 0;
    while (from < w.length && STOP.contains(w[from].toLowerCase(Locale.ROOT))) from++;
    int to = from;
    while (to < w.length && !ends(w[to])) to++;
    String kept = String.join(" ", java.util.Arrays.copyOfRange(w, from, to)).strip();
    int at = words.indexOf(kept);
    return kept.isEmpty() || at < 0 ? null : body(start + at, start + at + kept.length(), kept);
  }

  /**
   * The key of the body named in the words at [start, end): the actor of the last mention there
   * (one may begin before them: "the ministry" of "the ministry's spokesman"), else the words
   * themselves in lower case, without a closing possessive.
   */
  private String body(int start, int end, String words) {
    String actor = null;
    int last = -1;
    for (Actor a : record.actors()) {
      for (Mention m : a.mentions()) {
        if (m.end() > start && m.end() <= end && m.end() >= last) {
          actor = a.id();
          last = m.end();
        }
      }
    }
    if (actor != null) return actor;
    String w = words.toLowerCase(Locale.ROOT).replaceAll("['’]s?$", "").strip();
    return w.chars().anyMatch(Character::isLetter) ? w : null;
  }
}
