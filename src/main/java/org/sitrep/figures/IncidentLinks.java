package org.sitrep.figures;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.sitrep.store.LedgerStore.Entry;
import org.sitrep.store.LedgerStore.Linker;

/**
 * Which incident a follow-up counts when its text gives no day: "the death toll from the missile
 * strike on a residential building in Odesa has risen to 14", reported the day after the strike,
 * counts the strike its first report dated, not an incident of its own report's day. Such a figure
 * joins the one incident of its family (measure, kind, state, place and fate alike) that a dated
 * figure of the same counted noun puts within {@value #REACH_DAYS} days before its report, or on
 * its report's day; a toll of people with no such figure joins the one dated figure of its family
 * in reach whatever it counts ("three workers were killed" on Tuesday, "the toll has risen to five"
 * on Wednesday). With none in reach, or two (two strikes on one town), it stays on its report's
 * day. A denial ("no civilians were killed") joins the one toll others give of its incident's day,
 * whatever that toll counts. The answer depends only on the family's claims, so ingest order never
 * changes it; the user's corrections still apply.
 */
final class IncidentLinks implements Linker {
  /** How many days after the incident a follow-up that names no day may report it. */
  static final int REACH_DAYS = 2;
  /** The class of a toll that names no one in particular: "the death toll", "five people". */
  private static final String PEOPLE = "people";

  private final Corrections corrections;

  IncidentLinks(Corrections corrections) {
    this.corrections = corrections;
  }

  @Override
  public int reachDays() {
    return REACH_DAYS;
  }

  @Override
  public List<Entry> link(List<Entry> family) {
    List<Entry> dated = new ArrayList<>();
    for (Entry e : family) if (!e.floating() && day(e.incident()) != null) dated.add(e);
    List<Entry> out = new ArrayList<>(family.size());
    for (Entry e : family) {
      if (e.floating()) out.add(linked(e, dated));
      else if (zero(e) && day(e.incident()) != null) out.add(denied(e, dated));
      else out.add(e);
    }
    return out;
  }

  /** An incident of the family a dated figure tells: its day, and the class of what it counted. */
  private record Told(LocalDate day, String noun) {}

  /**
   * "The military said no civilians were killed", of a strike whose toll others give in people: the
   * denial joins the one toll of its incident's day, so that it shows as the dispute it is.
   */
  private Entry denied(Entry e, List<Entry> dated) {
    String noun = nz(e.noun());
    Set<String> nouns = new TreeSet<>();
    for (Entry d : dated) if (!zero(d) && e.incident().equals(d.incident())) nouns.add(nz(d.noun()));
    String into = nouns.size() == 1 ? nouns.iterator().next() : noun;
    String base = ThreadKey.of(e, into, e.incident()).base();
    return e.movedTo(base, corrections.thread(ThreadKey.idOf(base), e.claimId()), e.incident());
  }

  /** A figure of none: a denial ("no civilians were killed"). */
  private static boolean zero(Entry e) {
    return Summaries.none(e);
  }

  private Entry linked(Entry e, List<Entry> dated) {
    LocalDate report = day(e.day());
    if (report == null) return e;
    String noun = nz(e.noun());
    Set<LocalDate> same = new HashSet<>();
    Set<Told> any = new HashSet<>();
    for (Entry d : dated) {
      LocalDate day = day(d.incident());
      if (day.isBefore(report.minusDays(REACH_DAYS)) || day.isAfter(report)) continue;
      if (nz(d.noun()).equals(noun)) same.add(day);
      if (!zero(d)) any.add(new Told(day, nz(d.noun())));
    }
    Told into = new Told(report, noun);
    if (same.size() == 1) {
      into = new Told(same.iterator().next(), noun);
    } else if (same.isEmpty() && (noun.isEmpty() || noun.equals(PEOPLE)) && any.size() == 1) {
      into = any.iterator().next();
    }
    String base = ThreadKey.of(e, into.noun(), into.day().toString()).base();
    return e.movedTo(base, corrections.thread(ThreadKey.idOf(base), e.claimId()), into.day().toString());
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
