package org.sitrep.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.sitrep.record.Event;
import org.sitrep.record.Span;

/**
 * Merges the mentions of one event within an article: same type, the same or a subset of actors
 * and recipients, compatible dates. A definite mention without actors of its own ("the
 * deployment") is the last event of its type.
 */
final class EventMerger {
  private final List<Event> events = new ArrayList<>();

  void add(Event e, boolean definite) {
    for (int i = events.size() - 1; i >= 0; i--) {
      Event old = events.get(i);
      boolean anaphor = definite && e.actors().isEmpty() && e.type().equals(old.type());
      if (anaphor || sameEvent(old, e)) {
        events.set(i, merge(old, e));
        return;
      }
    }
    if (!e.actors().isEmpty() || !e.recipients().isEmpty()) events.add(e);
  }

  List<Event> events() {
    return List.copyOf(events);
  }

  private static boolean sameEvent(Event a, Event b) {
    return a.type().equals(b.type())
        && a.negated() == b.negated()
        && compatible(a.actors(), b.actors()) && compatible(a.recipients(), b.recipients())
        && (a.time() == null || b.time() == null || a.time().value().equals(b.time().value()))
        && !(a.actors().isEmpty() && b.actors().isEmpty());
  }

  /** Equal lists, or one empty, or one a subset of the other. */
  private static boolean compatible(List<String> a, List<String> b) {
    if (a.isEmpty() || b.isEmpty()) return true;
    return new HashSet<>(a).containsAll(b) || new HashSet<>(b).containsAll(a);
  }

  private static Event merge(Event a, Event b) {
    List<Span> evidence = new ArrayList<>(a.evidence());
    for (Span s : b.evidence()) if (!evidence.contains(s)) evidence.add(s);
    return new Event(a.type(), a.mode() != null ? a.mode() : b.mode(), union(a.actors(), b.actors()),
        union(a.recipients(), b.recipients()), a.place() != null ? a.place() : b.place(),
        a.time() != null ? a.time() : b.time(), a.negated(), a.hypothetical() && b.hypothetical(),
        a.future() && b.future(), a.trigger(), evidence, a.finder());
  }

  private static List<String> union(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    for (String s : b) if (!out.contains(s)) out.add(s);
    return out;
  }
}
