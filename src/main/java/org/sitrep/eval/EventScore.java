package org.sitrep.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The figures of {@code sitrep eval events}. Every gold sentence counts for the type (finding no
 * event is a miss); actor and recipient country count only where the gold names one, and are
 * right when one of our codes is one of the gold's (a missing actor is a miss).
 */
public final class EventScore {
  static final String NONE = "-";

  private final List<EventCase> cases;

  EventScore(List<EventCase> cases) {
    this.cases = List.copyOf(cases);
  }

  public int sentences() {
    return cases.size();
  }

  public double typeAccuracy() {
    return ratio(count(c -> c.typeRight()), cases.size());
  }

  public double actorAccuracy() {
    return ratio(count(c -> Boolean.TRUE.equals(c.actorRight())), count(c -> c.actorRight() != null));
  }

  public double recipientAccuracy() {
    return ratio(count(c -> Boolean.TRUE.equals(c.recipientRight())), count(c -> c.recipientRight() != null));
  }

  /** The figures by their snake_case names, as printed by --json and checked by the floors. */
  public Map<String, Object> figures() {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("sentences", cases.size());
    f.put("event_type_accuracy", round(typeAccuracy()));
    f.put("actor_country_accuracy", round(actorAccuracy()));
    f.put("recipient_country_accuracy", round(recipientAccuracy()));
    f.put("type_right", count(EventCase::typeRight));
    f.put("no_event", count(c -> c.type() == null));
    f.put("actor_cases", count(c -> c.actorRight() != null));
    f.put("actor_right", count(c -> Boolean.TRUE.equals(c.actorRight())));
    f.put("recipient_cases", count(c -> c.recipientRight() != null));
    f.put("recipient_right", count(c -> Boolean.TRUE.equals(c.recipientRight())));
    return f;
  }

  /** Gold type, then our type ("-" for no event), then how many sentences. */
  public Map<String, Map<String, Integer>> confusion() {
    Map<String, Map<String, Integer>> m = new TreeMap<>();
    for (EventCase c : cases) {
      String ours = c.type() == null ? NONE : c.type();
      m.computeIfAbsent(c.gold().type(), k -> new TreeMap<>()).merge(ours, 1, Integer::sum);
    }
    return m;
  }

  /**
   * The cases split into two fixed random halves by id (the same seed gives the same split): one
   * to read misses on while developing, one held out. Returns {first half, second half}.
   */
  public List<EventScore> halves(long seed) {
    List<String> ids = new ArrayList<>(cases.stream().map(c -> c.gold().id()).sorted().toList());
    java.util.Collections.shuffle(ids, new java.util.Random(seed));
    java.util.Set<String> first = new java.util.HashSet<>(ids.subList(0, ids.size() / 2));
    List<EventCase> a = cases.stream().filter(c -> first.contains(c.gold().id())).toList();
    List<EventCase> b = cases.stream().filter(c -> !first.contains(c.gold().id())).toList();
    return List.of(new EventScore(a), new EventScore(b));
  }

  /** One line per miss: what went wrong, gold against ours, and the sentence. */
  public List<String> misses() {
    List<String> out = new ArrayList<>();
    for (EventCase c : cases) {
      List<String> wrong = new ArrayList<>();
      if (!c.typeRight()) wrong.add("type");
      if (Boolean.FALSE.equals(c.actorRight())) wrong.add("actor");
      if (Boolean.FALSE.equals(c.recipientRight())) wrong.add("recipient");
      if (wrong.isEmpty()) continue;
      out.add(String.join(",", wrong) + "\t" + c.gold().id() + "\tgold " + c.gold().goldType() + " "
          + c.gold().sources() + "->" + c.gold().targets() + "\tours " + (c.type() == null ? NONE : c.type())
          + "(" + c.trigger() + ") " + c.actors() + "->" + c.recipients() + "\t" + c.gold().text());
    }
    return out;
  }

  /** The confusion as a text table: rows gold, columns ours. */
  public String confusionTable() {
    Map<String, Map<String, Integer>> m = confusion();
    TreeSet<String> cols = new TreeSet<>();
    m.values().forEach(r -> cols.addAll(r.keySet()));
    StringBuilder sb = new StringBuilder(String.format(java.util.Locale.ROOT, "%-10s", "gold\\ours"));
    for (String c : cols) sb.append(String.format(java.util.Locale.ROOT, " %4s", c.substring(0, Math.min(4, c.length()))));
    sb.append('\n');
    m.forEach((gold, row) -> {
      sb.append(String.format(java.util.Locale.ROOT, "%-10s", gold));
      for (String c : cols) {
        int n = row.getOrDefault(c, 0);
        sb.append(String.format(java.util.Locale.ROOT, " %4s", n == 0 ? "." : Integer.toString(n)));
      }
      sb.append('\n');
    });
    return sb.toString();
  }

  private int count(java.util.function.Predicate<EventCase> p) {
    return (int) cases.stream().filter(p).count();
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }

  private static double round(double d) {
    return Math.round(d * 10000) / 10000.0;
  }
}
