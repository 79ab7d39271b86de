package org.sitrep.figures;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.sitrep.record.Actor;
import org.sitrep.record.Claim;
import org.sitrep.store.LedgerStore.Entry;

/**
 * What makes two claims be about one quantity: measure, kind (and the rate's period), the state
 * the counted subject belongs to, the class of its head noun, and, when the subject has no state,
 * the country (else the name) of the place, or with no place the country the article names most;
 * a town's or city's name for a total placed there, whatever the state;
 * and the counted things' {@link Fate} when the text names one ("launched", "shot down"), else
 * whether they are a part of a figure just before ({@link Parts}: "3.2 million of them"). A figure
 * of one incident is grouped with that incident's alone: by its day or its night (the figure's own
 * date, the week its text gives, else the article's) and the place's name, even when the subject has
 * a state, or with no place named, the story's theatre (for a state's own weapons, where they flew);
 * one whose text gives no day is then moved, in the store, to the one incident of its family from
 * the two days before its report ({@link IncidentLinks}).
 * A total of a period its text gives ("110 killed last year", "since October 10") is grouped with
 * that period's alone ({@link Periods}). A pure function of the claim, its article's actors, text
 * and day, so the grouping never depends on the order articles arrive in.
 */
record ThreadKey(String measure, String kind, String per, String state, String noun, String place,
    String fate, String incident, String period) {
  static final String KINDS_DEFAULT = "total";
  static final String INCIDENT = "incident";
  static final String WEAPONS = "weapons";
  /** A state's id: "UKR". */
  static final java.util.regex.Pattern COUNTRY = java.util.regex.Pattern.compile("[A-Z]{3}");
  private static final int LOCALITY = 3;
  private static final int ID_HEX = 10;
  static final java.util.regex.Pattern DAY = java.util.regex.Pattern.compile("^\\d{4}-\\d{2}-\\d{2}");
  static final java.util.regex.Pattern WEEK = java.util.regex.Pattern.compile("\\d{4}-W\\d{2}");
  private static final java.util.regex.Pattern MONTH = java.util.regex.Pattern.compile("\\d{4}-\\d{2}");
  /** The TIMEX3 part of day of a night, which an incident key keeps: "2025-07-01TNI". */
  static final String NIGHT = "TNI";
  /** What a part's noun class ends with: "people part". */
  static final String PART = " part";
  /** An incident's day, or its night: "2025-07-01", "2025-07-01TNI". */
  private static final java.util.regex.Pattern INCIDENT_DAY = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}(?:" + NIGHT + ")?");

  /** The key of a claim in an article of the given day (yyyy-mm-dd, or null when undated). */
  static ThreadKey of(Claim c, List<Actor> actors, String articleDay) {
    return of(c, actors, theatre(actors), articleDay, null);
  }

  /**
   * The key of a claim, with the theatre of its article for a claim with neither state nor place,
   * and the article's text for the words around the claim's time (null: none).
   */
  static ThreadKey of(Claim c, List<Actor> actors, String theatre, String articleDay, String text) {
    String state = state(c.subject() == null ? null : c.subject().actor(), actors);
    String kind = c.kind() == null ? KINDS_DEFAULT : lower(c.kind());
    String place = null;
    String incident = null;
    if (INCIDENT.equals(kind)) {
      incident = incidentOf(c.time(), text);
      // "the toll from last week's attack": the week the text gives, not the report's day
      if (incident == null && c.time() != null && c.time().value() != null && WEEK.matcher(c.time().value()).matches()) {
        incident = c.time().value();
      }
      // "In March 40 people died when gangs stormed the town", in a November story: an incident of an
      // earlier month is that month's, not the report's day
      if (incident == null && c.time() != null && c.time().value() != null && MONTH.matcher(c.time().value()).matches()
          && articleDay != null && !articleDay.startsWith(c.time().value())) {
        incident = c.time().value();
      }
      // until IncidentLinks finds the incident of the days before that it counts
      if (incident == null) incident = day(articleDay);
      // "in Niger": a place that is only a country keys as the country, as a figure with no place
      // does in a story set there, so "the attack in Niger" and "the attack" are one incident
      if (c.place() != null) place = "country".equals(c.place().precision()) && c.place().country() != null ? c.place().country() : lower(c.place().name());
      // "Russia's defence ministry said it destroyed 41 Ukrainian drones": one state's weapons that
      // another state counts flew over the counting state, whatever the story's theatre
      if (place == null && WEAPONS.equals(lower(c.measure())) && state != null) {
        String counter = c.source() == null ? null : state(c.source().actor(), actors);
        if (counter != null && COUNTRY.matcher(counter).matches() && !counter.equals(state)) place = counter;
      }
      // "Russia launched 64 drones at Ukrainian cities" beside "... 60 drones at Ukraine": an incident
      // named at no place happened in its story's theatre, whoever's the subject is; but a state's
      // weapons did not strike the state itself: they struck the other state the story names most
      boolean ownWeapons = WEAPONS.equals(lower(c.measure())) && state != null && state.equals(theatre);
      if (place == null) place = ownWeapons ? theatre(actors, state) : theatre;
    }
    // "600 killed in El Obeid" is the city's count, not Sudan's: a town's total is its own, whoever's
    // people it counts (a region's stays with its country: "Gaza" and the war's toll are one; and
    // troops "in Kursk" are the deployment's, town or region)
    if (KINDS_DEFAULT.equals(kind) && c.place() != null && c.place().fineness() == LOCALITY) place = lower(c.place().name());
    if (place == null && state == null && c.place() != null) {
      place = c.place().country() != null ? c.place().country() : lower(c.place().name());
    }
    // "12 people were killed", with neither a state nor a place: the article's own theatre, so that
    // one story's dead are not one thread with another war's
    if (state == null && place == null) place = theatre;
    String per = "rate".equals(kind) ? lower(c.per()) : null;
    String fate = Fate.of(c);
    String noun = NounClass.of(c.unit(), c.subject() == null ? null : c.subject().text());
    // "12 million displaced ... About 3.2 million of them have fled abroad": a part of no fate of its
    // own is no revision of the whole
    if (fate == null && Parts.of(c)) noun = noun + PART;
    return new ThreadKey(lower(c.measure()), kind, per, state, noun, place, fate, incident,
        period(c, kind, text, day(articleDay)));
  }

  /**
   * The claim's period; a town's count from a recent day ("fled Bara since Saturday") is the town's
   * count, whatever day each report starts it from, so only a closed period ("in October") splits it.
   */
  private static String period(Claim c, String kind, String text, String day) {
    String period = Periods.of(c, kind, text, day);
    boolean town = c.place() != null && c.place().fineness() == LOCALITY;
    return town && period != null && period.startsWith("since ") ? null : period;
  }

  /**
   * Whether an incident figure's day is only its report's: the text gives neither the day nor the
   * week of the incident it counts ("the death toll from the strike on Odesa has risen to 14").
   */
  static boolean undated(Claim c) {
    if (c.time() == null || c.time().value() == null) return true;
    return day(c.time().value()) == null && !WEEK.matcher(c.time().value()).matches();
  }

  /**
   * The incident's family: its base without the day and the counted noun, and with the country
   * its place lies in for the place ({@code area}; null: the place itself), which {@link
   * IncidentLinks} matches across days and places; null for a figure that counts no incident of a
   * day.
   */
  String family(String area) {
    if (incident == null || !INCIDENT_DAY.matcher(incident).matches()) return null;
    return new ThreadKey(measure, kind, per, state, "", area == null ? place : area, fate, null, period).base();
  }

  /** The key of a ledger entry's incident on another day, counting another noun. */
  static ThreadKey of(Entry e, String noun, String day) {
    return of(e, noun, day, e.place());
  }

  /** The key of a ledger entry's incident on another day and at another place, counting another noun. */
  static ThreadKey of(Entry e, String noun, String day, String place) {
    return new ThreadKey(e.measure(), e.kind(), e.per(), e.state(), noun, place, e.fate(), day, e.period());
  }

  /**
   * Where a claim is placed, coarsest first: "UKR/odesa oblast/odesa" for a town, "UKR/odesa
   * oblast" for a region, "UKR" for a country; the last part is the place as the key names it. Null
   * when the claim names no place, or the place's country is not known.
   */
  static String path(org.sitrep.record.Place p) {
    if (p == null || p.country() == null) return null;
    if ("country".equals(p.precision())) return p.country();
    String region = p.fineness() == 2 ? lower(p.name()) : p.region() == null ? "" : lower(p.region());
    return p.fineness() == 2 ? p.country() + "/" + region : p.country() + "/" + region + "/" + lower(p.name());
  }

  /** This key with another period (null: the running total). */
  ThreadKey withPeriod(String other) {
    return new ThreadKey(measure, kind, per, state, noun, place, fate, incident, other);
  }

  /**
   * The incident a time dates: its day, or its night when the time is one ("2025-07-01TNI", the
   * night that starts on the 1st: "Tuesday night", and Wednesday's "overnight"). A night is an
   * incident of its own, so that a night's barrage and the day's strikes before it stay apart.
   */
  static String incidentOf(String value) {
    String day = day(value);
    return day != null && value.endsWith(NIGHT) ? day + NIGHT : day;
  }

  /**
   * Words right before a day that put a time in the night before it: "in the early hours of
   * Wednesday", and "early Wednesday", as wire copy dates what happened after midnight.
   */
  private static final java.util.regex.Pattern SMALL_HOURS = java.util.regex.Pattern.compile(
      "(?i)\\b(?:(?:early|small|wee)\\s+hours\\s+of|before\\s+dawn|pre-?dawn(?:\\s+[\\p{L}-]+){0,2}|early)\\s+(?:on\\s+)?$");
  /** How far before a time its words are read. */
  private static final int SMALL_HOURS_REACH = 40;

  /**
   * As {@link #incidentOf(String)}, reading the words before the time in the article's text (null:
   * none): "in the early hours of Wednesday", "before dawn on Wednesday", "a pre-dawn attack on
   * Wednesday" and "early on Wednesday" are Tuesday's night, as Wednesday's "overnight" is. ("Late
   * on Tuesday" stays Tuesday's: a day's strike is as often dated so.)
   */
  static String incidentOf(org.sitrep.record.TimeRef t, String text) {
    String incident = incidentOf(t == null ? null : t.value());
    if (!dawn(t, text)) return incident;
    try {
      return java.time.LocalDate.parse(incident).minusDays(1) + NIGHT;
    } catch (java.time.format.DateTimeParseException e) {
      return incident;
    }
  }

  /** Whether a time is a day's small hours ("early on Wednesday"), which key as the night before it. */
  static boolean dawn(org.sitrep.record.TimeRef t, String text) {
    String incident = incidentOf(t == null ? null : t.value());
    if (incident == null || incident.endsWith(NIGHT) || text == null || t.start() == null) return false;
    int at = Math.min(t.start(), text.length());
    return SMALL_HOURS.matcher(text.substring(Math.max(0, at - SMALL_HOURS_REACH), at)).find();
  }

  /** The yyyy-mm-dd a value starts with ("2025-03-07TNI"), or null. */
  private static String day(String value) {
    if (value == null) return null;
    java.util.regex.Matcher m = DAY.matcher(value);
    return m.find() ? m.group() : null;
  }

  /**
   * The country an article's figures and acts are placed in most often ("Kharkiv" is Ukraine's,
   * however often the story names Russia as the attacker), else the country it names most often.
   */
  static String theatre(org.sitrep.record.Record r, List<Actor> actors) {
    java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
    for (Claim c : r.claims()) {
      if (c.place() != null && c.place().country() != null) counts.merge(c.place().country(), 1, Integer::sum);
    }
    for (org.sitrep.record.Event e : r.events()) {
      if (e.place() != null && e.place().country() != null) counts.merge(e.place().country(), 1, Integer::sum);
    }
    String best = mostCommon(counts);
    return best != null ? best : theatre(actors);
  }

  /**
   * The country an article names most often, itself or by its bodies ("the Myanmar military" names
   * Myanmar), or null when it names none.
   */
  static String theatre(List<Actor> actors) {
    return theatre(actors, null);
  }

  /** As {@link #theatre(List)}, among the countries other than {@code besides}. */
  private static String theatre(List<Actor> actors, String besides) {
    java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
    for (Actor a : actors) {
      String country = "country".equals(a.kind()) ? a.id() : a.country();
      if (country != null && !country.equals(besides) && !a.mentions().isEmpty()) {
        counts.merge(country, a.mentions().size(), Integer::sum);
      }
    }
    return mostCommon(counts);
  }

  /** The key counted most, the first such in order; null for none. */
  private static String mostCommon(java.util.Map<String, Integer> counts) {
    String best = null;
    for (var e : counts.entrySet()) if (best == null || e.getValue() > counts.get(best)) best = e.getKey();
    return best;
  }

  /** The state an actor belongs to: itself for a country, else its affiliation, else its country. */
  static String state(String actorId, List<Actor> actors) {
    if (actorId == null) return null;
    for (Actor a : actors) {
      if (!actorId.equals(a.id())) continue;
      if ("country".equals(a.kind())) return a.id();
      if (a.affiliation() != null) return a.affiliation();
      return a.country() != null ? a.country() : a.id();
    }
    return actorId;
  }

  String base() {
    String base = String.join("|", measure, kind, nz(per), nz(state), nz(noun), nz(place));
    // Without a fate the base is what it was before fates were read: thread ids stay put.
    if (fate != null) base = base + "|" + fate;
    // Likewise without a period: a running total keeps the id it had before periods were read.
    if (period != null) base = base + "|" + period;
    return incident == null ? base : base + "|on " + incident;
  }

  /** The thread id: a short hash of the base, stable across runs and machines. */
  String id() {
    return idOf(base());
  }

  static String idOf(String text) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return "F" + HexFormat.of().formatHex(hash).substring(0, ID_HEX);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** Which fields matched, for a person: "measure=killed; kind=total; state=PSE; noun=people". */
  String basis() {
    StringBuilder b = new StringBuilder("measure=" + measure + "; kind=" + kind);
    if (per != null) b.append(" per ").append(per);
    b.append("; state=").append(state == null ? "unknown" : state);
    b.append("; noun=").append(noun == null || noun.isEmpty() ? "-" : noun);
    b.append("; place=").append(place == null ? (state == null ? "unknown" : "any") : place);
    if (fate != null) b.append("; fate=").append(fate);
    if (incident != null) b.append("; incident=").append(incident);
    if (period != null) b.append("; period=").append(period);
    return b.toString();
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private static String lower(String s) {
    return s == null ? null : s.toLowerCase(Locale.ROOT);
  }
}
