package org.sitrep.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.actors.Pronouns;
import org.sitrep.record.Actor;
import org.sitrep.record.Claim;
import org.sitrep.record.Record;
import org.sitrep.store.LedgerStore.Entry;
import org.sitrep.store.LedgerStore.Source;

/** The ledger entries of one stored article: each claim with its thread, before and after corrections. */
final class Entries {
  private Entries() {}

  static List<Entry> of(Source source, Corrections corrections) {
    Record r = source.record();
    List<Entry> out = new ArrayList<>();
    if (r.article().isRejected()) return out;
    List<Actor> scene = beyondDateline(r);
    String theatre = ThreadKey.theatre(r, scene);
    String day = source.day() != null ? source.day() : r.article().published();
    IncidentPlaces incidents = IncidentPlaces.of(r, day);
    Spokespeople spokespeople = Spokespeople.of(r);
    for (int ord = 0; ord < r.claims().size(); ord++) {
      Claim c = r.claims().get(ord);
      if (c.measure() == null || c.low() == null) continue;
      String claimId = r.article().id() + "#" + ord;
      // "12 killed across Ukraine" is placed nowhere the ledger can nest: no town's incident narrows it
      c = tollOfTheIncident(c, r.claims());
      boolean spread = incidents.spread(c);
      c = incidents.placed(withAntecedentClaimant(c, r.claims().subList(0, ord), r.quotes()), day,
          ThreadKey.state(c.subject() == null ? null : c.subject().actor(), scene));
      ThreadKey key = ThreadKey.of(c, scene, theatre, day, r.article().text());
      boolean earlier = earlier(c, r.article().text());
      if (key.period() != null && compared(c, r.article().text()) && !comparedOverAPeriod(c, r.claims().subList(0, ord), scene, theatre, day, r.article().text())) {
        key = key.withPeriod(null);
      }
      String asOf = key.period() != null ? day : asOf(c, key.kind(), day);
      // an incident's family spans the country its place lies in, so that "the strike in the Odesa
      // region" may find the one in Odesa; a figure placed nowhere keeps its key's place
      String family = key.family(c.place() != null && c.place().country() != null ? c.place().country() : null);
      out.add(new Entry(r.article().id(), ord, key.base(), corrections.thread(key.id(), claimId),
          source.storyId(), asOf, source.outlet(), key.measure(), key.kind(), key.per(), c.unit(),
          c.qualifier(), c.low(), c.high(), c.subject() == null ? null : c.subject().text(),
          key.state(), key.noun(), key.place(), claimantName(c, r),
          claimantKey(c, r.article().id(), source.outlet(), spokespeople), c.evidence() == null ? null : c.evidence().text(), key.fate(),
          key.incident(), key.period(), earlier, family, family != null && ThreadKey.undated(c),
          spread ? null : ThreadKey.path(c.place()),
          ThreadKey.INCIDENT.equals(key.kind()) && ThreadKey.dawn(c.time(), r.article().text())));
    }
    return out;
  }

  /** Units that name a toll, not whom it counts. */
  private static final java.util.Set<String> TOLLS = java.util.Set.of("toll", "deaths", "dead", "fatalities",
      "casualties", "victims", "injured", "wounded");

  /**
   * "Jihadist fighters killed at least 27 soldiers ... One source put the death toll at more than
   * 50": a toll that names no one, of an incident whose other figures of its harm in the article all
   * count one class of people, counts those people.
   */
  static Claim tollOfTheIncident(Claim c, List<Claim> all) {
    if (c.subject() != null || !ThreadKey.INCIDENT.equals(c.kind()) || c.time() == null || c.unit() == null
        || !TOLLS.contains(c.unit().toLowerCase(java.util.Locale.ROOT))) {
      return c;
    }
    Claim named = null;
    for (Claim o : all) {
      if (o == c || o.subject() == null || !ThreadKey.INCIDENT.equals(o.kind()) || o.time() == null
          || !java.util.Objects.equals(o.measure(), c.measure())
          || !java.util.Objects.equals(o.time().value(), c.time().value())) {
        continue;
      }
      String counted = NounClass.of(o.unit(), o.subject().text());
      if (named != null && !NounClass.of(named.unit(), named.subject().text()).equals(counted)) return c;
      named = o;
    }
    return named == null ? c : new Claim(c.measure(), named.unit(), c.quantity(), c.low(), c.high(), c.qualifier(),
        c.per(), c.kind(), named.subject(), c.place(), c.time(), c.source(), c.hedged(), c.evidence(), c.finder());
  }

  /** "up from", "revised from", "fell from": a figure moved from the one after these words. */
  private static final String MOVED_FROM =
      "\\b(?:up|down|revised|raised|lowered|increased|decreased|rising|falling|rose|fell|risen|fallen)\\s+from";

  /** "up from an estimate of", "compared with", "against": the words before a figure compared with another. */
  private static final java.util.regex.Pattern COMPARED = java.util.regex.Pattern.compile(
      "(?i)\\b(?:" + MOVED_FROM
          + "|compared\\s+(?:with|to)|against|than)\\b[^.;:!?]{0,40}$");

  /** Whether the text compares a figure with another one before it ("up from 110 last year"). */
  static boolean compared(Claim c, String text) {
    if (text == null || c.quantity() == null) return false;
    int start = c.quantity().start();
    if (start <= 0 || start > text.length()) return false;
    return COMPARED.matcher(text.substring(Math.max(0, start - 60), start)).find();
  }

  /** How far, in characters, the figure a comparison is made with may come before its earlier one. */
  private static final int COMPARED_REACH = 160;

  /**
   * Whether the figure an earlier one is compared with counts over a period too. "300 attacks since
   * January, up from 110 last year" compares two periods, and "last year" is the 110's; "about 4,000
   * killed or wounded, up from an estimate of 3,000 in January" compares two running totals, and
   * "January" is when the 3,000 was the estimate ({@link #asOf}), not a period of its own.
   */
  private static boolean comparedOverAPeriod(Claim earlier, List<Claim> before, List<Actor> scene, String theatre,
      String day, String text) {
    for (int i = before.size() - 1; i >= 0; i--) {
      Claim c = before.get(i);
      if (c.quantity() == null || earlier.quantity() == null) continue;
      if (earlier.quantity().start() - c.quantity().end() > COMPARED_REACH) return true;
      if (c.measure() == null || !c.measure().equalsIgnoreCase(earlier.measure())) continue;
      return ThreadKey.of(c, scene, theatre, day, text).period() != null;
    }
    return true;
  }

  /**
   * "has risen to 52, up from 38 reported earlier", "officials had earlier put the toll at six": the
   * words before a figure that make it the earlier one of a comparison.
   */
  private static final java.util.regex.Pattern EARLIER = java.util.regex.Pattern.compile(
      "(?i)(?:" + MOVED_FROM
          + "\\s+(?:(?:an?|the)\\s+(?:earlier|previous|initial|first|prior)\\s+(?:\\w+\\s+)?(?:of\\s+)?"
          // "up from the 10,000 it reported in February", "down from its 52"
          + "|(?:the|its|their)\\s+)?"
          // "officials had earlier put the toll at six", "had initially given the number of dead as 18"
          + "|\\b(?:had\\s+)?(?:earlier|initially|previously|first)\\s+(?:put|given|gave|set|reported|estimated)"
          + "\\s+[^.;:]{0,40}?\\b(?:at|as)\\s+"
          // "Marchenko, who had reported 19 dead on Saturday", "had put the toll at 12": a report
          // told in the past perfect was made before the one telling it
          + "|\\bhad\\s+(?:put|given|set|estimated)\\s+[^.;:]{0,40}?\\b(?:at|as)\\s+"
          + "|\\bhad\\s+(?:reported|counted|recorded|confirmed|announced)\\s+"
          // "The toll had stood at five late on Saturday"
          + "|\\bhad\\s+stood\\s+at\\s+)"
          + "(?:about|around|some|nearly|almost|at\\s+least|more\\s+than|over)?\\s*$");

  /** Whether the text gives a figure as the earlier one it is compared with ("up from 38"). */
  static boolean earlier(Claim c, String text) {
    if (text == null || c.quantity() == null) return false;
    int start = c.quantity().start();
    if (start <= 0 || start > text.length()) return false;
    return EARLIER.matcher(text.substring(Math.max(0, start - 60), start)).find();
  }

  /**
   * The article's actors without their mentions in its dateline: "BANGKOK, March 9 (Wire) -" says
   * where the reporter is, not where a story about Myanmar happens, so it counts nothing towards
   * the country a story names most ({@link ThreadKey#theatre}).
   */
  static List<Actor> beyondDateline(Record r) {
    int end = r.article().text() == null ? 0 : org.sitrep.nlp.Datelines.datedEnd(r.article().text());
    if (end <= 0) return r.actors();
    List<Actor> out = new ArrayList<>();
    for (Actor a : r.actors()) {
      out.add(new Actor(a.id(), a.name(), a.kind(), a.country(), a.affiliation(),
          a.mentions().stream().filter(m -> m.start() >= end).toList()));
    }
    return out;
  }

  /** How far back, in characters, the claimant an unresolved pronoun stands for may be named. */
  private static final int ANTECEDENT_REACH = 600;

  /**
   * "a White House spokesman said ... There are about 11,000 soldiers in Russia, he said": a
   * pronoun claimant no actor was found for stands for the claimant of the figure just before it,
   * or for the speaker of a quote between that figure and it ('"...," the regional headquarters
   * said. No one was hurt, it said'), when named within {@value #ANTECEDENT_REACH} characters; else
   * it stays as written, and its key is its own article's ({@link #claimantKey}), never every "he"
   * of the ledger.
   */
  static Claim withAntecedentClaimant(Claim c, List<Claim> before, List<org.sitrep.record.Quote> quotes) {
    org.sitrep.record.Source s = c.source();
    if (s == null || s.actor() != null || s.text() == null || !Pronouns.isPronoun(s.text().strip())) return c;
    org.sitrep.record.Source named = null;
    for (int i = before.size() - 1; i >= 0 && named == null; i--) {
      org.sitrep.record.Source b = before.get(i).source();
      if (b != null && b.text() != null && !Pronouns.isPronoun(b.text().strip())) named = b;
    }
    for (org.sitrep.record.Quote q : quotes) {
      org.sitrep.record.Source b = q.speaker();
      boolean speaks = b != null && b.text() != null && !Pronouns.isPronoun(b.text().strip()) && b.end() <= s.start();
      if (speaks && (named == null || b.start() > named.start())) named = b;
    }
    if (named == null || s.start() - named.end() > ANTECEDENT_REACH || named.start() > s.start()) return c;
    return new Claim(c.measure(), c.unit(), c.quantity(), c.low(), c.high(), c.qualifier(), c.per(), c.kind(),
        c.subject(), c.place(), c.time(), named, c.hedged(), c.evidence(), c.finder());
  }

  private static final java.util.regex.Pattern DAY = java.util.regex.Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");
  private static final java.util.regex.Pattern MONTH = java.util.regex.Pattern.compile("^(\\d{4})-(\\d{2})$");
  private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("^(\\d{4})$");

  /**
   * The day a total or a snapshot was true, when the text dates it before the report: "up from an
   * estimate of 3,000 in January" is January's estimate (its last day), not the report's, so that a
   * claimant's January figure comes before its February one. A date that starts a period ("since
   * 2022") dates no estimate; incidents and increments keep the report's day, and so does a total
   * of a period ({@link Periods}): its thread is that period's, and a later report revises it.
   */
  static String asOf(Claim c, String kind, String day) {
    if (day == null || c.time() == null || c.time().value() == null) return day;
    if (!"total".equals(kind) && !"snapshot".equals(kind)) return day;
    if (c.evidence() != null && c.time().start() != null) {
      int at = c.time().start() - c.evidence().start();
      // "over the same period": a time borrowed from a figure before dates no estimate of its own
      if (at < 0) return day;
      if (at >= 0 && at <= c.evidence().text().length()
          && Periods.startsAPeriod(c.evidence().text().substring(Math.max(0, at - Periods.LOOK_BACK), at))) {
        return day;
      }
    }
    String v = c.time().value();
    // "between January and March": true at the span's end
    v = v.substring(v.indexOf('/') + 1);
    java.time.LocalDate when;
    try {
      java.util.regex.Matcher m;
      if ((m = DAY.matcher(v)).find()) {
        when = java.time.LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      } else if ((m = MONTH.matcher(v)).find()) {
        when = java.time.YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))).atEndOfMonth();
      } else if ((m = YEAR.matcher(v)).find()) {
        when = java.time.LocalDate.of(Integer.parseInt(m.group(1)), 12, 31);
      } else {
        return day;
      }
    } catch (java.time.DateTimeException | NumberFormatException e) {
      return day;
    }
    String iso = when.toString();
    return iso.compareTo(day) < 0 ? iso : day;
  }

  /**
   * The claimant as the table shows it: the words of the text, except that a pronoun ("It said")
   * or a role noun ("the ministry said") shows the actor it was resolved to, by the words the text
   * last named it with ("Ukraine's air force said ... It said"), else by the actor's name.
   */
  static String claimantName(Claim c, Record r) {
    if (c.source() == null) return null;
    String text = c.source().text();
    String actor = c.source().actor();
    if (text == null || actor == null || !Pronouns.isPronoun(text.strip()) && !roleNoun(text.strip())) return text;
    for (Actor a : r.actors()) if (a.id().equals(actor)) return lastNamed(a, c.source().start());
    return text;
  }

  /**
   * The words a text last named an actor with before an offset: not a pronoun, a role noun, a
   * demonym, a capital or building standing for a state ("Ukrainian", "KYIV"), nor its members
   * ("Israeli soldiers"); else its name.
   */
  private static String lastNamed(Actor a, int before) {
    org.sitrep.record.Mention last = null;
    for (org.sitrep.record.Mention m : a.mentions()) {
      String words = m.text() == null ? "" : m.text().strip();
      boolean standIn = Pronouns.isPronoun(words) || roleNoun(words) || members(words) || m.finder() != null
          && (m.finder().endsWith(".demonym") || m.finder().endsWith(".capital") || m.finder().endsWith(".building"));
      if (m.start() < before && !standIn && (last == null || m.start() > last.start())) last = m;
    }
    return last == null ? a.name() : last.text();
  }

  private static final java.util.Set<String> MEMBERS = java.util.Set.of("soldiers", "troops", "fighters", "servicemen");

  /** "Eight Israeli soldiers": words that name a body's members, who are not the body that speaks. */
  private static boolean members(String words) {
    int space = words.lastIndexOf(' ');
    return MEMBERS.contains(words.substring(space + 1).toLowerCase(Locale.ROOT));
  }

  /** "the ministry", "The army": a role noun that names no one by itself, only through the actor it resolved to. */
  private static boolean roleNoun(String text) {
    return text.regionMatches(true, 0, "the ", 0, 4) && text.substring(1).equals(text.substring(1).toLowerCase(Locale.ROOT));
  }

  /**
   * The claimant's actor id, else its words in lower case without a leading "the", else
   * {@value Reconciler#UNATTRIBUTED}; a spokesperson's is the body spoken for ({@link
   * Spokespeople}). A pronoun no one was found for is its article's own ("he@" and the article's
   * id): two articles' unknown "he" are not one claimant. A figure no one is named for is its
   * outlet's own: two outlets' unattributed figures are two claims, not one claimant's revision.
   */
  static String claimantKey(Claim c, String articleId, String outlet, Spokespeople spokespeople) {
    if (c.source() == null) return unattributed(outlet);
    String body = spokespeople.bodyOf(c.source());
    if (body != null) return body;
    if (c.source().actor() != null && !c.source().actor().isBlank()) return c.source().actor();
    String text = c.source().text() == null ? "" : c.source().text().strip().toLowerCase(Locale.ROOT);
    if (Pronouns.isPronoun(text)) return text + "@" + articleId;
    text = text.startsWith("the ") ? text.substring(4) : text;
    return text.isBlank() ? unattributed(outlet) : text;
  }

  private static String unattributed(String outlet) {
    return outlet == null || outlet.isBlank() ? Reconciler.UNATTRIBUTED : Reconciler.UNATTRIBUTED + "@" + outlet;
  }
}
