package org.sitrep.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.record.Event;
import org.sitrep.record.Place;
import org.sitrep.record.Span;

/**
 * Merges the mentions of one event within an article: same type, the same or a subset of actors
 * and recipients, compatible modes, dates and places. A definite mention without actors of its own ("the
 * deployment") is the last event of its type. An act over a period ("since November 2023 the
 * Houthis have attacked 100 ships") is a campaign: it never merges with a single act.
 */
final class EventMerger {
  private final List<Event> events = new ArrayList<>();
  /** The trigger lemma of each event, by index. */
  private final List<String> lemmas = new ArrayList<>();
  /** Whether each event, by index, is dated by the start of a period ("since ..."). */
  private final List<Boolean> periods = new ArrayList<>();
  private final java.util.function.UnaryOperator<String> state;

  /** @param state maps an actor to the state it acts for, so PRK's army and PRK can merge */
  EventMerger(java.util.function.UnaryOperator<String> state) {
    this.state = state;
  }

  /**
   * Adds an event whose trigger has the lemma {@code lemma}: a definite mention without actors ("the
   * strikes") is the latest event of its type with the same trigger lemma ("struck"), else the
   * latest of its type.
   */
  void add(Event e, boolean definite, String lemma) {
    add(e, definite, lemma, false);
  }

  /** {@link #add(Event, boolean, String)} for an act over a period when {@code period} holds. */
  void add(Event e, boolean definite, String lemma, boolean period) {
    boolean anaphor = definite && e.actors().isEmpty();
    if (anaphor && lemma != null) {
      for (int i = events.size() - 1; i >= 0; i--) {
        if (events.get(i).type().equals(e.type()) && lemma.equals(lemmas.get(i)) && periods.get(i) == period) {
          events.set(i, merge(events.get(i), e));
          return;
        }
      }
    }
    // "Fighters attacked a post near Djibo ... JNIM claimed responsibility for the attack": a definite
    // mention with a doer names the doer of the latest act of its type that had none
    if (definite && !e.actors().isEmpty()) {
      for (int i = events.size() - 1; i >= 0; i--) {
        Event old = events.get(i);
        if (periods.get(i) != period || !old.type().equals(e.type())) continue;
        boolean selfAct = states(old.recipients()).stream().anyMatch(states(e.actors())::contains);
        if (old.actors().isEmpty() && !selfAct && samePlace(old.place(), e.place()) && (old.recipients().isEmpty()
            || e.recipients().isEmpty() || nested(states(old.recipients()), states(e.recipients())))) {
          events.set(i, merge(old, e));
          return;
        }
        break;
      }
    }
    for (int i = events.size() - 1; i >= 0; i--) {
      Event old = events.get(i);
      if (periods.get(i) != period) continue;
      if (anaphor && e.type().equals(old.type()) || sameEvent(old, e)) {
        events.set(i, merge(old, e));
        return;
      }
    }
    if (!e.actors().isEmpty() || !e.recipients().isEmpty()) {
      events.add(e);
      lemmas.add(lemma);
      periods.add(period);
    }
  }

  List<Event> events() {
    return List.copyOf(events);
  }

  /**
   * The same type, the same actors (up to the states they act for) or none in the same sentence,
   * compatible rest.
   */
  private boolean sameEvent(Event a, Event b) {
    return a.type().equals(b.type())
        && (a.mode() == null || b.mode() == null || a.mode().equals(b.mode()))
        && a.negated() == b.negated()
        && (!a.actors().isEmpty() && !b.actors().isEmpty() && nested(states(a.actors()), states(b.actors()))
            // "a bombing near Belgorod killed two soldiers": one act of unnamed hands, told once
            || a.actors().isEmpty() && b.actors().isEmpty() && a.evidence().equals(b.evidence()))
        && (a.recipients().isEmpty() || b.recipients().isEmpty()
            || nested(states(a.recipients()), states(b.recipients())))
        && (a.time() == null || b.time() == null || sameTime(a.time().value(), b.time().value()))
        && samePlace(a.place(), b.place());
  }

  private static final java.util.regex.Pattern DAY = java.util.regex.Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(T.*)?");

  /**
   * Whether two dates can be one act's: the same value, the same day at two times, or a night and
   * the day it runs into ("Friday night", and "in the early hours of Saturday"). A night is the
   * one that starts on its day: Saturday's "overnight" is Friday's night.
   */
  static boolean sameTime(String a, String b) {
    if (a.equals(b)) return true;
    var x = DAY.matcher(a);
    var y = DAY.matcher(b);
    if (!x.matches() || !y.matches()) return false;
    if (x.group(1).equals(y.group(1))) return true;
    return nightAfter(a, x.group(1), y.group(1)) || nightAfter(b, y.group(1), x.group(1));
  }

  /** Whether a night's value is of the day before another day: the night that ran into that day. */
  private static boolean nightAfter(String value, String nightDay, String day) {
    if (!value.endsWith("TNI")) return false;
    try {
      return java.time.LocalDate.parse(nightDay).plusDays(1).toString().equals(day);
    } catch (java.time.format.DateTimeParseException e) {
      return false;
    }
  }

  /**
   * Whether two places can be where one event happened: either unknown, the same name, or one the
   * country the other is in. Two towns, two regions or two countries are two events ("strikes on
   * Gaza City" and "troops killed 12 in Rafah").
   */
  static boolean samePlace(Place a, Place b) {
    if (a == null || b == null || a.name() == null || b.name() == null || a.name().equals(b.name())) return true;
    if (a.country() == null || !a.country().equals(b.country())) return false;
    if ("country".equals(a.precision()) || "country".equals(b.precision())) return true;
    return a.precision() == null || !a.precision().equals(b.precision());
  }

  private Set<String> states(List<String> ids) {
    Set<String> out = new HashSet<>();
    for (String id : ids) out.add(state.apply(id));
    return out;
  }

  /** One set holds the other. */
  private static boolean nested(Set<String> a, Set<String> b) {
    return a.containsAll(b) || b.containsAll(a);
  }

  private Event merge(Event a, Event b) {
    List<Span> evidence = new ArrayList<>(a.evidence());
    for (Span s : b.evidence()) if (!evidence.contains(s)) evidence.add(s);
    return new Event(a.type(), a.mode() != null ? a.mode() : b.mode(), union(a.actors(), b.actors()),
        union(a.recipients(), b.recipients()).stream().filter(r -> !a.actors().contains(r)).toList(), a.place() != null ? a.place() : b.place(),
        a.time() != null ? a.time() : b.time(), a.negated(), a.hypothetical() && b.hypothetical(),
        a.future() && b.future(), a.trigger(), evidence, a.finder());
  }

  /** Both lists, one actor per state: PRK's army adds nothing to PRK. */
  private List<String> union(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    Set<String> states = states(a);
    for (String s : b) if (states.add(state.apply(s))) out.add(s);
    return out;
  }
}
