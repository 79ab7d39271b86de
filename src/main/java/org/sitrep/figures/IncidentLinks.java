package org.sitrep.figures;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.sitrep.store.LedgerStore.Entry;
import org.sitrep.store.LedgerStore.Linker;

/**
 * Which incident a follow-up counts when its text gives no day: "the death toll from the missile
 * strike on a residential building in Odesa has risen to 14", reported the day after the strike,
 * counts the strike its first report dated, not an incident of its own report's day. Such a figure
 * joins the one incident of its family (measure, kind, state, country and fate alike) at its place
 * that a dated figure of the same counted noun puts within {@value #REACH_DAYS} days before its
 * report, or on its report's day; a toll of people with no such figure joins the one dated figure
 * in reach whatever it counts ("three workers were killed" on Tuesday, "the toll has risen to
 * five" on Wednesday), and children, women or civilians counted with no such figure join it under their
 * own count. With none in reach, or two (two strikes on one town), it stays on its
 * report's day. A follow-up naming only the region or the country ("the strike in the Odesa
 * region") joins, with none at its own place, the one incident in reach placed inside it, and one
 * naming the town the one its region was given for; a dated figure placed only in a region or a
 * country counts the one incident of its day placed inside it. Two towns struck in reach leave it
 * where it was. A night ("Tuesday night", Wednesday's "overnight") is an incident apart from its
 * day's: a follow-up after a day's strike and that night's barrage joins neither by the day alone;
 * but a night read from the small hours of the day after ("early on Monday") is that day's where
 * other stories tell the day's incident at the place and none tells the night's.
 * A denial ("no civilians were killed") joins the one toll others give of its
 * incident's day and place, whatever that toll counts. The answer depends only on the family's
 * claims, so ingest order never changes it; the user's corrections still apply.
 */
final class IncidentLinks implements Linker {
  /** How many days after the incident a follow-up that names no day may report it. */
  static final int REACH_DAYS = 2;
  /** The class of a toll that names no one in particular: "the death toll", "five people". */
  private static final String PEOPLE = "people";
  /** Classes of those counted among a toll of people. */
  private static final Set<String> AMONG_PEOPLE = Set.of("children", "women", "civilians");

  private final Corrections corrections;

  IncidentLinks(Corrections corrections) {
    this.corrections = corrections;
  }

  @Override
  public int reachDays() {
    return REACH_DAYS;
  }

  @Override
  public List<Entry> link(List<Entry> given) {
    List<Entry> family = new ArrayList<>(given.size());
    for (Entry e : given) family.add(e.dawn() && !e.floating() && !coarse(e) ? dawned(e, given) : e);
    List<Entry> dated = new ArrayList<>();
    for (Entry e : family) if (!e.floating() && day(e.incident()) != null) dated.add(e);
    // the incident each dated figure tells, once those placed only in a region or country are narrowed
    Map<String, Told> tells = new HashMap<>();
    for (Entry d : dated) {
      Told own = new Told(d.incident(), d.place(), nz(d.noun()));
      tells.put(d.claimId(), coarse(d) && !zero(d) ? narrowed(d, dated, own) : own);
    }
    // a follow-up looks among its own place's figures first, and only with none among the others'
    Map<String, List<Entry>> byPlace = new HashMap<>();
    for (Entry d : dated) byPlace.computeIfAbsent(nz(d.place()), p -> new ArrayList<>()).add(d);
    List<Entry> out = new ArrayList<>(family.size());
    for (Entry e : family) {
      if (e.floating()) out.add(moved(e, linked(e, dated, byPlace, tells)));
      else if (zero(e) && day(e.incident()) != null) out.add(denied(e, dated));
      else if (coarse(e) && day(e.incident()) != null) out.add(moved(e, tells.get(e.claimId())));
      else out.add(e);
    }
    return out;
  }

  /**
   * "A missile struck an apartment block in Zaporizhzhia early on Monday, killing nine": the small
   * hours key as Sunday's night, so that they join the night's barrage; but where other stories tell
   * the strike as Monday's ("the death toll from Monday's strike has risen to 19") and none tells
   * that night at the place, the figure counts Monday's incident with theirs. Its own story telling
   * Monday's apart at the place keeps it the night's.
   */
  private Entry dawned(Entry e, List<Entry> all) {
    LocalDate day = day(e.incident());
    if (day == null) return e;
    // a figure an earlier link gave the day has the night it was read as
    String night = e.incident().endsWith(ThreadKey.NIGHT) ? e.incident() : day.minusDays(1) + ThreadKey.NIGHT;
    String morning = day(night).plusDays(1).toString();
    boolean toldAsTheDays = false;
    for (Entry o : all) {
      if (o.dawn() || o.floating() || !Objects.equals(o.place(), e.place())) continue;
      if (night.equals(o.incident())) return at(e, night);
      if (morning.equals(o.incident())) {
        if (o.articleId().equals(e.articleId())) return at(e, night);
        toldAsTheDays = true;
      }
    }
    return at(e, toldAsTheDays ? morning : night);
  }

  /** The figure in its own noun's thread of the incident of another day or night at its own place. */
  private Entry at(Entry e, String incident) {
    if (incident.equals(e.incident())) return e;
    String base = ThreadKey.of(e, nz(e.noun()), incident).base();
    return e.movedTo(base, corrections.thread(ThreadKey.idOf(base), e.claimId()), incident);
  }

  /**
   * An incident of the family a dated figure tells: its day or night ("2025-07-01TNI"), its place,
   * and the class of what it counted.
   */
  private record Told(String incident, String place, String noun) {}

  /**
   * "The military said no civilians were killed", of a strike whose toll others give in people: the
   * denial joins the one toll of its incident's day and place, so that it shows as the dispute it is.
   */
  private Entry denied(Entry e, List<Entry> dated) {
    String noun = nz(e.noun());
    Set<String> nouns = new TreeSet<>();
    for (Entry d : dated) {
      if (!zero(d) && e.incident().equals(d.incident()) && Objects.equals(e.place(), d.place())) nouns.add(nz(d.noun()));
    }
    String into = nouns.size() == 1 ? nouns.iterator().next() : noun;
    String base = ThreadKey.of(e, into, e.incident()).base();
    return e.movedTo(base, corrections.thread(ThreadKey.idOf(base), e.claimId()), e.incident());
  }

  /** A figure of none: a denial ("no civilians were killed"). */
  private static boolean zero(Entry e) {
    return Summaries.none(e);
  }

  /**
   * The incident a floating figure counts: the one the dated figures in reach at its own place
   * tell; with none there, the one those placed inside its place (a town in its region or
   * country), or in the region its own town lies in, tell; else its report's.
   */
  private Told linked(Entry e, List<Entry> dated, Map<String, List<Entry>> byPlace, Map<String, Told> tells) {
    LocalDate report = day(e.day());
    if (report == null) return null;
    List<Entry> same = inReach(byPlace.getOrDefault(nz(e.place()), List.of()), report);
    if (!same.isEmpty()) return chosen(e, same, tells, report.toString());
    List<Entry> nested = new ArrayList<>();
    for (Entry d : inReach(dated, report)) if (inside(d, e) || inside(e, d) && region(d)) nested.add(d);
    return chosen(e, nested, tells, report.toString());
  }

  /** The dated figures of incidents from {@value #REACH_DAYS} days before a report to its day. */
  private static List<Entry> inReach(List<Entry> dated, LocalDate report) {
    String from = report.minusDays(REACH_DAYS).toString();
    String to = report.toString();
    List<Entry> out = new ArrayList<>();
    for (Entry d : dated) {
      // yyyy-mm-dd compares as it sorts
      String day = d.incident().substring(0, 10);
      if (day.compareTo(from) >= 0 && day.compareTo(to) <= 0) out.add(d);
    }
    return out;
  }

  /**
   * "Killed nine people in the Odesa region on Monday", beside another outlet's "in Odesa on
   * Monday": a figure placed only in a region or a country counts the one incident of its day that
   * a figure places in a town (or region) within it; with none or two, its own, as when its own
   * story gives that town a figure of its own.
   */
  private Told narrowed(Entry e, List<Entry> dated, Told own) {
    List<Entry> finer = new ArrayList<>();
    for (Entry d : dated) if (e.incident().equals(d.incident()) && inside(d, e) && !coarse(d)) finer.add(d);
    if (finer.isEmpty()) for (Entry d : dated) if (e.incident().equals(d.incident()) && inside(d, e)) finer.add(d);
    // "At least nine people were killed across the country ... In Lviv, a missile killed four": a
    // story that gives the town its own figure tells its country's apart
    for (Entry d : finer) if (Objects.equals(d.articleId(), e.articleId())) return own;
    Map<String, Told> tells = new HashMap<>();
    for (Entry d : finer) tells.put(d.claimId(), new Told(d.incident(), d.place(), nz(d.noun())));
    return chosen(e, finer, tells, own.incident());
  }

  /**
   * The one incident the candidates tell in the figure's counted noun; for a toll of people with
   * none in its noun, the one incident they tell whatever they count; else the figure's own, of the
   * {@code own} day or night at its own place.
   */
  private static Told chosen(Entry e, List<Entry> candidates, Map<String, Told> tells, String own) {
    String noun = nz(e.noun());
    Set<Told> same = new HashSet<>();
    Set<Told> any = new HashSet<>();
    for (Entry d : candidates) {
      Told told = tells.get(d.claimId());
      if (told.noun().equals(noun)) same.add(told);
      if (!zero(d)) any.add(told);
    }
    if (same.size() == 1) return same.iterator().next();
    if (same.isEmpty() && (noun.isEmpty() || noun.equals(PEOPLE)) && any.size() == 1) return any.iterator().next();
    // "the toll has risen to 19, including three children": those among people harmed, of the one
    // incident in reach, keep their own count in it
    String among = noun.endsWith(ThreadKey.PART) ? noun.substring(0, noun.length() - ThreadKey.PART.length()) : noun;
    if (same.isEmpty() && AMONG_PEOPLE.contains(among) && any.size() == 1) {
      Told one = any.iterator().next();
      return new Told(one.incident(), one.place(), noun);
    }
    return new Told(own, e.place(), noun);
  }

  /** The figure in the thread of the incident it counts. */
  private Entry moved(Entry e, Told into) {
    if (into == null) return e;
    String base = ThreadKey.of(e, into.noun(), into.incident(), into.place()).base();
    return e.movedTo(base, corrections.thread(ThreadKey.idOf(base), e.claimId()), into.incident());
  }

  /** Whether a figure's text places it only in a region or a country, not in a town. */
  private static boolean coarse(Entry e) {
    return e.placePath() != null && e.placePath().chars().filter(c -> c == '/').count() < 2;
  }

  /** Whether a figure is placed in a region, no finer. */
  private static boolean region(Entry e) {
    return e.placePath() != null && e.placePath().chars().filter(c -> c == '/').count() == 1;
  }

  /** Whether {@code inner} is placed strictly inside where {@code outer} is. */
  private static boolean inside(Entry inner, Entry outer) {
    return inner.placePath() != null && outer.placePath() != null
        && inner.placePath().startsWith(outer.placePath() + "/");
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  /** The day a value starts with ("2026-05-20", "2026-05-20T09:00"), or null. */
  private static LocalDate day(String value) {
    if (value == null || value.length() < 10 || !ThreadKey.DAY.matcher(value).find()) return null;
    try {
      return LocalDate.parse(value.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
