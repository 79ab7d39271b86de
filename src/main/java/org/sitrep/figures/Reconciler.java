package org.sitrep.figures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sitrep.store.LedgerStore.Entry;

/**
 * Reconciles the claims of one thread. A claimant's figure repeated by later articles is the same
 * estimate; a different figure is a new estimate. Everything is computed from the set of claims
 * in a fixed order (day, story, article, a figure the text gives as earlier before the others, claim),
 * so the result does not depend on ingest order.
 */
final class Reconciler {
  static final String UNATTRIBUTED = "(unattributed)";
  private static final Comparator<Entry> ORDER = Comparator.comparing(Entry::day,
          Comparator.nullsFirst(Comparator.naturalOrder()))
      .thenComparing(Entry::storyId, Comparator.nullsFirst(Comparator.naturalOrder()))
      .thenComparing(Entry::articleId).thenComparing(e -> !e.earlier()).thenComparingInt(Entry::ord);

  private Reconciler() {}

  static Reconciled reconcile(List<Entry> entries) {
    Map<String, List<Entry>> byClaimant = new TreeMap<>();
    for (Entry e : entries) byClaimant.computeIfAbsent(key(e), k -> new ArrayList<>()).add(e);
    List<Estimate> all = new ArrayList<>();
    List<Estimate> latest = new ArrayList<>();
    // An increment is an event of its own: a different number is not a change of mind.
    boolean increments = entries.stream().allMatch(e -> "increment".equals(e.kind()));
    boolean incident = entries.stream().allMatch(e -> ThreadKey.INCIDENT.equals(e.kind()));
    boolean revised = false;
    for (List<Entry> own : byClaimant.values()) {
      List<Estimate> estimates = estimates(own);
      all.addAll(estimates);
      latest.add(estimates.get(estimates.size() - 1));
      revised |= !increments && revises(estimates, own.get(0).kind(), own);
    }
    all.sort(Comparator.comparing(Estimate::firstDay, Comparator.nullsFirst(Comparator.naturalOrder()))
        .thenComparing(Estimate::claimantKey));
    Set<String> earlier = new HashSet<>();
    for (Estimate e : latest) {
      if (onlyEarlier(e, byClaimant.get(e.claimantKey()))) earlier.add(e.claimantKey());
    }
    Set<String> risen = new HashSet<>();
    for (Estimate e : latest) if (risen(e)) risen.add(e.claimantKey());
    List<Estimate> standing = current(incident ? standing(latest, earlier, risen) : latest, entries.get(0).kind());
    return new Reconciled(all, latest, min(entries), max(entries), median(standing, true),
        median(standing, false), !increments && disputed(standing), revised, day(entries, true),
        day(entries, false), entries.size(), (int) entries.stream().map(Entry::storyId).distinct().count());
  }

  /**
   * Whether a claimant's estimates revise one another. Any change of an incident's figure or of a
   * snapshot does ("the toll rose to 19"); a total that only grows from one day to a later one is
   * counted on, not revised ("412 killed since the truce", a month later "468"); a total lowered, or
   * changed within a day, is revised. A rate given on a later day is a new reading of a flow that
   * changes ("600 trucks a day", two weeks later "250 a day"), and so is one the text gives only as
   * the earlier one of a comparison ("600 a day, up from fewer than 100 before the ceasefire");
   * otherwise changed within a day, it is revised.
   */
  static boolean revises(List<Estimate> estimates, String kind, List<Entry> own) {
    if (estimates.size() < 2) return false;
    boolean rate = "rate".equals(kind);
    if (!"total".equals(kind) && !rate) return true;
    for (int i = 1; i < estimates.size(); i++) {
      Estimate before = estimates.get(i - 1);
      Estimate after = estimates.get(i);
      boolean later = before.firstDay() != null && after.firstDay() != null
          && after.firstDay().compareTo(before.firstDay()) > 0;
      if (rate) {
        if (!later && !onlyEarlier(before, own)) return true;
        continue;
      }
      // by the lower bounds: "more than 11.6 million" then "11.7 million" is counted on
      if (!later || amount(after).lower() < amount(before).lower()) {
        return true;
      }
    }
    return false;
  }

  static String key(Entry e) {
    if (e.claimantKey() != null && !e.claimantKey().isBlank()) return e.claimantKey();
    return UNATTRIBUTED;
  }

  /** One claimant's claims, oldest first, cut into estimates wherever the figure changes. */
  static List<Estimate> estimates(List<Entry> own) {
    List<Entry> sorted = new ArrayList<>(own);
    sorted.sort(ORDER);
    List<Estimate> out = new ArrayList<>();
    List<Entry> run = new ArrayList<>();
    for (Entry e : sorted) {
      if (!run.isEmpty() && !amount(run.get(0)).sameFigure(amount(e))) {
        out.add(estimate(run));
        run = new ArrayList<>();
      }
      run.add(e);
    }
    out.add(estimate(run));
    return out;
  }

  private static Estimate estimate(List<Entry> run) {
    Entry first = run.get(0);
    TreeSet<String> outlets = new TreeSet<>();
    run.forEach(e -> {
      if (e.outlet() != null) outlets.add(e.outlet());
    });
    Map<String, Integer> names = new TreeMap<>();
    run.forEach(e -> names.merge(e.claimant() == null ? UNATTRIBUTED : e.claimant(), 1, Integer::sum));
    String name = names.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
    return new Estimate(key(first), name, first.low(), first.high(), first.qualifier(),
        amount(first).toString(), first.day(), run.get(run.size() - 1).day(),
        (int) run.stream().map(Entry::storyId).distinct().count(), List.copyOf(outlets),
        run.stream().map(Entry::claimId).toList(), first.evidence());
  }

  static Amount amount(Entry e) {
    return new Amount(e.low(), e.high(), e.qualifier());
  }

  static Amount amount(Estimate e) {
    return new Amount(e.low(), e.high(), e.qualifier());
  }

  /** Whether all of an estimate's claims are figures its texts give as earlier ones. */
  static boolean onlyEarlier(Estimate e, List<Entry> own) {
    if (own == null || e.claims().isEmpty()) return false;
    Set<String> ids = new HashSet<>(e.claims());
    return own.stream().filter(x -> ids.contains(x.claimId())).allMatch(Entry::earlier);
  }

  /**
   * An incident's toll grows as the dead are found: a claimant's latest figure that lies wholly
   * below another claimant's later one is overtaken, not disputed, unless it is none (a denial);
   * so is a vague or open one
   * ("dozens", "at least six") that a later, narrower figure within it makes precise, and one the
   * text gives only as an earlier figure ({@code earlier}, by claimant key), by any figure given as
   * current no earlier; and, within a day, one below a toll its text says has risen ("rose to
   * five"). The estimates still standing.
   */
  static List<Estimate> standing(List<Estimate> latest, Set<String> earlier, Set<String> risen) {
    List<Estimate> out = new ArrayList<>();
    for (Estimate e : latest) {
      boolean overtaken = false;
      for (Estimate o : latest) {
        if (o == e || e.firstDay() == null || o.firstDay() == null) continue;
        int later = o.firstDay().compareTo(e.firstDay());
        boolean current = !earlier.contains(o.claimantKey());
        // a denial ("no civilians were killed") is no early count: a later toll disputes it
        overtaken |= later > 0 && amount(o).lower() > amount(e).upper() && amount(e).upper() > 0;
        overtaken |= later > 0 && amount(o).lower() >= amount(e).lower() && amount(o).upper() <= amount(e).upper()
            && amount(o).upper() - amount(o).lower() < amount(e).upper() - amount(e).lower();
        overtaken |= later >= 0 && earlier.contains(e.claimantKey()) && current;
        // "The death toll in Lviv rose to five", the day the mayor said four: a toll its text says
        // has risen overtakes a lower one of the same day
        overtaken |= later == 0 && amount(e).upper() > 0 && amount(o).lower() > amount(e).upper()
            && risen.contains(o.claimantKey());
      }
      if (!overtaken) out.add(e);
    }
    return out;
  }

  /** Whether an estimate's text tells its figure as a toll that has risen: "rose to five". */
  static boolean risen(Estimate e) {
    return e.evidence() != null && RISEN.matcher(e.evidence()).find();
  }

  private static final java.util.regex.Pattern RISEN = java.util.regex.Pattern.compile(
      "(?i)\\b(?:rose|risen|rises|rising|climbed|climbs|increased|jumped|grew|reached)\\s+to\\b");

  /**
   * How many times larger than another a claimant's figure may be and still dispute it: police and
   * organisers' crowds differ tenfold, but 20,000 killed nationwide against 600 in one city, or 3.5
   * million displaced against 2,650 who fled one town, count different scopes the key could not tell
   * apart, not one quantity.
   */
  static final double SCOPE_FACTOR = 20;

  /** How many days before a rate's newest figure another claimant's may be given and still stand beside it. */
  static final int RATE_DAYS = 7;

  /**
   * Of a rate's latest figures, those given within {@value #RATE_DAYS} days of the newest: "about
   * 250 trucks a day" in March does not dispute another claimant's 420 a day of February, an earlier
   * reading of a flow that changes. Other kinds keep every claimant's latest.
   */
  static List<Estimate> current(List<Estimate> latest, String kind) {
    if (!"rate".equals(kind)) return latest;
    String newest = null;
    for (Estimate e : latest) {
      if (e.firstDay() != null && (newest == null || e.firstDay().compareTo(newest) > 0)) newest = e.firstDay();
    }
    if (newest == null || newest.length() < 10) return latest;
    String from;
    try {
      from = java.time.LocalDate.parse(newest.substring(0, 10)).minusDays(RATE_DAYS).toString();
    } catch (java.time.format.DateTimeParseException e) {
      return latest;
    }
    // yyyy-mm-dd compares as it sorts
    return latest.stream().filter(e -> e.firstDay() == null || e.firstDay().compareTo(from) >= 0).toList();
  }

  /**
   * Disputed: two claimants whose latest intervals have no point in common, within
   * {@value #SCOPE_FACTOR} times of each other (or one of them none at all).
   */
  static boolean disputed(List<Estimate> latest) {
    for (Estimate a : latest) {
      for (Estimate b : latest) {
        double low = amount(a).lower();
        double high = amount(b).upper();
        if (a != b && low > high && (high <= 0 || low <= SCOPE_FACTOR * high)) return true;
      }
    }
    return false;
  }

  /** The lower median of the latest lows, or the upper median of the latest highs. */
  static Double median(List<Estimate> latest, boolean low) {
    List<Double> values = latest.stream().map(e -> low ? e.low() : amount(e).top())
        .filter(Objects::nonNull).sorted().toList();
    if (values.isEmpty()) return null;
    return values.get(low ? (values.size() - 1) / 2 : values.size() / 2);
  }

  private static Double min(List<Entry> entries) {
    return entries.stream().map(Entry::low).filter(Objects::nonNull).min(Double::compare).orElse(null);
  }

  private static Double max(List<Entry> entries) {
    return entries.stream().map(e -> amount(e).top()).max(Double::compare).orElse(null);
  }

  private static String day(List<Entry> entries, boolean first) {
    var days = entries.stream().map(Entry::day).filter(Objects::nonNull);
    return (first ? days.min(String::compareTo) : days.max(String::compareTo)).orElse(null);
  }
}
