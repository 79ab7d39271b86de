package org.sitrep.figures;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.sitrep.store.LedgerStore.Entry;
import org.sitrep.store.LedgerStore.Linker;

/**
 * Which incident a follow-up counts when its text gives no day: "the death toll from the missile
 * strike on a residential building in Odesa has risen to 14", reported the day after the strike,
 * counts the strike its first report dated, not an incident of its own report's day. Such a figure
 * joins the one incident of its family (measure, kind, subject, place and fate alike) that a dated
 * figure puts within {@value #REACH_DAYS} days before its report, or on its report's day; with none,
 * or with two such days (two strikes on one town), it stays on its report's day. The answer depends
 * only on the family's claims, so ingest order never changes it; the user's corrections still apply.
 */
final class IncidentLinks implements Linker {
  /** How many days after the incident a follow-up that names no day may report it. */
  static final int REACH_DAYS = 2;

  private final Corrections corrections;

  IncidentLinks(Corrections corrections) {
    this.corrections = corrections;
  }

  @Override
  public List<Entry> link(List<Entry> family) {
    TreeSet<LocalDate> dated = new TreeSet<>();
    for (Entry e : family) {
      LocalDate day = e.floating() ? null : day(e.incident());
      if (day != null) dated.add(day);
    }
    List<Entry> out = new ArrayList<>(family.size());
    for (Entry e : family) out.add(e.floating() ? linked(e, dated) : e);
    return out;
  }

  private Entry linked(Entry e, TreeSet<LocalDate> dated) {
    LocalDate report = day(e.day());
    if (report == null || e.family() == null) return e;
    var within = dated.subSet(report.minusDays(REACH_DAYS), true, report, true);
    LocalDate incident = within.size() == 1 ? within.first() : report;
    String base = ThreadKey.ofFamily(e.family(), incident.toString());
    return e.movedTo(base, corrections.thread(ThreadKey.idOf(base), e.claimId()), incident.toString());
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
