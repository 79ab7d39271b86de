package org.sitrep.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "the first three months", "the first six months of 2025", "the first 10 days of March": TimeML
 * reads each as a DURATION (P3M), which is how the TempEval data marks them; but a figure counted
 * "in the first three months" is counted over a span of the calendar, January to March. For
 * figures, such a duration becomes a DATE whose value is that span as an ISO 8601 interval
 * ("2026-01/2026-03"), with the year or month it is "of" taken in, else the report's year for
 * months: only when the span has ended by the report's day.
 */
public final class YearParts {
  private YearParts() {}

  private static final Pattern FIRST = Pattern.compile(
      "(?i)^the\\s+first\\s+(" + Lexicon.COUNT + ")\\s+(months|days)$");
  /** The words between the duration and the year or month it is of: " of ", " of the ". */
  private static final Pattern OF = Pattern.compile("(?i)^\\s+of\\s+$");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

  /**
   * The expressions, with each first part of a year or month turned into its span of the
   * calendar (and the year or month it is of dropped, being inside it); the others as they are.
   */
  public static List<TimeExpression> asSpans(List<TimeExpression> times, String text, LocalDate published) {
    List<TimeExpression> out = new ArrayList<>(times.size());
    for (int i = 0; i < times.size(); i++) {
      TimeExpression t = times.get(i);
      Matcher m = "DURATION".equals(t.type()) ? FIRST.matcher(t.text().strip()) : null;
      if (m == null || !m.matches()) {
        out.add(t);
        continue;
      }
      String count = Lexicon.count(m.group(1));
      boolean months = m.group(2).equalsIgnoreCase("months");
      TimeExpression of = i + 1 < times.size() ? times.get(i + 1) : null;
      boolean taken = of != null && "DATE".equals(of.type()) && of.value() != null && of.start() >= t.end()
          && OF.matcher(text.substring(t.end(), of.start())).matches();
      String span = count.matches("\\d+")
          ? span(Integer.parseInt(count), months, taken ? of.value() : null, published) : null;
      if (span == null) {
        out.add(t);
        continue;
      }
      int end = taken ? of.end() : t.end();
      out.add(new TimeExpression(text.substring(t.start(), end), t.start(), end, "DATE", span));
      if (taken) i++;
    }
    return out;
  }

  /**
   * The span of the first {@code n} months of a year, or days of a month, as "start/end"; null
   * when it cannot be told, or has not ended by the report's day.
   */
  private static String span(int n, boolean months, String of, LocalDate published) {
    if (n < 2) return null;
    if (months) {
      Integer year = of != null && YEAR.matcher(of).matches() ? Integer.valueOf(of)
          : of == null && published != null ? Integer.valueOf(published.getYear()) : null;
      if (year == null || n > 12) return null;
      YearMonth last = YearMonth.of(year, n);
      if (published != null && !last.atEndOfMonth().isBefore(published)) return null;
      return YearMonth.of(year, 1) + "/" + last;
    }
    Matcher m = of == null ? null : MONTH.matcher(of);
    if (m == null || !m.matches()) return null;
    YearMonth month = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    if (n > month.lengthOfMonth()) return null;
    return month.atDay(1) + "/" + month.atDay(n);
  }
}
