package org.sitrep.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Finds time expressions in text and normalises them to TIMEX3 values, resolving relative ones ("on
 * Monday", "last week", "earlier this year") against a reference date, normally the publication
 * date. Rule-based in the manner of HeidelTime: each rule is a precompiled pattern with a
 * normaliser; where matches overlap, the one that starts first wins, then the longest, then the
 * rule listed first. Instances are immutable and thread-safe.
 *
 * <p>A weekday named alone is the reference day itself or the latest one before it, since news
 * reports in the past tense; when the clause before it speaks of the future ("will", "is scheduled
 * to", "next", "until", "as early as"; not after a past perfect such as "had been due to") it is
 * the next one instead. Months and seasons named alone follow the same rule.
 *
 * <p>Two kinds of expression look past the publication date: the story's own time ("that year",
 * "the following year", "the next morning") counts from the last date the text named before it
 * ({@link StoryDates}), and in reports of quarterly results "a year earlier" is the reported
 * quarter a year back ({@link ReportingQuarter}).
 */
public final class TimeFinder {
  private final List<Rule> rules;
  private final RuleIndex index;

  public TimeFinder() {
    List<Rule> all = new ArrayList<>();
    all.addAll(ClockRules.all());
    all.addAll(DateRules.all());
    all.addAll(PeriodRules.all());
    all.addAll(HolidayRules.all());
    all.addAll(RelativeRules.all());
    all.addAll(SetRules.all());
    all.addAll(DurationRules.all());
    all.addAll(ReferenceRules.all());
    this.rules = List.copyOf(all);
    this.index = new RuleIndex(rules);
  }

  /**
   * The time expressions in {@code text}, in text order, without overlaps.
   *
   * @param reference the publication date; null leaves relative values unresolved ("XXXX-XX-XX")
   */
  public List<TimeExpression> find(String text, LocalDate reference) {
    if (text == null || text.isEmpty()) return List.of();
    Anchor anchor = reference == null ? Anchor.NONE : new Anchor(reference);
    List<Candidate> candidates = collect(text, anchor);
    candidates.sort(
        Comparator.comparingInt(Candidate::start)
            .thenComparing(Comparator.comparingInt(Candidate::length).reversed())
            .thenComparingInt(Candidate::rule));
    List<TimeExpression> found = new ArrayList<>();
    List<Rule.StoryStep> steps = new ArrayList<>();
    int end = 0;
    for (Candidate c : candidates) {
      if (c.start() < end) continue;
      if (Titles.inName(text, c.expression())) continue;
      found.add(c.expression());
      steps.add(c.story());
      end = c.expression().end();
    }
    return StoryDates.resolve(text, found, steps);
  }

  /**
   * One pass over the text: at each word start (and apostrophe), try the rules whose match can
   * begin with the words there, anchored there.
   */
  private List<Candidate> collect(String text, Anchor anchor) {
    List<Candidate> out = new ArrayList<>();
    Matcher[] matchers = new Matcher[rules.size()];
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      boolean wordChar = Character.isLetterOrDigit(ch);
      boolean start = wordChar ? !inWord : "'‘’".indexOf(ch) >= 0;
      inWord = wordChar;
      if (!start) continue;
      for (int r : index.candidates(text, i)) tryRule(text, anchor, i, r, matchers, out);
    }
    return out;
  }

  private void tryRule(
      String text, Anchor anchor, int at, int r, Matcher[] matchers, List<Candidate> out) {
    Rule rule = rules.get(r);
    Matcher m = matchers[r];
    if (m == null) {
      m = rule.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
      matchers[r] = m;
    }
    m.region(at, text.length());
    if (!m.lookingAt() || m.end() == m.start()) return;
    Rule.Value v = rule.resolver().resolve(m, new Context(text, m.start(), m.end(), anchor));
    if (v == null) return;
    out.add(
        new Candidate(
            new TimeExpression(m.group(), m.start(), m.end(), v.type(), v.value()), r, v.story()));
  }

  private record Candidate(TimeExpression expression, int rule, Rule.StoryStep story) {
    int start() {
      return expression.start();
    }

    int length() {
      return expression.end() - expression.start();
    }
  }
}
