package org.sitrep.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.time.Rule.StoryStep;

/**
 * Resolves expressions that count from the story's own time rather than the publication date:
 * "that year" after "in 1988" is 1988, "the following year" after "May 22, 1995" is 1996, "the
 * next morning" the day after the last day named. The anchor is the last expression before it
 * with a calendar value of the needed precision; without one the rule's fallback value stays.
 */
final class StoryDates {
  private static final Pattern CALENDAR = Pattern.compile("^(\\d{4})(?:-(\\d\\d)(?:-(\\d\\d))?)?");

  private LocalDate day;
  private YearMonth month;
  private Integer year;

  private StoryDates() {}

  /** The expressions, in text order, with every story step resolved where the text allows. */
  static List<TimeExpression> resolve(String text, List<TimeExpression> found, List<StoryStep> steps) {
    StoryDates story = new StoryDates();
    List<TimeExpression> out = new ArrayList<>(found.size());
    for (int i = 0; i < found.size(); i++) {
      TimeExpression e = found.get(i);
      StoryStep step = steps.get(i);
      String value = step == null ? null : story.value(step);
      if (value != null) e = new TimeExpression(e.text(), e.start(), e.end(), e.type(), value);
      out.add(e);
      story.remember(e);
      // "medics said on Friday": the day of a report is no day of the story's acts
      if (!datesAReport(text, e)) story.actDay = story.day;
    }
    return out;
  }

  /** The last day the story's acts were named on, leaving out days of reports. */
  private LocalDate actDay;

  private static final Pattern REPORTED = Pattern.compile(
      "(?i)\\b(?:said|says|told [\\w ]{1,25}?|announced|reported|added|stated|wrote|confirmed)"
          + "\\s+(?:(?:late|early)\\s+)?(?:on\\s+)?$");

  private static boolean datesAReport(String text, TimeExpression e) {
    return REPORTED.matcher(text.substring(Math.max(0, e.start() - 40), e.start())).find();
  }

  private String value(StoryStep step) {
    if (step.unit() == ChronoUnit.DAYS) {
      // a clock time with no day of its own is on the day of the acts told before it
      LocalDate base = step.clock() == null ? day : actDay;
      if (step.clock() == null && dayIn != null) return step.offset() == 0 ? dayIn + "-XX" : null;
      if (base == null) return null;
      return base.plusDays(step.offset()) + (step.clock() == null ? "" : step.clock());
    }
    if (step.unit() == ChronoUnit.MONTHS) {
      return month == null ? null : month.plusMonths(step.offset()).toString();
    }
    return year == null ? null : String.format(java.util.Locale.ROOT, "%04d", year + step.offset());
  }

  private void remember(TimeExpression e) {
    if (!"DATE".equals(e.type()) && !"TIME".equals(e.type())) return;
    Matcher m = CALENDAR.matcher(e.value());
    if (!m.find()) return;
    year = Integer.parseInt(m.group(1));
    if (m.group(2) == null) {
      if (day != null && day.getYear() != year) {
        dayIn = String.format(java.util.Locale.ROOT, "%04d-XX", year);
      }
      return;
    }
    int mm = Integer.parseInt(m.group(2));
    if (mm < 1 || mm > 12) return;
    month = YearMonth.of(year, mm);
    if (m.group(3) == null) {
      if (day != null && !YearMonth.from(day).equals(month)) dayIn = month.toString();
      return;
    }
    LocalDate d = Anchor.safeDate(year, mm, Integer.parseInt(m.group(3)));
    if (d != null) {
      day = d;
      dayIn = null;
    }
  }

  /**
   * A month or year named after the last day and outside it ("most recently last October, when
   * ..."): "that same day" is then an unknown day of it, 1998-10-XX, and no day counts from the
   * last day any more.
   */
  private String dayIn;
}
