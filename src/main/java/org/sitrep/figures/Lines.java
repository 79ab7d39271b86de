package org.sitrep.figures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.store.LedgerStore.Summary;

/** Thread table lines from summary rows, with the stale flag measured from a day. */
final class Lines {
  private Lines() {}

  static ThreadLine of(Summary s, LocalDate asOf, int staleDays) {
    List<String> flags = new ArrayList<>();
    if (s.disputed()) flags.add("disputed");
    if (s.lastDay() != null && LocalDate.parse(s.lastDay()).isBefore(asOf.minusDays(staleDays))) {
      flags.add("stale");
    }
    if (s.revised()) flags.add("revised");
    return new ThreadLine(s.thread(), s.subject(), measure(s),
        s.kind(), Amount.range(s.centralLow(), s.centralHigh()), Amount.range(s.low(), s.high()),
        s.claimants(), flags, s.lastDay(), s.claims(), s.stories(), s.basis(), latest(s.latest()),
        s.incident(), s.place(), s.area());
  }

  /** "killed", "displaced per week", "weapons intercepted", "killed in 2025". */
  static String measure(Summary s) {
    return s.measure() + (s.fate() == null ? "" : " " + s.fate()) + (s.per() == null ? "" : " per " + s.per())
        + (s.period() == null ? "" : " " + s.period());
  }

  /** "key=Name: range (day); key=Name: ..." to "Name: range (day)" per claimant, without regexes. */
  private static List<String> latest(String packed) {
    if (packed == null || packed.isEmpty()) return List.of();
    List<String> out = new ArrayList<>();
    int from = 0;
    while (from <= packed.length()) {
      int end = packed.indexOf("; ", from);
      if (end < 0) end = packed.length();
      int eq = packed.indexOf('=', from);
      out.add(packed.substring(eq < 0 || eq > end ? from : eq + 1, end));
      from = end + 2;
    }
    return out;
  }

  static boolean matches(Summary s, ThreadFilter f) {
    if (f.measure() != null && !f.measure().equalsIgnoreCase(s.measure())) return false;
    if (f.kind() != null && !f.kind().equalsIgnoreCase(s.kind())) return false;
    if (f.since() != null && (s.lastDay() == null || s.lastDay().compareTo(f.since().toString()) < 0)) {
      return false;
    }
    if (f.actor() != null && !f.actor().equals(s.state())
        && (s.latest() == null || !(";" + s.latest()).contains(" " + f.actor() + "=")
            && !s.latest().startsWith(f.actor() + "="))) {
      return false;
    }
    if (f.text() == null) return true;
    String text = f.text().toLowerCase(Locale.ROOT);
    return contains(s.subject(), text) || contains(s.measure(), text) || contains(s.noun(), text);
  }

  private static boolean contains(String field, String lower) {
    return field != null && field.toLowerCase(Locale.ROOT).contains(lower);
  }
}
