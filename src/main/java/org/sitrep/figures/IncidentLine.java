package org.sitrep.figures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One strike, attack or night's barrage, with every figure the ledger holds of what it did: the
 * threads of kind incident that share its day and place. A thread whose place is unknown, or only
 * the state that place lies in, joins the day's one named place; with none or several, or placed in
 * another state, it stands on its own.
 *
 * @param day the incident's day, or its night ("2025-07-01TNI": the night that starts on the 1st)
 * @param place the place's name as written in the ledger ("Kharkiv"), a state's name, or null
 * @param figures each thread's latest figure as a phrase: "16 people killed", "80 drones launched"
 * @param claimants everyone who gave one of its figures, each once, in order
 * @param disputed whether claimants disagree in one of its threads
 * @param threads its figure threads, in the ledger's order (one per figure)
 */
public record IncidentLine(String day, String place, List<String> figures, List<String> claimants,
    boolean disputed, List<ThreadLine> threads) {
  private static final Set<String> HARMS = Set.of("killed", "wounded", "casualties", "captured", "missing",
      "displaced", "affected");

  /** Subjects that only name the harm or its count: "11 killed", not "11 toll killed". */
  private static final Set<String> HARM_WORDS = Set.of("wounded", "injured", "dead", "killed", "toll", "death toll",
      "bodies", "deaths", "casualties", "fatalities", "injuries");

  public IncidentLine {
    figures = List.copyOf(figures);
    claimants = List.copyOf(claimants);
    threads = List.copyOf(threads);
  }

  /** The incident's day as a reader says it: "2025-07-01", or "2025-07-01 night" for the night that starts on it. */
  public String when() {
    return when(day);
  }

  /** An incident's day or night ("2025-07-01TNI") as a reader says it: "2025-07-01 night". */
  static String when(String incident) {
    return incident != null && incident.endsWith(ThreadKey.NIGHT)
        ? incident.substring(0, incident.length() - ThreadKey.NIGHT.length()) + " night"
        : incident;
  }

  static IncidentLine of(String day, String place, List<ThreadLine> threads) {
    return new IncidentLine(day, place, threads.stream().map(IncidentLine::phrase).toList(), claimantsOf(threads),
        threads.stream().anyMatch(l -> l.flags().contains("disputed")), threads);
  }

  /** The incidents of these threads (those of kind incident), newest day first. */
  public static List<IncidentLine> of(List<ThreadLine> lines) {
    Map<String, Map<String, List<ThreadLine>>> byDay = new LinkedHashMap<>();
    Map<String, List<ThreadLine>> unnamed = new LinkedHashMap<>();
    for (ThreadLine l : lines) {
      if (l.incident() == null) continue;
      if (named(l.place())) {
        byDay.computeIfAbsent(l.incident(), d -> new LinkedHashMap<>())
            .computeIfAbsent(l.place(), p -> new ArrayList<>()).add(l);
      } else {
        unnamed.computeIfAbsent(l.incident(), d -> new ArrayList<>()).add(l);
      }
    }
    List<IncidentLine> out = new ArrayList<>();
    for (var day : byDay.entrySet()) {
      for (var place : day.getValue().entrySet()) {
        List<ThreadLine> threads = new ArrayList<>(place.getValue());
        if (day.getValue().size() == 1 && unnamed.containsKey(day.getKey())) {
          threads.addAll(joining(unnamed, day.getKey(), area(place.getValue())));
        }
        out.add(of(day.getKey(), display(place.getKey()), threads));
      }
    }
    for (var day : unnamed.entrySet()) {
      Map<String, List<ThreadLine>> byState = new LinkedHashMap<>();
      for (ThreadLine l : day.getValue()) byState.computeIfAbsent(l.place() == null ? "" : l.place(), p -> new ArrayList<>()).add(l);
      byState.forEach((state, threads) -> out.add(of(day.getKey(), state.isEmpty() ? null : stateName(state), threads)));
    }
    out.sort(Comparator.comparing((IncidentLine l) -> sortDay(l.day())).reversed());
    return joinWeeks(out);
  }

  /**
   * The threads of a day with no named place that join its one named place: those placed nowhere,
   * and those placed only in the state the place lies in (all of them when that state is not
   * known). "41 Ukrainian drones intercepted" over Russia is not the night's strike on Kharkiv.
   */
  private static List<ThreadLine> joining(Map<String, List<ThreadLine>> unnamed, String day, String area) {
    List<ThreadLine> out = new ArrayList<>();
    List<ThreadLine> rest = new ArrayList<>();
    for (ThreadLine l : unnamed.get(day)) {
      (area == null || l.place() == null || l.place().equals(area) ? out : rest).add(l);
    }
    if (rest.isEmpty()) unnamed.remove(day);
    else unnamed.put(day, rest);
    return out;
  }

  /** The one state a named place's threads lie in, or null when none is known or they differ. */
  private static String area(List<ThreadLine> threads) {
    Set<String> areas = new java.util.HashSet<>();
    for (ThreadLine l : threads) if (l.area() != null) areas.add(l.area());
    return areas.size() == 1 ? areas.iterator().next() : null;
  }

  /**
   * "The toll from last week's attack on Pont-Sonde has climbed to 115": an incident known only by
   * its week joins the one incident of a day in that week at the same place (or in the same state,
   * or anywhere when it has no place), and stands alone when there is none or several.
   */
  private static List<IncidentLine> joinWeeks(List<IncidentLine> lines) {
    List<IncidentLine> out = new ArrayList<>(lines);
    for (IncidentLine week : lines) {
      if (!ThreadKey.WEEK.matcher(week.day()).matches()) continue;
      List<IncidentLine> days = out.stream().filter(l -> inWeek(l.day(), week.day()) && samePlace(l, week)).toList();
      if (days.size() != 1) continue;
      IncidentLine day = days.get(0);
      List<ThreadLine> threads = new ArrayList<>(day.threads());
      threads.addAll(week.threads());
      out.set(out.indexOf(day), of(day.day(), day.place(), threads));
      out.remove(week);
    }
    return out;
  }

  /** A day as itself, a week ("2026-W40") as its Sunday, so weeks sort among days. */
  private static String sortDay(String day) {
    if (!ThreadKey.WEEK.matcher(day).matches()) return day;
    java.time.LocalDate monday = java.time.LocalDate.of(Integer.parseInt(day.substring(0, 4)), 1, 4)
        .with(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(day.substring(6)))
        .with(java.time.DayOfWeek.MONDAY);
    return monday.plusDays(6).toString();
  }

  private static boolean inWeek(String day, String week) {
    if (day == null || day.length() < 10 || ThreadKey.WEEK.matcher(day).matches()) return false;
    java.time.LocalDate d = java.time.LocalDate.parse(day.substring(0, 10));
    String iso = String.format(Locale.ROOT, "%04d-W%02d", d.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR),
        d.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    return iso.equals(week);
  }

  /** Whether two lines name one place: the same, or one is a state the other's threads lie in, or one has none. */
  private static boolean samePlace(IncidentLine a, IncidentLine b) {
    if (a.place() == null || b.place() == null || a.place().equalsIgnoreCase(b.place())) return true;
    return a.threads().stream().anyMatch(t -> t.place() != null && stateName(t.place()).equalsIgnoreCase(b.place()))
        || b.threads().stream().anyMatch(t -> t.place() != null && stateName(t.place()).equalsIgnoreCase(a.place()));
  }

  /** A place's name (kept in lower case by the ledger), not a state's id nor nothing. */
  private static boolean named(String place) {
    return place != null && !place.equals(place.toUpperCase(Locale.ROOT));
  }

  /** A state's name from the catalog ("LBN" as "Lebanon"), else its id. */
  static String stateName(String id) {
    org.sitrep.actors.CatalogEntry known = org.sitrep.actors.Catalog.load().byId(id);
    return known == null || known.name() == null ? id : known.name();
  }

  /** "port sudan" as "Port Sudan". */
  static String display(String place) {
    StringBuilder b = new StringBuilder(place.length());
    boolean start = true;
    for (char c : place.toCharArray()) {
      b.append(start ? Character.toUpperCase(c) : c);
      start = c == ' ' || c == '-';
    }
    return b.toString();
  }

  /** A thread's latest figure as a phrase: "16 people killed", "12 buildings (infrastructure)". */
  static String phrase(ThreadLine l) {
    // "63 wounded": the subject that only names the harm is said once
    boolean harmOnly = l.subject() == null || HARM_WORDS.contains(l.subject().toLowerCase(Locale.ROOT));
    String subject = harmOnly ? "" : " " + l.subject();
    String measure = l.measure();
    int space = measure.indexOf(' ');
    if (measure.equals("casualties")) return l.latest() + subject + " killed or wounded";
    if (HARMS.contains(measure)) return l.latest() + subject + " " + measure;
    if (space > 0) return l.latest() + subject + " " + measure.substring(space + 1);
    return l.latest() + subject + " (" + measure + ")";
  }

  private static List<String> claimantsOf(List<ThreadLine> threads) {
    Set<String> names = new LinkedHashSet<>();
    for (ThreadLine l : threads) {
      for (String s : l.latestByClaimant()) {
        int colon = s.lastIndexOf(": ");
        names.add(colon < 0 ? s : s.substring(0, colon));
      }
    }
    return List.copyOf(names);
  }
}
