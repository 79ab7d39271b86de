package org.sitrep.cli;

import java.io.PrintWriter;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.sitrep.record.Actor;
import org.sitrep.record.Claim;
import org.sitrep.record.Event;
import org.sitrep.record.Quote;
import org.sitrep.record.Record;
import org.sitrep.record.Span;

/** The readable form of a record: title and date, figures, quotes, events, actors. */
final class Summary {
  private static final int QUOTE_WIDTH = 110;
  private final PrintWriter out;

  Summary(PrintWriter out) {
    this.out = out;
  }

  void print(Record r) {
    var a = r.article();
    out.println(a.title() == null ? "(untitled)" : a.title());
    out.println("  " + (a.published() == null ? "date unknown" : a.published())
        + (a.source() == null ? "" : " · " + a.source()) + " · " + a.id().substring(0, 12));
    section("Figures", r.claims().size());
    for (Claim c : r.claims()) out.println("  " + figure(c));
    section("Quotes", r.quotes().size());
    for (Quote q : r.quotes()) out.println("  " + quote(q));
    section("Events", r.events().size());
    for (Event e : r.events()) out.println("  " + event(e));
    section("Actors", r.actors().size());
    for (Actor x : r.actors()) out.println("  " + actor(x));
  }

  private void section(String name, int count) {
    out.println();
    out.println(name + " (" + count + ")");
  }

  static String figure(Claim c) {
    StringBuilder sb = new StringBuilder(range(c));
    if (countsItsSubject(c)) {
      sb.append(connector(c)).append(c.subject().text());
    } else {
      // an amount reads in its currency or area unit ("47.6 USD"), not as "47.6 money"
      boolean amount = ("money".equals(c.measure()) || "territory".equals(c.measure())) && c.unit() != null;
      sb.append(' ').append(amount ? c.unit() : c.measure());
      if (c.subject() != null) sb.append(": ").append(c.subject().text());
    }
    if (c.subject() != null && c.subject().actor() != null) sb.append(" [").append(c.subject().actor()).append(']');
    if (c.per() != null) sb.append(" per ").append(c.per());
    if (!"total".equals(c.kind())) sb.append(" (").append(c.kind()).append(')');
    if (c.place() != null) sb.append(" in ").append(c.place().name());
    if (c.time() != null) sb.append(", ").append(c.time().value());
    sb.append(" — ").append(c.source() == null ? "reporter's own voice" : "according to " + who(c.source().text(), c.source().actor()));
    if (c.hedged()) sb.append(" (hedged)");
    return sb.toString();
  }

  /**
   * Whether the figure reads better as the count of its subject ("65 drones") than as a measure
   * ("65 weapons: drones"): a measure that only names the class of thing counted.
   */
  private static boolean countsItsSubject(Claim c) {
    return c.subject() != null && ("weapons".equals(c.measure()) || "other".equals(c.measure()));
  }

  /** The words between the number and its subject as the text has them (" of" in "dozens of"), else a space. */
  private static String connector(Claim c) {
    Span q = c.quantity();
    Span e = c.evidence();
    if (q == null || e == null || c.subject().start() == null) return " ";
    int from = q.end();
    int to = c.subject().start();
    if (from < e.start() || to > e.end() || to < from || to - from > 4) return " ";
    String between = e.text().substring(from - e.start(), to - e.start());
    return between.isBlank() || !between.strip().chars().allMatch(Character::isLetter) ? " "
        : " " + between.strip() + " ";
  }

  static String range(Claim c) {
    String prefix = switch (c.qualifier() == null ? "exact" : c.qualifier()) {
      case "approximate" -> "about ";
      case "at_least" -> "at least ";
      case "more_than" -> "more than ";
      case "at_most" -> "up to ";
      case "less_than" -> "fewer than ";
      default -> "";
    };
    String low = number(c.low());
    boolean single = c.high() == null || c.high().equals(c.low());
    if ("vague".equals(c.qualifier())) return c.quantity().text();
    return prefix + (single ? low : low + "–" + number(c.high()));
  }

  private static String number(Double d) {
    if (d == null) return "?";
    NumberFormat f = NumberFormat.getNumberInstance(Locale.ROOT);
    f.setGroupingUsed(true);
    f.setMaximumFractionDigits(2);
    return f.format(d);
  }

  static String quote(Quote q) {
    String speaker = q.speaker() == null ? "unattributed" : who(q.speaker().text(), q.speaker().actor());
    String text = q.text().length() > QUOTE_WIDTH ? q.text().substring(0, QUOTE_WIDTH - 1) + "…" : q.text();
    return speaker + ": “" + text + "”";
  }

  static String event(Event e) {
    StringBuilder sb = new StringBuilder(e.type());
    if (e.mode() != null) sb.append('/').append(e.mode());
    sb.append(' ').append(join(e.actors())).append(" → ").append(join(e.recipients()));
    if (e.place() != null) sb.append(" in ").append(e.place().name());
    if (e.time() != null) sb.append(", ").append(e.time().value());
    List<String> flags = new java.util.ArrayList<>();
    if (e.negated()) flags.add("negated");
    if (e.hypothetical()) flags.add("hypothetical");
    if (e.future()) flags.add("future");
    if (!flags.isEmpty()) sb.append(" (").append(String.join(", ", flags)).append(')');
    sb.append(" — “").append(e.trigger()).append('”');
    return sb.toString();
  }

  static String actor(Actor a) {
    String where = a.country() == null ? "" : ", " + a.country();
    return a.id() + " — " + a.name() + " (" + a.kind() + where + "), " + a.mentions().size()
        + (a.mentions().size() == 1 ? " mention" : " mentions");
  }

  /** "Lysak [serhiy-lysak]"; a resolved pronoun leads with what it stands for: "rus-defence-ministry (“It”)". */
  private static String who(String text, String actor) {
    if (actor == null) return text;
    return org.sitrep.actors.Pronouns.isPronoun(text) ? actor + " (“" + text + "”)" : text + " [" + actor + "]";
  }

  private static String join(List<String> ids) {
    return ids.isEmpty() ? "?" : String.join(", ", ids);
  }
}
