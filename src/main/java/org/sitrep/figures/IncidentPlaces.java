package org.sitrep.figures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.places.Distance;
import org.sitrep.record.Claim;
import org.sitrep.record.Event;
import org.sitrep.record.Place;
import org.sitrep.record.Record;
import org.sitrep.record.TimeRef;

/**
 * Where one article's incident of each day happened, so that all its figures of that incident key
 * the same place. A story says "a car bomb in Mogadishu killed 15" and then "38 people were wounded"
 * or "the attack in Somalia": the figures with no place, or only the country, or the region around
 * the town, are of the town the story names, unless one placed in the country comes before the story
 * names the town (a national toll, then a town's). Decided from the article alone (its incident figures
 * and its attacks), so the grouping never depends on which other articles are stored.
 */
final class IncidentPlaces {
  /** How far a region's centre may lie from the town for the town to be taken as within it. */
  static final double NESTED_KM = 150;
  private static final String ATTACK = "ASSAULT";

  /** The finest place of each day's or night's incident, by its key; absent when the story names several. */
  private final Map<String, Place> byDay;
  /** The article's text, for the words around a time ("in the early hours of Wednesday"). */
  private final String text;

  /** Where the story first names each day's finest place, by the day's key. */
  private final Map<String, Integer> firstNamed;

  private IncidentPlaces(Map<String, Place> byDay, Map<String, Integer> firstNamed, String text) {
    this.byDay = byDay;
    this.firstNamed = firstNamed;
    this.text = text;
  }

  static IncidentPlaces of(Record r, String articleDay) {
    String text = r.article().text();
    Map<String, List<Place>> told = new LinkedHashMap<>();
    for (Claim c : r.claims()) {
      if (ThreadKey.INCIDENT.equals(c.kind()) && below(c.place())) add(told, day(c.time(), text, articleDay), c.place());
    }
    for (Event e : r.events()) {
      if (ATTACK.equals(e.type()) && !e.negated() && !e.hypothetical() && !e.future() && below(e.place())) {
        add(told, day(e.time(), text, articleDay), e.place());
      }
    }
    Map<String, Place> byDay = new LinkedHashMap<>();
    Map<String, Integer> firstNamed = new LinkedHashMap<>();
    for (var day : told.entrySet()) {
      Place finest = finest(day.getValue());
      if (finest == null) continue;
      byDay.put(day.getKey(), finest);
      for (Place p : day.getValue()) {
        if (name(p).equals(name(finest)) && p.start() != null) firstNamed.merge(day.getKey(), p.start(), Math::min);
      }
    }
    return new IncidentPlaces(byDay, firstNamed, text);
  }

  /**
   * The claim with the place of its day's incident when its own is coarser (none, the country, or
   * the region around the town) and the story names one, unless it counts weapons of the state
   * ({@code state}: its subject's, or null) that town lies in; else the claim as it is.
   */
  Claim placed(Claim c, String articleDay, String state) {
    if (c.kind() == null || !ThreadKey.INCIDENT.equals(c.kind().toLowerCase(Locale.ROOT))) return c;
    Place finest = byDay.get(day(c.time(), text, articleDay));
    if (finest == null || c.place() != null && !coarser(c.place(), finest) || spread(c)) return c;
    // "Russia attacked Ukraine overnight ... At least nine people were killed. In Lviv, a missile
    // killed four": a figure the story placed in the country before it came to the town is the
    // country's
    Integer town = firstNamed.get(day(c.time(), text, articleDay));
    if (c.place() != null && "country".equals(c.place().precision()) && c.evidence() != null && town != null
        && c.evidence().end() <= town) {
      return c;
    }
    // "its air defences destroyed 41 Ukrainian drones", in a story of a strike on Kharkiv: a state's
    // weapons are not what struck its own town
    if (ThreadKey.WEAPONS.equals(c.measure()) && state != null && state.equals(finest.country())) return c;
    return new Claim(c.measure(), c.unit(), c.quantity(), c.low(), c.high(), c.qualifier(), c.per(), c.kind(),
        c.subject(), finest, c.time(), c.source(), c.hedged(), c.evidence(), c.finder());
  }

  private static final java.util.regex.Pattern SPREAD = java.util.regex.Pattern.compile(
      "(?i)\\b(?:across|throughout|around)\\s+the\\s+(?:country|region|nation)\\b|\\bnationwide\\b");
  private static final java.util.regex.Pattern ACROSS = java.util.regex.Pattern.compile(
      "(?i)\\b(?:across|throughout|all\\s+over)\\s+(?:the\\s+)?$");

  /**
   * "At least 12 people were killed across Ukraine", "44 were wounded across the country": a figure
   * the story spreads over the country is not the town's, though the same night's attack hit it.
   */
  boolean spread(Claim c) {
    Place p = c.place();
    if (p != null && "country".equals(p.precision()) && p.start() != null && p.start() <= text.length()) {
      if (ACROSS.matcher(text.substring(Math.max(0, p.start() - 20), p.start())).find()) return true;
    }
    return c.evidence() != null && c.evidence().text() != null && SPREAD.matcher(c.evidence().text()).find();
  }

  /**
   * The one town of a day's places, when the regions among them all lie around it; else the one
   * region when there is no town; else null.
   */
  private static Place finest(List<Place> places) {
    Map<String, Place> towns = new LinkedHashMap<>();
    Map<String, Place> regions = new LinkedHashMap<>();
    for (Place p : places) (p.fineness() >= 3 ? towns : regions).putIfAbsent(name(p), p);
    if (towns.size() > 1) return null;
    if (towns.isEmpty()) return regions.size() == 1 ? regions.values().iterator().next() : null;
    Place town = towns.values().iterator().next();
    for (Place region : regions.values()) if (!around(region, town)) return null;
    return town;
  }

  /** Whether a claim's own place says less than the incident's: the country, or a region around it. */
  private static boolean coarser(Place own, Place finest) {
    if (name(own).equals(name(finest))) return false;
    if (own.country() != null && finest.country() != null && !own.country().equals(finest.country())) return false;
    if ("country".equals(own.precision())) return true;
    return own.fineness() < finest.fineness() && around(own, finest);
  }

  private static boolean around(Place region, Place town) {
    if (region.lat() == null || region.lon() == null || town.lat() == null || town.lon() == null) return false;
    return Distance.km(region.lat(), region.lon(), town.lat(), town.lon()) <= NESTED_KM;
  }

  /** A place finer than a country. */
  private static boolean below(Place p) {
    return p != null && p.name() != null && !"country".equals(p.precision());
  }

  private static void add(Map<String, List<Place>> told, String day, Place p) {
    if (day != null) told.computeIfAbsent(day, d -> new ArrayList<>()).add(p);
  }

  private static String name(Place p) {
    return p.name() == null ? "" : p.name().toLowerCase(Locale.ROOT);
  }

  /** The day or night a time dates ({@link ThreadKey#incidentOf}), else the article's day. */
  private static String day(TimeRef t, String text, String articleDay) {
    String incident = ThreadKey.incidentOf(t, text);
    if (incident != null) return incident;
    return articleDay == null || articleDay.length() < 10 ? articleDay : articleDay.substring(0, 10);
  }
}
