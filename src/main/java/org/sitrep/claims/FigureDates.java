package org.sitrep.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;
import org.sitrep.record.TimeRef;
import org.sitrep.time.NearestDate;
import org.sitrep.time.TimeExpression;

/**
 * Which date dates a figure: the one nearest it in its own clauses, not the date of a report, of
 * another clause's act or of a period another clause starts; the one right after a compared
 * figure; and the dates a sentence gives its own acts, by which a story moves on from an attack.
 */
final class FigureDates {
  private FigureDates() {}

  /** Characters after a compared figure within which its own date may start ("up from 10,000 last autumn"). */
  private static final int OWN_DATE_REACH = 4;

  private static final java.util.regex.Pattern DATED = java.util.regex.Pattern.compile("\\d{4}.*");

  /**
   * The dates a sentence gives its own acts, not its report ("Last month, the RSF captured El
   * Fasher", not "said on Friday"): resolved values only, so that "now" moves no story on.
   */
  static List<String> own(Sentence s, List<TimeExpression> times) {
    List<String> out = new ArrayList<>();
    for (TimeExpression t : times) {
      if (t.start() < s.start() || t.end() > s.end() || t.value() == null || !DATED.matcher(t.value()).matches()) continue;
      if (("DATE".equals(t.type()) || "TIME".equals(t.type())) && !datesTheReport(s, t)) out.add(t.value());
    }
    return out;
  }

  /**
   * Whether the dates told between an attack and a later figure are all of the attack's day: a
   * story that moves to another time ("Last month, ...", or from a day's strike to that night's
   * barrage, "Overnight, ...") leaves the attack behind.
   */
  static boolean sameDay(TimeRef attack, List<String> between) {
    String day = attack.value() == null || attack.value().length() < 10 ? attack.value() : attack.value().substring(0, 10);
    boolean night = attack.value() != null && attack.value().endsWith(NIGHT);
    for (String d : between) if (day == null || !d.startsWith(day) || d.endsWith(NIGHT) != night) return false;
    return true;
  }

  /** The TIMEX3 part of day of a night, an incident of its own: "2025-07-01TNI". */
  private static final String NIGHT = "TNI";

  /** The date right after a compared figure, which is that figure's alone; null when none. */
  static TimeRef rightAfter(Sentence s, Quantity q, List<TimeExpression> times) {
    for (TimeExpression t : times) {
      if (!"DATE".equals(t.type()) || t.start() < q.end() || t.end() > s.end()) continue;
      if (t.start() <= q.end() + OWN_DATE_REACH || reducedRelativeBetween(s, q.end(), t.start())
          || wholeOf(s, q.end(), t.start()) || inItsIncludedPart(s, q, t)) {
        return new TimeRef(t.text(), t.value(), t.start(), t.end());
      }
    }
    return null;
  }

  /** "..., including 1,040 over the past day": a date inside the phrase a part opens is the part's. */
  private static boolean inItsIncludedPart(Sentence s, Quantity q, TimeExpression t) {
    if (!s.isParsed()) return false;
    int figure = s.tokenAt(q.start());
    int date = s.tokenAt(t.end() - 1);
    if (figure < 0 || date < 0) return false;
    Dependency mark = s.childOf(figure, "case");
    if (mark == null || !s.token(mark.dependent()).word().equalsIgnoreCase("including")) return false;
    int[] r = s.subtreeRange(figure);
    return date >= r[0] && date <= r[1];
  }

  private static final java.util.regex.Pattern WHOLE_OF = java.util.regex.Pattern.compile(
      "(?i)\\s*(?:in|during|over|for)\\s+(?:the\\s+)?(?:whole|all|course|entirety|rest)\\s+of\\s+(?:the\\s+)?");

  /** "about 110 in the whole of last year": the span a compared figure covers, in its words. */
  private static boolean wholeOf(Sentence s, int from, int to) {
    String text = s.tokens().stream().filter(t -> t.start() >= from && t.end() <= to).map(Token::word)
        .collect(java.util.stream.Collectors.joining(" "));
    return WHOLE_OF.matcher(" " + text + " ").matches();
  }

  /**
   * "on top of the 11,000 to 12,000 it dispatched last year": a relative clause of a pronoun and a
   * verb in the past between a compared figure and a date, which then dates that figure.
   */
  private static boolean reducedRelativeBetween(Sentence s, int from, int to) {
    List<Token> between = s.tokens().stream().filter(t -> t.start() >= from && t.end() <= to).toList();
    if (between.size() < 2 || between.size() > 3 || !between.get(0).pos().equals("PRP")) return false;
    for (int i = 1; i < between.size(); i++) {
      String pos = between.get(i).pos();
      boolean last = i == between.size() - 1;
      if (last ? !(pos.equals("VBD") || pos.equals("VBN")) : !between.get(i).lemma().equals("have")) return false;
    }
    return true;
  }

  /** A year, a month or a day: the dates a span of two may join ("between January and March"). */
  private static final java.util.regex.Pattern CALENDAR = java.util.regex.Pattern.compile("\\d{4}(?:-\\d{2}){0,2}");
  /** The words that close a span a "from" opens: "from February to April", "from 2022 through 2024". */
  private static final Set<String> UNTIL = Set.of("to", "until", "till", "through", "-", "--", "\u2013");

  /**
   * "killed between January and March", "fled from February to April": a figure's date that opens
   * or closes a span of two dates is the whole span, its value an ISO 8601 interval
   * ("2026-01/2026-03"), its text and offsets from the opening word to the second date. A figure
   * of one incident keeps its day, and a span whose second date is not after its first is none.
   */
  static TimeRef spanned(String text, Sentence s, TimeRef date, List<TimeExpression> times) {
    if (date == null || date.start() == null || date.value() == null) return date;
    for (int i = 0; i + 1 < times.size(); i++) {
      TimeExpression a = times.get(i);
      TimeExpression b = times.get(i + 1);
      if (a.start() != date.start() && b.start() != date.start()) continue;
      int open = s.tokenAt(a.start()) - 1;
      int first = s.tokenAt(a.end() - 1);
      int second = s.tokenAt(b.start());
      if (open < 0 || first < 0 || second != first + 2 || b.end() > s.end()) continue;
      String opener = s.token(open).word().toLowerCase(java.util.Locale.ROOT);
      String joiner = s.token(first + 1).word().toLowerCase(java.util.Locale.ROOT);
      boolean joined = opener.equals("between") ? joiner.equals("and") : opener.equals("from") && UNTIL.contains(joiner);
      if (!joined || a.value() == null || b.value() == null || !CALENDAR.matcher(a.value()).matches()
          || !CALENDAR.matcher(b.value()).matches() || a.value().compareTo(b.value()) >= 0) {
        continue;
      }
      int start = s.token(open).start();
      return new TimeRef(text.substring(start, b.end()), a.value() + "/" + b.value(), start, b.end());
    }
    return date;
  }

  /** The date nearest the figure in its sentence, but not the date of the report ("said on Saturday"). */
  static TimeRef of(Sentence s, Quantity q, List<TimeExpression> times) {
    return of(s, q, -1, times);
  }

  /** As {@link #of(Sentence, Quantity, List)}, knowing the counted noun's token (or -1). */
  static TimeRef of(Sentence s, Quantity q, int noun, List<TimeExpression> times) {
    List<TimeExpression> ofFigure = times.stream()
        .filter(t -> !datesTheReport(s, t) && !anotherClausesSince(s, t, q) && !offChain(s, t, q)
            && !ofAComparedFigure(s, t, q) && !anotherConjunctsOwn(s, t, q) && !sinceBetween(s, t, q, noun)
            && !ofASuperlative(s, t) && !ofARankedNoun(s, t) && !spanOfTheCountBringingIt(s, t, q)
            && !daysApart(s, t, q)
            && !(s.isParsed() && ClaimFinder.partNamedApart(s, s.tokenAt(t.end() - 1), s.tokenAt(q.start())))).toList();
    return NearestDate.in(ofFigure, s.start(), s.end(), q.start());
  }

  /**
   * "struck the port on Monday ..., days after the group fired two missiles": the date of another
   * clause, set apart from the figure's.
   */
  private static boolean daysApart(Sentence s, TimeExpression t, Quantity q) {
    if (!s.isParsed()) return false;
    int date = s.tokenAt(t.end() - 1);
    int figure = s.tokenAt(q.start());
    return date >= 0 && figure >= 0 && Incidents.daysApart(s, figure, Incidents.clauseOf(s, date));
  }

  /** Verbs that bring a running count up to a figure: "bringing the toll to 53,655". */
  private static final Set<String> BRINGING = Set.of("bring", "take", "raise", "push", "lift");

  /**
   * "82 were killed over the previous 24 hours, bringing the toll in the war to 53,655": a duration
   * is the span of the count in its own clause; the running total that count brings up is not
   * counted over it.
   */
  private static boolean spanOfTheCountBringingIt(Sentence s, TimeExpression t, Quantity q) {
    if (!"DURATION".equals(t.type()) || !s.isParsed()) return false;
    int date = s.tokenAt(t.start());
    int figure = s.tokenAt(q.start());
    if (date < 0 || figure < 0) return false;
    int clause = Incidents.clauseOf(s, figure);
    return clause != Incidents.clauseOf(s, date) && BRINGING.contains(s.token(clause).lemma());
  }

  /**
   * "24,000 people were killed last year, and the toll since the war began has passed 72,000": a
   * date after the verb of the clause a figure's clause is conjoined to dates that clause alone when
   * the figure's clause has a subject of its own; a date before both ("On Monday, gunmen stormed a
   * village and 12 people died") is theirs alike.
   */
  private static boolean anotherConjunctsOwn(Sentence s, TimeExpression t, Quantity q) {
    if (!s.isParsed()) return false;
    int date = s.tokenAt(t.start());
    int figure = s.tokenAt(q.start());
    if (date < 0 || figure < 0) return false;
    int clause = Incidents.clauseOf(s, figure);
    Dependency head = s.headOf(clause);
    if (head == null || !head.is("conj") || head.governor() < 0 || s.childOf(clause, "nsubj") == null) return false;
    int parent = head.governor();
    return date > parent && date < clause && Incidents.clauseOf(s, date) == parent;
  }

  /**
   * "killed five people on Monday as the number killed since the truce rose to 468": a "since"
   * between a date and the figure after it starts the figure's own period; the date is another act's.
   */
  private static boolean sinceBetween(Sentence s, TimeExpression t, Quantity q, int noun) {
    // the "since" must be in the figure's own words, after the people it counts when they come first:
    // "October was the deadliest month since 2022, with 1,150 injured" starts no count of the 1,150
    int from = noun < 0 ? t.end() : Math.max(t.end(), s.token(noun).end());
    for (Token k : s.tokens()) {
      if (k.start() >= from && k.end() <= q.start() && k.word().equalsIgnoreCase("since")) return true;
    }
    return false;
  }

  /** Words back from a date within which a superlative makes it the superlative's frame. */
  private static final int SUPERLATIVE_REACH = 4;

  /**
   * "one of the largest aerial assaults this year", "the deadliest month since 2022": a date right
   * after a superlative is what the superlative ranks against, not when the figure was counted.
   */
  private static boolean ofASuperlative(Sentence s, TimeExpression t) {
    int date = s.tokenAt(t.start());
    for (int i = date - 1; i >= 0 && i >= date - SUPERLATIVE_REACH; i--) {
      String pos = s.token(i).pos();
      if (pos.equals("JJS") || pos.equals("RBS")) return true;
      if (pos.equals(",") || pos.equals("CD") || s.token(i).isVerb()) return false;
    }
    return false;
  }

  private static final Set<String> PERIOD_NOUNS = Set.of("day", "week", "month", "year", "quarter", "half", "hour",
      "time", "period", "season");
  private static final Set<String> ORDINALS = Set.of("first", "second", "third", "fourth", "fifth", "sixth",
      "seventh", "eighth", "ninth", "tenth");

  /**
   * "fired two missiles at a tanker, the third attack on shipping this month": a date on a noun an
   * ordinal or a superlative ranks is the frame of that ranking, however far the words between.
   */
  private static boolean ofARankedNoun(Sentence s, TimeExpression t) {
    if (!s.isParsed()) return false;
    int date = s.tokenAt(t.end() - 1);
    Dependency head = date < 0 ? null : s.headOf(date);
    // a modifier of the noun, not its subject ("October was the deadliest month")
    if (head == null || head.governor() < 0 || !s.token(head.governor()).isNoun()
        || !(head.is("obl") || head.is("nmod"))) {
      return false;
    }
    // "through the first nine months of the year" is a span, no ranking
    if (PERIOD_NOUNS.contains(s.token(head.governor()).lemma().toLowerCase(java.util.Locale.ROOT))
        || s.childOf(head.governor(), "nummod") != null) {
      return false;
    }
    for (Dependency d : s.childrenOf(head.governor())) {
      Token mod = s.token(d.dependent());
      boolean ranks = mod.pos().equals("JJS") || ORDINALS.contains(mod.word().toLowerCase(java.util.Locale.ROOT));
      if (d.is("amod") && ranks) return true;
    }
    return false;
  }

  /** Words that open a figure compared with the one before it: "down from", "compared with". */
  private static final Set<String> COMPARING = Set.of("from", "with", "than");

  /**
   * "has about 11,000 troops in the country, down from 19,000 two years ago": a date right after
   * another figure that follows "from", "with" or "than" ("up from 3,000 in January") is that
   * figure's alone.
   */
  private static boolean ofAComparedFigure(Sentence s, TimeExpression t, Quantity q) {
    int date = s.tokenAt(t.start());
    // "up from 3,000 in January", "compared with 1,650 in the same period of 2025": a phrase of
    // prepositions, determiners and nouns may stand between
    int between = 0;
    while (date >= 3 && between < IN_BETWEEN && BETWEEN_TAGS.contains(s.token(date - 1).pos())
        && !s.token(date - 2).pos().equals("CD")) {
      date--;
      between++;
    }
    if (date >= 3 && BETWEEN_TAGS.contains(s.token(date - 1).pos()) && s.token(date - 2).pos().equals("CD")) date--;
    if (date < 2 || !s.token(date - 1).pos().equals("CD")) return false;
    int first = date - 1;
    while (first > 0 && s.token(first - 1).pos().equals("CD")) first--;
    // the compared figure's date is its own, and dates no other figure of the sentence either
    return first > 0 && COMPARING.contains(s.token(first - 1).lemma().toLowerCase(java.util.Locale.ROOT))
        && s.token(first).start() != q.start();
  }

  /** How many words may stand between a compared figure and its date ("in the same period of"). */
  private static final int IN_BETWEEN = 4;

  private static final Set<String> BETWEEN_TAGS = Set.of("IN", "DT", "JJ", "NN");

  /**
   * "lost 1,100 soldiers over the past day, ..., bringing its count since February 2022 to 1.05
   * million": a "since" date starts the period of the figure in its own clause, not of another's.
   */
  private static boolean anotherClausesSince(Sentence s, TimeExpression t, Quantity q) {
    int date = s.tokenAt(t.start());
    int figure = s.tokenAt(q.start());
    if (date <= 0 || figure < 0 || !s.isParsed() || !s.token(date - 1).word().equalsIgnoreCase("since")) return false;
    int clause = Incidents.clauseOf(s, figure);
    return Incidents.clauseOf(s, date) != clause && !sharesItsPeriod(s, clause, Incidents.clauseOf(s, date));
  }

  /**
   * "has killed more than 20,000 people since 2015 and displaced over two million", "attacked 100
   * ships since 2023, sinking four and killing eight sailors": a clause conjoined to the one a
   * "since" dates, with no subject of its own, shares its period.
   */
  private static boolean sharesItsPeriod(Sentence s, int clause, int dated) {
    Dependency head = s.headOf(clause);
    return head != null && head.is("conj") && head.governor() == dated && s.childOf(clause, "nsubj") == null
        && s.childOf(clause, "nsubj:pass") == null;
  }

  /**
   * "sent 11,000 to 12,000 it dispatched last year, and that some 2,000 of them had been killed":
   * a date in a clause neither above the figure nor an adverbial clause of one that is (and not the
   * figure's own phrase) dates another clause's act. Read only from a parse.
   */
  private static boolean offChain(Sentence s, TimeExpression t, Quantity q) {
    if (!s.isParsed() || t.start() < s.start() || t.end() > s.end()) return false;
    int date = s.tokenAt(t.start());
    int figure = s.tokenAt(q.start());
    if (date < 0 || figure < 0) return false;
    Set<Integer> above = Incidents.chain(s, figure);
    int clause = Incidents.clauseOf(s, date);
    if (above.contains(clause) || !s.token(clause).isVerb()) return false;
    Dependency head = s.headOf(clause);
    // an adverbial clause of the figure's clause, or a relative clause on its noun ("30 members, whom
    // they had taken hostage two weeks ago")
    if (head != null && head.governor() >= 0 && above.contains(head.governor())
        && (head.is("advcl") || head.is("acl") || head.is("acl:relcl"))) {
      return false;
    }
    // "killed five people and wounded 12 in the Zaporizhzhia region on Thursday": the date of the
    // last of two harms conjoined with one subject dates both
    if (Incidents.conjoinedHarm(s, clause, above)) return false;
    // "two air raids last Friday in which 20 people were killed": the noun the figure's relative
    // clause hangs on, and its date
    int noun = relativeHost(s, above);
    if (noun >= 0 && phraseOf(s, date, noun)) return false;
    return !rightBeforeRelative(s, s.tokenAt(t.end() - 1), above);
  }

  /**
   * "two air raids last Friday in which it said 20 people were killed", however parsed: a date
   * whose last word stands right before the relative word of the figure's clause (or its
   * preposition) dates the noun that clause is on.
   */
  private static boolean rightBeforeRelative(Sentence s, int dateLast, Set<Integer> above) {
    if (dateLast < 0 || dateLast + 1 >= s.size()) return false;
    int next = dateLast + 1;
    if (s.token(next).pos().equals("IN") && next + 1 < s.size()) next++;
    Token word = s.token(next);
    boolean relative = word.pos().equals("WDT") || word.pos().equals("WP") || word.lemma().equalsIgnoreCase("where");
    if (!relative) return false;
    Dependency h = s.headOf(next);
    return h != null && above.contains(h.governor());
  }

  /** The noun a relative clause among the given heads hangs on, or -1. */
  private static int relativeHost(Sentence s, Set<Integer> above) {
    for (int node : above) {
      Dependency h = s.headOf(node);
      if (h != null && h.is("acl:relcl") && h.governor() >= 0) return h.governor();
    }
    return -1;
  }

  /** Whether a token hangs on a noun through no verb. */
  private static boolean phraseOf(Sentence s, int token, int noun) {
    int node = token;
    for (int guard = 0; guard < s.size(); guard++) {
      if (node == noun) return true;
      if (node != token && s.token(node).isVerb()) return false;
      Dependency h = s.headOf(node);
      if (h == null || h.governor() < 0) return false;
      node = h.governor();
    }
    return false;
  }

  private static boolean datesTheReport(Sentence s, TimeExpression t) {
    if (t.start() < s.start() || t.end() > s.end()) return false;
    int last = s.tokenAt(t.end() - 1);
    Dependency head = last < 0 ? null : s.headOf(last);
    return head != null && head.governor() >= 0
        && Claimants.REPORTING.contains(s.token(head.governor()).lemma())
        && !COUNTING.contains(s.token(head.governor()).lemma());
  }

  /** Verbs of counting: their date is the period counted ("recorded 8,000 deaths in 2024"). */
  private static final Set<String> COUNTING = Set.of("count", "record", "document", "tally", "register", "log");
}
