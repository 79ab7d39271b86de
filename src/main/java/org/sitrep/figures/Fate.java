package org.sitrep.figures;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.record.Claim;

/**
 * What happened to the things a figure counts, read from the words around its number: weapons
 * launched, intercepted or that hit (tanks, ships and other weapons that do not fly: destroyed);
 * people killed, wounded, or killed or wounded; captives released. "65 drones launched and 42 shot
 * down" are two quantities, not one quantity revised, so the fate is part of the thread key. Only
 * the figure's own clause is read: first after the number (up to the next number or clause break),
 * then, when that says nothing, before it.
 */
final class Fate {
  static final String LAUNCHED = "launched";
  static final String INTERCEPTED = "intercepted";
  static final String DESTROYED = "destroyed";
  static final String HIT = "hit";
  static final String KILLED = "killed";
  static final String WOUNDED = "wounded";
  static final String CASUALTIES = "casualties";
  static final String RELEASED = "released";

  /** Measures counting people, whose fate is harm; and weapons, whose fate is their flight. */
  private static final Set<String> PEOPLE = Set.of("troops", "killed", "wounded", "casualties",
      "affected", "other");
  private static final String WEAPONS = "weapons";
  private static final String CAPTURED = "captured";

  /** Fates and their words, in a fixed order so that equal matches always resolve alike. */
  private static final List<Map.Entry<Pattern, String>> WEAPON_FATES = List.of(
      Map.entry(words("shot down|downed|intercepted|destroyed|neutrali[sz]ed|suppressed|jammed"
          + "|repelled|repulsed"), INTERCEPTED),
      Map.entry(words("hit|struck|reached|landed|impacted|got through|penetrated"), HIT),
      // "attacked Ukraine with 118 drones", "drones targeted Kyiv": what attacked was launched
      Map.entry(words("launched|fired|used|sent|attacked|targeted|unleashed"), LAUNCHED));
  private static final String KILL = "killed|dead|died|deaths?|fatalities|slain";
  private static final String WOUND = "wounded|injured|injuries|hurt";
  private static final List<Map.Entry<Pattern, String>> PEOPLE_FATES = List.of(
      Map.entry(words("casualties|(?:" + KILL + ") (?:and|or|and/or) (?:" + WOUND + ")|(?:" + WOUND
          + ") (?:and|or|and/or) (?:" + KILL + ")"), CASUALTIES),
      Map.entry(words(KILL), KILLED), Map.entry(words(WOUND), WOUNDED));
  /** Captives set free are no more captives taken: "abducted 45" and "rescued 12 of the captives". */
  private static final List<Map.Entry<Pattern, String>> CAPTIVE_FATES = List.of(
      Map.entry(words("released|freed|rescued|returned|exchanged|swapped|repatriated|handed over|set free"
          + "|escaped|liberated"), RELEASED));

  /**
   * Where a figure's clause ends: another number or a clause break, or a clause of another act
   * ("rose to 35 after a wounded woman died").
   */
  private static final Pattern BREAK = Pattern.compile(
      "\\d|[;:.!?,]|\\b(?:but|while|whereas|of which|of them|after|before|because)\\b");
  /** Words of the clause read on each side of the number. */
  static final int WINDOW_WORDS = 8;

  private Fate() {}

  /** The fate of a claim's counted things, or null when the text names none or it is the measure itself. */
  static String of(Claim c) {
    if (c.measure() == null || c.evidence() == null || c.quantity() == null) return null;
    // "no injuries or deaths occurred" is two denials, one of each harm: the measure is the fate
    if (org.sitrep.claims.ClaimFinder.DENIAL.equals(c.finder())) return null;
    String measure = c.measure().toLowerCase(Locale.ROOT);
    boolean weapons = WEAPONS.equals(measure);
    boolean captives = CAPTURED.equals(measure);
    if (!weapons && !captives && !PEOPLE.contains(measure)) return null;
    String sentence = c.evidence().text().toLowerCase(Locale.ROOT);
    int start = c.quantity().start() - c.evidence().start();
    int end = c.quantity().end() - c.evidence().start();
    if (start < 0 || end > sentence.length() || start >= end) return null;
    List<Map.Entry<Pattern, String>> fates = weapons ? WEAPON_FATES : captives ? CAPTIVE_FATES : PEOPLE_FATES;
    String fate;
    Matcher part = PART.matcher(sentence.substring(end));
    if (part.find()) {
      // "shot down 40 of the 54 drones": the part's fate is its verb's, before it or after the whole
      fate = nearest(before(sentence, start), fates, false);
      if (fate == null) fate = nearest(after(sentence, end + part.end()), fates, true);
    } else if (WHOLE.matcher(sentence.substring(0, start)).find()) {
      // "... 40 of the 54 drones": the whole is what was fired; people of a whole came to no one harm
      fate = weapons ? LAUNCHED : null;
    } else {
      // "had shot down four drones and a missile launched from Yemen": the verb right before the
      // number takes it, before any participle after it
      String verb = lastWords(before(sentence, start), 2);
      fate = verb.endsWith(" and") || verb.endsWith(" or") ? null : nearest(verb, fates, false);
      if (fate == null) fate = nearest(after(sentence, end), fates, true);
      // "322 of the drones and 23 of the missiles had been shot down": a number conjoined to the
      // one after it shares the verb after that one
      Matcher next = NEXT_CONJOINED.matcher(sentence.substring(end));
      if (fate == null && next.find()) fate = nearest(after(sentence, end + next.end()), fates, true);
      if (fate == null) fate = nearest(before(sentence, start), fates, false);
      // "launched 80 drones and three missiles": a number conjoined to another shares its verb
      Matcher conjoined = CONJOINED.matcher(sentence.substring(0, start));
      if (fate == null && conjoined.find()) fate = nearest(before(sentence, conjoined.start()), fates, false);
    }
    // "destroyed three Merkava tanks": what never flew was destroyed, not intercepted
    if (INTERCEPTED.equals(fate) && grounded(c.unit())) fate = DESTROYED;
    return fate == null || fate.equals(measure) ? null : fate;
  }

  /** Weapons that do not fly, by the last word of their noun: "tanks", "armoured vehicles", "ships". */
  private static final Set<String> GROUNDED = Set.of("tank", "tanks", "vehicle", "vehicles", "apc", "apcs",
      "howitzer", "howitzers", "artillery", "launcher", "launchers", "ship", "ships", "vessel", "vessels",
      "boat", "boats", "warship", "warships", "truck", "trucks", "system", "systems", "gun", "guns");

  private static boolean grounded(String unit) {
    if (unit == null) return false;
    String u = unit.strip().toLowerCase(Locale.ROOT);
    return GROUNDED.contains(u.substring(u.lastIndexOf(' ') + 1));
  }

  /** Numbers news writes in words. */
  private static final String WORD_NUMBERS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
      + "|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy"
      + "|eighty|ninety|hundred";

  /** Before a number conjoined to the one before it: "80 drones and ", "six missiles or ". */
  private static final Pattern CONJOINED = Pattern.compile(
      "(?:\\d[\\d,.]*|\\b(?:" + WORD_NUMBERS + "))(?: [a-z-]+){1,3} (?:and|or) $");

  /** After a number, up to a number conjoined to it: " of the drones and 23", " drones or six". */
  private static final Pattern NEXT_CONJOINED = Pattern.compile(
      "^(?: [a-z-]+){1,3} (?:and|or) (?:\\d[\\d,.]*|(?:" + WORD_NUMBERS + ")\\b)");

  /** After a part's number: "of the 54", "of six" (the whole's number, in figures or words). */
  private static final Pattern PART = Pattern.compile(
      "^\\s*of (?:(?:the|its|their|his|her|our|these|those) )?(?:\\d[\\d,.]*|" + WORD_NUMBERS + ")\\b");
  /** Before a whole's number: "40 of the", "four of". */
  private static final Pattern WHOLE = Pattern.compile(
      "(?:\\d|\\b(?:" + WORD_NUMBERS + "))\\s+of (?:(?:the|its|their|his|her|our|these|those) )?$");

  /** The fate whose words come nearest the number: first after it, last before it. */
  private static String nearest(String clause, List<Map.Entry<Pattern, String>> fates, boolean after) {
    String best = null;
    int bestAt = -1;
    int bestLength = 0;
    for (Map.Entry<Pattern, String> f : fates) {
      Matcher m = f.getKey().matcher(clause);
      while (m.find()) {
        int at = after ? -m.start() : m.end();
        boolean nearer = best == null || at > bestAt || at == bestAt && m.end() - m.start() > bestLength;
        if (nearer) {
          best = f.getValue();
          bestAt = at;
          bestLength = m.end() - m.start();
        }
        if (after) break;
      }
    }
    return best;
  }

  /** "40 of them were downed": a partitive right after the number is the figure's own, no break. */
  private static final Pattern OWN_PARTITIVE = Pattern.compile("^\\s*of (?:them|which|those|these)\\b");

  /** The words after the number, up to the next number or clause break. */
  static String after(String sentence, int end) {
    String rest = sentence.substring(end);
    Matcher own = OWN_PARTITIVE.matcher(rest);
    if (own.find()) rest = rest.substring(own.end());
    Matcher m = BREAK.matcher(rest);
    String clause = m.find() ? rest.substring(0, m.start()) : rest;
    Matcher next = NEXT_ACT.matcher(clause);
    return firstWords(next.find() ? clause.substring(0, next.start()) : clause, WINDOW_WORDS);
  }

  /**
   * "killed at least 37 people on Thursday and wounded more than 60": a conjunction before a verb
   * of another act starts the next figure's clause; "killed and wounded" is one fate.
   */
  private static final Pattern NEXT_ACT = Pattern.compile(
      "(?<!killed|dead|died|wounded|injured|hurt|launched|fired) (?:and|or) (?=(?:killed|wounded|injured|hurt|killing"
          + "|wounding|injuring|shot|downed|intercepted|launched|fired|hit|struck)\\b)");

  /** The last {@code n} words of a stretch of text, with a space before. */
  private static String lastWords(String text, int n) {
    String[] words = text.strip().split("\\s+");
    int skip = Math.max(0, words.length - n);
    return " " + String.join(" ", List.of(words).subList(skip, words.length));
  }

  /** The words before the number, back to the previous number or clause break. */
  static String before(String sentence, int start) {
    String head = sentence.substring(0, start);
    Matcher m = BREAK.matcher(head);
    int from = 0;
    while (m.find()) from = m.end();
    String[] words = head.substring(from).strip().split("\\s+");
    int skip = Math.max(0, words.length - WINDOW_WORDS);
    return " " + String.join(" ", List.of(words).subList(skip, words.length));
  }

  private static String firstWords(String text, int n) {
    String[] words = text.strip().split("\\s+");
    return String.join(" ", List.of(words).subList(0, Math.min(n, words.length))) + " ";
  }

  private static Pattern words(String alternatives) {
    return Pattern.compile("\\b(?:" + alternatives + ")\\b");
  }
}
