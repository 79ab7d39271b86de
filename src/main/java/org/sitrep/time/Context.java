package org.sitrep.time;

import java.util.regex.Pattern;

/** Where a match sits: the text around it and the reference date. */
record Context(CharSequence text, int start, int end, Anchor anchor) {
  private static final int WINDOW = 90;

  /** Words that put the clause in the future. Not "would": in reported speech it looks back. */
  private static final Pattern FUTURE_CUE =
      Pattern.compile(
          "(?i)\\b(?:will|won't|'ll|shall|would be \\p{L}+ing|is to|are to|plans? to|planned|planning|scheduled"
              + "|expected to|due to|going to|set to|next(?! to)|upcoming|coming|(?-i:until|till)|as soon as"
              + "|as early as|postponed|delayed|deadline|expects?|(?<!-)(?<!than )(?<!as )expected|hopes? to|intends? to|aims? to"
              + "|vows? to|promises? to|threatens? to|prepares? to|preparing to|ready to"
              // a schedule in the present tense: "the council meets on Friday", "the envoy travels
              // Thursday"; only forms that are seldom nouns ("returns", "heads", "votes" are)
              + "|meets|begins|starts|opens|holds|resumes|travels|arrives|leaves|convenes|flies|goes)\\b");

  /** The future in the present tense, after a date that opens its clause: "the league plans to". */
  private static final Pattern AFTER_CUE =
      Pattern.compile(
          "(?i)\\b(?:will|won't|'ll|shall|plans to|plan to|(?:is|are) (?:to|planning|scheduled"
              + "|expected|set to|going to|due))\\b");

  /** Nothing before the date in its clause but a preposition: "On Tuesday, ...". */
  private static final Pattern OPENS_CLAUSE =
      Pattern.compile("(?is)\\s*(?:(?:on|in|early|late|and|but|so|then) )?\\s*");

  /** A past main verb right after the date: the future cue before it was a reduced relative. */
  private static final Pattern PAST_NEXT = Pattern.compile("(?i)\\s+(?:was|were|had)\\b");

  /** A past perfect takes the clause back out of the future: "had been due to expire Friday". */
  private static final Pattern PAST_PERFECT =
      Pattern.compile("(?i)\\b(?:had|previously|originally)\\b");

  /**
   * A verb in the past tense: "-ed" forms (less a few common words that only look like them) and
   * common irregular ones.
   */
  private static final Pattern PAST_VERB =
      Pattern.compile(
          "\\b(?:(?!(?:based|limited|related|united|detailed|advanced|need|indeed|proceed|exceed"
              + "|succeed|feed|speed|seed|breed|bleed|embed|hundred|red|bed|shed|wed|fled|sled"
              + "|sacred|naked|wicked|beloved|kindred|unprecedented)\\b)\\p{Ll}{2,}ed|was|were|did"
              + "|bought|sold|took|made|came|went|began|rose|fell|won|lost|left|paid|met|held"
              + "|gave|got|saw|told|became|brought|struck|ran|quit|fought|broke|spent|built|wrote"
              + "|sent|signed|stood|sought|taught|thought|caught|drove|flew|grew|knew|threw)\\b");

  /** Between a past verb and the date, these make the date the aim, not the time of the act. */
  private static final Pattern AIMED =
      Pattern.compile("(?i)\\bto (?!(?:a|an|the|his|her|its|their|our|\\d)\\b)\\p{L}");

  /**
   * A form of "be" or a modal: before a past verb it makes a passive or a future ("is expected in
   * December", "would be paid"); after it, the clause's main verb is not in the past ("the reduced
   * dividend is payable").
   */
  private static final Pattern NOT_PAST =
      Pattern.compile(
          "(?i)\\b(?:is|are|am|be|been|being|will|would|can|could|may|might|must|shall|should)\\b"
              + "|\\bto be\\b");

  /** Before the date, these make it a limit or a start, which past verbs do not date. */
  private static final Pattern LIMIT =
      Pattern.compile("(?i)\\b(?:by|until|till|to|through|before|from|after|effective|as of)\\s*$");

  /** A start point: "since January" is never ahead of the reference, whatever the tense. */
  private static final Pattern SINCE =
      Pattern.compile("(?i)\\bsince\\s+(?:(?:early|late|mid|the (?:start|end|middle) of)[\\s-]+)?$");

  /** A figure compared with an earlier one: "down from 25.6 million in", "compared with 40 in". */
  private static final Pattern BASELINE =
      Pattern.compile("(?i)\\b(?:(?:down|up) from|compared (?:with|to))\\s+[^,;]*\\d[^,;]*"
          + "\\b(?:in|on|at)\\s+(?:the\\s+)?$");

  /**
   * The last items of a list of nouns, with the date's preposition: "defence adviser and party
   * whip in" after "resigned as army chief,". The clause before the comma then dates the date.
   */
  private static final Pattern LIST_END =
      Pattern.compile(
          "(?i)(?!(?:and|or|but|the|a|an)\\b)(?:[\\p{L}-]+ ){1,3}(?:and|or) (?!the\\b)(?:[\\p{L}-]+ ){1,3}"
              + "(?:in|on|during) ");

  /**
   * Before a full stop, these make it an abbreviation's, not a sentence end: "Roe vs. Wade", "Mr.
   * Ortega", "James A. Taylor".
   */
  private static final String NOT_ABBREVIATION =
      "(?<!\\b(?:vs|v|Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Sgt|Capt|Maj|Adm|Gov|Sen|Rep|Rev|Prof|\\p{Lu}))";

  /**
   * The clause ends at a sentence end, a blank line, a comma, a semicolon or a colon, a closing quote
   * mark after it included.
   */
  private static final Pattern CLAUSE_END =
      Pattern.compile(
          Context.NOT_ABBREVIATION + "[.!?][\"'”’]?\\s+(?=\\p{Lu})|\\n\\s*\\n|[,;:][\"'”’]?\\s");

  private static final Pattern SENTENCE_END =
      Pattern.compile(Context.NOT_ABBREVIATION + "[.!?][\"'”’]?\\s+(?=\\p{Lu})|\\n\\s*\\n");
  private static final int SENTENCE_WINDOW = 300;

  /**
   * Whether the clause before the match speaks of the future ("will meet on Monday"). News reports
   * mostly in the past tense, so without such a cue a bare weekday or month is taken as the most
   * recent one.
   */
  boolean future() {
    int from = Math.max(0, start - WINDOW);
    CharSequence before = text.subSequence(from, start);
    var ends = CLAUSE_END.matcher(before);
    int clause = 0;
    while (ends.find()) clause = ends.end();
    CharSequence words = before.subSequence(clause, before.length());
    if (SINCE.matcher(words).find()) return false;
    if (OPENS_CLAUSE.matcher(words).matches()) return futureAfter();
    if (!FUTURE_CUE.matcher(words).find() || PAST_PERFECT.matcher(words).find()) return false;
    // "the rally planned for Saturday was cancelled": the plan is the past clause's subject
    CharSequence after = text.subSequence(end, Math.min(text.length(), end + 12));
    return !PAST_NEXT.matcher(after).lookingAt();
  }

  /**
   * Whether the clause speaks of the past: "stepped down in March", "the year ended Jan. 31", "In
   * January, the firm hired ...". A verb in the past tense before the date in its clause, or, when
   * the date opens its clause, later in its sentence (at most {@value #SENTENCE_WINDOW} characters
   * on). The last items of a list ("resigned as army chief, defence adviser and party whip in
   * July") belong to the clause before them. Not for a limit or a start ("was
   * extended to Nov. 20", "by March"), nor an aim ("agreed to buy it in February"), nor when
   * {@link #future()}.
   */
  boolean past() {
    int from = Math.max(0, start - WINDOW);
    CharSequence before = text.subSequence(from, start);
    var ends = CLAUSE_END.matcher(before);
    int clause = 0;
    int previous = 0;
    while (ends.find()) {
      previous = clause;
      clause = ends.end();
    }
    CharSequence words = before.subSequence(clause, before.length());
    if (clause >= 2 && before.charAt(clause - 2) == ',' && LIST_END.matcher(words).matches()) {
      words = before.subSequence(previous, before.length());
    }
    if (SINCE.matcher(words).find() || BASELINE.matcher(words).find()) return true;
    if (LIMIT.matcher(words).find() || FUTURE_CUE.matcher(words).find()) return false;
    if (NOT_PAST.matcher(words).find()) return false;
    CharSequence after = text.subSequence(end, Math.min(text.length(), end + 80));
    if (after.toString().matches("(?s)\\s*deadlines?\\b.*")) return false;
    var verb = PAST_VERB.matcher(words);
    int last = -1;
    int lastStart = -1;
    while (verb.find()) {
      last = verb.end();
      lastStart = verb.start();
    }
    if (last >= 0) return pastVerb(words, lastStart, words.subSequence(last, words.length()));
    if (!words.toString().matches("(?is)\\s*(?:in|on|during|since)?\\s*")) return false;
    after = text.subSequence(end, Math.min(text.length(), end + SENTENCE_WINDOW));
    var stop = SENTENCE_END.matcher(after);
    if (stop.find()) after = after.subSequence(0, stop.start());
    var later = PAST_VERB.matcher(after);
    if (!later.find()) return false;
    CharSequence between = after.subSequence(0, later.start());
    return !FUTURE_CUE.matcher(between).find() && pastVerb(after, later.start(), between);
  }

  /**
   * Whether the past verb at {@code at} in {@code words} dates the date, {@code between} being the
   * words between them: not after a form of "be" or a modal ("is expected in December", "would be
   * paid"), and with neither such a word ("the reduced dividend is payable") nor an infinitive
   * ("agreed to buy it in February") between.
   */
  private static boolean pastVerb(CharSequence words, int at, CharSequence between) {
    CharSequence lead = words.subSequence(Math.max(0, at - 16), at);
    return !NOT_PAST.matcher(lead).find()
        && !NOT_PAST.matcher(between).find()
        && !AIMED.matcher(between).find();
  }

  /**
   * For a date that opens its clause ("On Tuesday, the league plans to ..."): whether the words
   * after it, to the end of the sentence and at most {@value #WINDOW} characters, speak of the
   * future in the present tense, with no past verb before the cue ("planned to", "announced plans
   * to" do not count).
   */
  private boolean futureAfter() {
    CharSequence after = text.subSequence(end, Math.min(text.length(), end + WINDOW));
    var stop = SENTENCE_END.matcher(after);
    if (stop.find()) after = after.subSequence(0, stop.start());
    var cue = AFTER_CUE.matcher(after);
    if (!cue.find()) return false;
    return !PAST_VERB.matcher(after.subSequence(0, cue.start())).find();
  }

  /** The sentence around the match, at most {@value #SENTENCE_WINDOW} characters each side. */
  CharSequence sentence() {
    int from = Math.max(0, start - SENTENCE_WINDOW);
    int to = Math.min(text.length(), end + SENTENCE_WINDOW);
    var ends = SENTENCE_END.matcher(text).region(from, to);
    int s = from;
    int e = to;
    while (ends.find()) {
      if (ends.end() <= start) s = ends.end();
      else if (ends.start() >= end) {
        e = ends.start() + 1;
        break;
      }
    }
    return text.subSequence(s, e);
  }

  /** Whether the text just before the match (up to 16 characters) ends with {@code words}. */
  boolean after(Pattern words) {
    return words.matcher(text.subSequence(Math.max(0, start - 16), start)).find();
  }
}
