package org.sitrep.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.actors.ActorMentions;
import org.sitrep.actors.Pronouns;
import org.sitrep.nlp.AnnotatedText;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;
import org.sitrep.record.Claim;
import org.sitrep.record.Place;
import org.sitrep.record.Quote;
import org.sitrep.record.Source;
import org.sitrep.record.Span;
import org.sitrep.record.Subject;
import org.sitrep.record.TimeRef;
import org.sitrep.time.TimeExpression;

/**
 * Turns quantities into figures: what each counts ({@link CountedNoun}), what it measures
 * ({@link Measures}), whose it is, who claims it ({@link Claimants}), and where and when.
 * Quantities that count nothing of interest (years, percentages, "two countries") are dropped.
 */
public final class ClaimFinder {
  static final String FINDER = "claims.dependency";

  private static final Set<String> HEDGES = Set.of(
      "suggest", "estimate", "believe", "reportedly", "allegedly", "may", "might", "could",
      "possibly", "likely", "probably", "unconfirmed", "unverified", "claim", "appear",
      "preliminary", "assess", "reported", "purportedly", "apparently", "thought", "estimated",
      "assessment", "seem", "allege", "assume", "expect", "fear");

  public List<Claim> find(AnnotatedText doc, List<Quantity> quantities, ActorMentions actors,
      List<TimeExpression> times, List<Place> places, List<Quote> quotes) {
    Claimants claimants = new Claimants(doc, actors, quotes);
    List<Claim> out = new ArrayList<>();
    Quantity previous = null;
    for (Quantity q : quantities) {
      Quantity before = previous;
      previous = q;
      Sentence s = doc.sentenceAt(q.start());
      if (s == null || isTime(q, times) || isCalibre(doc, q)) continue;
      CountedNoun counted = CountedNoun.of(s, q);
      if (counted == null) {
        counted = CountedNoun.nationals(s, q, i -> actors.demonymAt(s.token(i).start(), s.token(i).end()));
      }
      if (counted == null || convertedBefore(doc.text(), before, q, counted)) continue;
      // a part with a people noun of its own ("six of them children") is a part of people
      boolean ofPeople = counted.measure() != null
          || counted.noun() >= 0 && Measures.isPeople(s.token(counted.noun()).lemma());
      Claim antecedent = counted.anaphoric() ? antecedent(doc, s, out, counted.reach(), ofPeople)
          : counted.reach() == CountedNoun.SAME_IF_ANY ? sameHarmBefore(doc, s, out, counted.measure()) : null;
      // "400 trucks ... compared with about 500": a comparison counts what the number right before it counts
      if (counted.reach() == 0 && antecedent != null && (before == null || antecedent.quantity().start() != before.start())) {
        antecedent = null;
      }
      if (counted.anaphoric() && antecedent == null) continue;
      // "10,000 crossed over the weekend, adding to 42,000 who had arrived since January": the figure
      // before is what was added to the whole
      if (counted.reach() == 0 && antecedent != null && CountedNoun.addedTo(s, s.tokenAt(q.start()))
          && !"increment".equals(antecedent.kind()) && !"rate".equals(antecedent.kind())) {
        out.set(out.lastIndexOf(antecedent), asIncrement(antecedent));
      }
      int anchor = counted.noun() >= 0 ? counted.noun() : s.tokenAt(q.start());
      if (negated(s, anchor) || whatItWouldServe(s, anchor)) continue;
      Source source = claimants.find(s, anchor);
      // "according to two army officers": a number inside its own claimant counts who tells, not what
      if (source != null && source.start() <= q.start() && q.end() <= source.end()) continue;
      String per = q.per() != null ? q.per() : clauseRate(s, anchor);
      // "about 600 aid trucks a day, up from fewer than 100 before the ceasefire": a figure compared
      // with a rate is a rate of the same time
      if (per == null && counted.reach() == 0 && antecedent != null && "rate".equals(antecedent.kind())) {
        per = antecedent.per();
      }
      // "glide bombs ..., dropping up to 3,000 of them a month": the rate after a number whose noun came before
      if (per == null && anchor < s.tokenAt(q.start())) per = clauseRate(s, s.tokenAt(q.start()));
      String measure = antecedent == null ? counted.measure()
          : counted.measure() != null ? counted.measure() : antecedent.measure();
      // "received 63 wounded, among them 17 children": those among the people just counted share their harm
      if (Measures.OTHER.equals(measure) && (Harm.amongThem(s, counted.noun()) || Harm.includedIn(s, counted.noun()))) {
        Claim whole = latestPeople(doc, s, out);
        if (whole != null) measure = whole.measure();
      }
      // members included in a figure of no harm count nothing of a war
      if (Measures.OTHER.equals(measure) && counted.noun() >= 0 && Measures.onlyWhenHarmed(s.token(counted.noun()).lemma())) {
        continue;
      }
      // trucks count aid when their sentence says they carry it, or the story counted aid trucks before
      if (Measures.AID.equals(measure) && !Measures.namesAid(s)
          && out.stream().noneMatch(c -> Measures.AID.equals(c.measure()))) {
        continue;
      }
      TimeRef time = counted.reach() == 0 ? FigureDates.rightAfter(s, q, times) : FigureDates.of(s, q, counted.noun(), times);
      // (a definite tally's figure before is only a candidate: its own incident comes first)
      Incidents.Incident incident = antecedent == null || counted.reach() == CountedNoun.SAME_IF_ANY
          ? Incidents.of(s, q, counted, times) : null;
      // "the number of Palestinians killed since the ceasefire began ... to 690": a total's marker
      // between the people counted and their number makes a running count, not one act's
      if (incident != null && counted.noun() >= 0 && counted.noun() < s.tokenAt(q.start())
          && totalMarkerBetween(s, s.token(counted.noun()).end(), q.start())) {
        incident = null;
      }
      String kind = per != null ? "rate" : kind(s, q, measure, incident != null, true);
      // "52 were killed ... Another 70 people were wounded": "another" adds to the harm just told,
      // not to a count of its own measure the article never gave
      if ("increment".equals(kind) && addsToAnotherHarm(out, measure)) kind = kind(s, q, measure, incident != null, false);
      // "has risen to five after two of the wounded died": what a toll's rise added
      if (!"rate".equals(kind) && Harm.HARMS.contains(measure) && addedByARise(s, s.tokenAt(q.start()))) {
        kind = "increment";
      }
      // an incident's own day dates its figure, even a time of day ("overnight") no DATE gives
      if (INCIDENT.equals(kind) && incident.date() != null) time = timeRef(incident.date());
      // "The toll rose to 35 on Monday": the day a toll rose dates the count, not the attack; the
      // attack told before (or, in the ledger, the one of the days before) gives the incident's day
      if (INCIDENT.equals(kind) && time != null && time.start() != null
          && CountedNoun.datesTheRise(s, time.start(), time.end())) {
        time = null;
      }
      // "launched 65 drones overnight, and air defences shot down 42 of the drones": the same incident
      Claim sibling = incident == null ? sameSentenceIncident(doc, s, out, measure) : null;
      // "shelling killed five people on Monday, as the number killed since the truce rose to 468":
      // a total's marker between the incident's figure and this one makes this one a total
      if (sibling != null && totalMarkerBetween(s, sibling.quantity().end(), q.start())) sibling = null;
      if (sibling != null && ("total".equals(kind) || "snapshot".equals(kind))) kind = INCIDENT;
      Place place = place(doc, s, counted, q, places, source, Measures.DISPLACED.equals(measure));
      // "has risen to 14,000 in Bara, up from the 10,000 it reported": the figure compared is of the same place
      if (counted.reach() == 0 && antecedent != null && place == null) place = antecedent.place();
      // "though an aid group put the number far lower, at 45,000": the same quantity as the figure
      // it disputes, of that figure's kind, time and place unless its own are given
      // a definite tally with a place or day of its own counts its own
      boolean again = counted.reach() == CountedNoun.AGAIN
          || counted.reach() == CountedNoun.SAME_IF_ANY && place == null && time == null;
      if (again && antecedent != null && !"rate".equals(kind)) {
        kind = antecedent.kind();
        if (time == null) time = antecedent.time();
        if (place == null) place = antecedent.place();
      }
      // an incident with no day of its own: that of its sentence's incident, else of the incident
      // told just before ("41 people were wounded in the attack"), with its place
      Claim told = !INCIDENT.equals(kind) || time != null ? null
          : sibling != null && sibling.time() != null ? sibling : priorIncident(doc, s, anchor, out, times);
      if (told != null) {
        time = told.time();
        if (place == null && !spread(doc, s)) place = incidentPlace(out, told.time(), measure, told.place());
      }
      // "Its air force struck a site on Thursday ... the strike had killed seven members": else the
      // dated attack a sentence just before tells
      if (INCIDENT.equals(kind) && time == null) {
        Told attack = attackBefore(doc, s, anchor, out, times, places);
        if (attack != null) {
          time = attack.time();
          if (place == null && !spread(doc, s)) place = incidentPlace(out, attack.time(), measure, attack.place());
        }
      }
      // "killed up to 23 people ... The strike hit the village ... on Sunday": the next sentence,
      // opening with the attack again, gives the incident its day
      if (INCIDENT.equals(kind) && time == null && s.index() + 1 < doc.sentences().size()) {
        Sentence next = doc.sentences().get(s.index() + 1);
        TimeExpression day = Incidents.opensWithTheAttack(next) ? Incidents.toldAttack(next, times) : null;
        if (day != null) time = timeRef(day);
      }
      // "The death toll from a missile strike on an apartment building has risen to 11 ... The missile
      // struck shortly before dawn on Tuesday": the one attack the story tells later gives its day
      if (INCIDENT.equals(kind) && time == null) {
        Told later = attackAfter(doc, s, times, places);
        if (later != null && (place == null || later.place() == null || samePlace(place, later.place()))) {
          time = later.time();
          if (place == null && !spread(doc, s)) place = later.place();
        }
      }
      // "It said two soldiers had been wounded": an undated harm figure of a past act (or weapons fired
      // in one), with no total's marker, counts the attack told just before it, whoever tells it
      boolean harm = "total".equals(kind) && Harm.HARMS.contains(measure);
      // "about 20 aircraft took part in the raid and dropped more than 50 munitions": weapons fired in it
      boolean fired = "snapshot".equals(kind) && Measures.WEAPONS.equals(measure) && !snapshotMarker(s)
          && Incidents.fired(s, anchor);
      // "An overnight attack killed eight people, officials said, as Moscow fired nearly 500 drones":
      // weapons fired in a clause "as" or "when" joins to the sentence's dated incident are its own
      Claim joined = fired && time == null ? joinedIncident(doc, s, anchor, out) : null;
      if (joined != null) {
        kind = INCIDENT;
        time = joined.time();
        fired = false;
      }
      if ((harm || fired) && time == null && !totalMarker(s)
          && !timeOtherThanADay(s, times) && (Incidents.pastAct(s, anchor) || Incidents.missingThen(s, anchor))) {
        Told attack = attackBefore(doc, s, anchor, out, times, places);
        // "said 38 people were wounded ... The bomb went off on Saturday": else the one attack told later
        if (attack == null && harm) attack = attackAfter(doc, s, times, places);
        // "The number killed in the bomb attack has risen to nine ... Kovalchuk said 31 people were
        // wounded": else the incident a figure just before counts, though the story gives it no day
        if (attack == null && harm && !Incidents.namesAttacks(s, anchor)) attack = incidentJustBefore(doc, s, out, times);
        if (attack != null) {
          kind = INCIDENT;
          time = attack.time();
          if (place == null && !spread(doc, s)) place = incidentPlace(out, attack.time(), measure, attack.place());
        }
      }
      // "shot down four drones over the past 24 hours": weapons fired over a time are no stock held
      if (fired && "snapshot".equals(kind)) kind = "total";
      // "had shipped between 8 million and 10 million artillery shells to Russia": weapons handed
      // over are a total of what was supplied, not a stock
      if ("snapshot".equals(kind) && Measures.WEAPONS.equals(measure) && supplied(s, counted.noun())) kind = "total";
      if (!INCIDENT.equals(kind)) time = FigureDates.spanned(doc.text(), s, time, times);
      // "has killed between 6,000 and 7,000 civilians over the same period": the period of the figure before
      if (time == null && !INCIDENT.equals(kind) && SAME_PERIOD.matcher(doc.span(s.start(), s.end())).find()) {
        time = timeBefore(doc, s, out);
      }
      // ("The death toll remained at seven" after 15 children wounded: the dead are not the children)
      boolean ownNoun = antecedent == null || counted.noun() >= 0
          || counted.reach() == CountedNoun.SAME_IF_ANY && !measure.equals(antecedent.measure());
      String unit = ownNoun ? counted.unit() : antecedent.unit();
      // "killed three people and wounded 12 others": the others are of the kind just counted
      if (OTHERS.equals(unit)) unit = unitBefore(doc, s, out, unit);
      out.add(new Claim(measure, unit,
          Span.of(doc.text(), q.start(), q.end()),
          q.low(), q.high(), q.qualifier(), per, kind,
          ownNoun ? subject(doc, s, counted, actors) : antecedent.subject(),
          place, time, source, isHedged(s, anchor), Span.of(doc.text(), s.start(), s.end()), FINDER));
    }
    List<Claim> tellers = new ArrayList<>();
    for (Claim c : out) if (countsTellers(doc, c, out, quotes)) tellers.add(c);
    out.removeAll(tellers);
    out.addAll(zeros(doc, out, actors, times, places, claimants));
    out.sort(java.util.Comparator.comparingInt(c -> c.quantity().start()));
    return out;
  }

  /** Words that make a verb after them a measure of what something could do: "enough to feed". */
  private static final Set<String> ENOUGH = Set.of("enough", "sufficient");

  /**
   * "25,000 tonnes of food, enough to feed 1.2 million people for a month": those a supply would
   * serve are a measure of the supply, not people counted.
   */
  private static boolean whatItWouldServe(Sentence s, int noun) {
    Dependency role = noun < 0 ? null : s.headOf(noun);
    if (role == null || role.governor() < 0 || !(role.is("obj") || role.is("obl"))) return false;
    int verb = role.governor();
    if (!s.token(verb).isVerb()) return false;
    for (Dependency d : s.childrenOf(verb)) {
      String word = s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT);
      if (d.is("advmod") && d.dependent() < verb && ENOUGH.contains(word)) return true;
    }
    Dependency up = s.headOf(verb);
    return up != null && up.governor() >= 0 && ENOUGH.contains(s.token(up.governor()).lemma().toLowerCase(Locale.ROOT));
  }

  /** Pronouns of one person, whose own kin a figure does not count: "her three children". */
  private static final Set<String> ONES_OWN = Set.of("her", "his");

  /**
   * "Two local officials, who asked not to be named, said dozens of soldiers were missing": a
   * number inside another figure's claimant counts who tells, not what is told; so does one inside
   * a quote's speaker ("said one woman"), and the speaker's own kin ("said one woman who fled with
   * her three children").
   */
  private static boolean countsTellers(AnnotatedText doc, Claim c, List<Claim> found, List<Quote> quotes) {
    int from = c.quantity().start();
    int to = c.quantity().end();
    for (Claim o : found) {
      if (o != c && o.source() != null && o.source().start() <= from && to <= o.source().end()) return true;
    }
    Sentence s = doc.sentenceAt(from);
    for (Quote quote : quotes) {
      Source speaker = quote.speaker();
      if (speaker == null || speaker.end() <= speaker.start()) continue;
      if (speaker.start() <= from && to <= speaker.end()) return true;
      if (s == null || speaker.start() < s.start() || speaker.end() > s.end()) continue;
      int[] described = s.subtreeRange(s.tokenAt(speaker.end() - 1));
      if (from < s.token(described[0]).start() || to > s.token(described[1]).end()) continue;
      Dependency counted = s.headOf(s.tokenAt(from));
      Dependency owner = counted == null || counted.governor() < 0 ? null : s.childOf(counted.governor(), "nmod:poss");
      if (owner != null && ONES_OWN.contains(s.token(owner.dependent()).word().toLowerCase(Locale.ROOT))) return true;
    }
    return false;
  }

  /** The finder of harms told as none: each denies one harm, its measure, so its words tell no other fate. */
  public static final String DENIAL = "claims.denial";
  private static final Set<String> LEADING = Set.of("of", "the", "those", "these", "its", "their", "our");

  /**
   * Harms told as none ({@link Denials}): figures of zero, each of the incident its own words date,
   * else of the incident told in its sentence or just before it ("the army said no civilians were
   * killed"), whose teller disputes the other side's toll.
   */
  private static List<Claim> zeros(AnnotatedText doc, List<Claim> found, ActorMentions actors,
      List<TimeExpression> times, List<Place> places, Claimants claimants) {
    List<Claim> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      for (Denials.Denial d : Denials.of(s, doc.text())) {
        if (totalMarker(s) || timeOtherThanADay(s, times)) continue;
        int anchor = d.noun() >= 0 ? d.noun() : d.last();
        int start = s.token(d.first()).start();
        int end = s.token(d.last()).end();
        Quantity zero = new Quantity(doc.text().substring(start, end), start, end, 0, 0, "exact", null, null);
        Source source = claimants.find(s, anchor);
        TimeRef time = FigureDates.of(s, zero, d.noun(), times);
        Place place = place(doc, s, s.token(anchor).start(), places, source, anchor);
        Claim sibling = null;
        for (Claim c : found) {
          if (doc.sentenceAt(c.quantity().start()) == s && INCIDENT.equals(c.kind()) && c.time() != null) sibling = c;
        }
        // "struck a training site on Thursday, and denied that any civilians were killed": the attack
        // its own sentence tells
        TimeExpression own = time != null || sibling != null ? null : Incidents.toldAttack(s, times);
        Told told = time != null ? null : sibling != null ? new Told(sibling.time(), sibling.place())
            : own != null ? new Told(timeRef(own), place(doc, s, own.start(), places, null, -1))
            : attackBefore(doc, s, anchor, found, times, places);
        if (told != null) {
          time = told.time();
          if (place == null) place = told.place();
        }
        String unit = d.noun() >= 0 ? s.token(d.noun()).word() : "people";
        Subject subject = null;
        if (d.noun() >= 0) {
          // "none of those doctors": the people, without the words that lead to them
          int first = d.last() + 1;
          while (first < d.noun() && LEADING.contains(s.token(first).word().toLowerCase(Locale.ROOT))) first++;
          subject = subject(doc, s, new CountedNoun(d.noun(), first, d.measure(), unit, -1), actors);
        }
        out.add(new Claim(d.measure(), unit, Span.of(doc.text(), start, end), 0.0, 0.0, "exact", null, INCIDENT,
            subject, place, time, source, isHedged(s, anchor), Span.of(doc.text(), s.start(), s.end()), DENIAL));
      }
    }
    return out;
  }

  /**
   * The figure a count without a noun counts again: "11,000 soldiers remain deployed ... roughly
   * 4,700 of them had been killed" (the latest figure of people with a subject, up to {@code reach}
   * sentences back, when the anaphor's own verb harms people: else the latest figure, "launched 54
   * drones and 40 of them were downed"); "11,000 soldiers, up from 10,000" (the figure before it in
   * its sentence).
   */
  /**
   * "About 3,000 people were killed in Goma, the UN said. Congo's government put the number of dead
   * at more than 7,000": the last figure of the sentence before, when it counts people of the same
   * harm, or people of an incident, and is no rate; else null.
   */
  private static Claim sameHarmBefore(AnnotatedText doc, Sentence s, List<Claim> found, String measure) {
    if (found.isEmpty() || measure == null) return null;
    Claim c = found.get(found.size() - 1);
    Sentence at = doc.sentenceAt(c.quantity().start());
    boolean near = at != null && at.index() == s.index() - 1;
    boolean people = c.per() == null && c.unit() != null
        && (Measures.isPeople(c.unit()) || Harm.HARMS.contains(c.measure()));
    // ("The number wounded in Saturday's strike has risen to 144. The death toll remained at seven.")
    return near && people && (measure.equals(c.measure()) || INCIDENT.equals(c.kind())) ? c : null;
  }

  private static Claim antecedent(AnnotatedText doc, Sentence s, List<Claim> found, int reach, boolean harmed) {
    for (int i = found.size() - 1; i >= 0; i--) {
      Claim c = found.get(i);
      Sentence at = doc.sentenceAt(c.quantity().start());
      if (at == null || at.index() < s.index() - reach) return null;
      boolean counts = reach == 0 || !harmed || c.unit() != null && Measures.isPeople(c.unit());
      // the figure right before may be a bare number of people ("About 3.8 million have fled to
      // neighbouring countries, including more than 1 million to Chad")
      if (c.unit() != null && (c.subject() != null || reach == 0 && Measures.isPeople(c.unit())) && counts) return c;
    }
    return null;
  }

  /** Words after the counted noun within which its clause may name a rate. */
  private static final int RATE_REACH = 8;
  private static final Set<String> RATE_WORDS = Set.of("every", "each", "per", "a", "an");
  private static final Set<String> NOT_RATE_AFTER = Set.of("ago", "earlier", "later", "before", "after");

  /**
   * "600 soldiers were being killed every day": a rate the clause gives after the counted noun,
   * before the next comma ("every day", "a week", "daily"); null when there is none.
   */
  static String clauseRate(Sentence s, int anchor) {
    // "Every week, thousands more people are pushed out": a rate the sentence opens with
    int first = 0;
    while (first < s.size() && QUOTE_MARKS.contains(s.token(first).word())) first++;
    if (first + 2 < anchor && OPENING_RATE.contains(s.token(first).word().toLowerCase(Locale.ROOT))
        && s.token(first + 2).word().equals(",")) {
      String unit = QuantityUnits.RATES.get(s.token(first + 1).word().toLowerCase(Locale.ROOT));
      if (unit != null) return unit;
    }
    // "daily casualties averaged 1,523": the noun's own word of a rate
    for (int i = anchor - 1; i >= 0 && i >= anchor - 2 && s.token(i).pos().startsWith("JJ"); i--) {
      String w = s.token(i).word().toLowerCase(Locale.ROOT);
      if (w.equals("daily") || w.equals("weekly") || w.equals("monthly")) return QuantityUnits.RATES.get(w);
    }
    for (int i = anchor + 1; i < s.size() && i <= anchor + RATE_REACH; i++) {
      String w = s.token(i).word().toLowerCase(Locale.ROOT);
      if (w.equals(",") || w.equals(";") || w.equals(":")) return null;
      String single = w.equals("daily") || w.equals("weekly") || w.equals("monthly") ? QuantityUnits.RATES.get(w) : null;
      if (single != null) return single;
      if (!RATE_WORDS.contains(w) || i + 1 >= s.size()) continue;
      String unit = QuantityUnits.RATES.get(s.token(i + 1).word().toLowerCase(Locale.ROOT));
      boolean anchored = i + 2 < s.size() && NOT_RATE_AFTER.contains(s.token(i + 2).word().toLowerCase(Locale.ROOT));
      // "in a year", "for a day" are spans of time, not rates
      boolean span = w.startsWith("a") && s.token(i - 1).pos().equals("IN");
      if (unit != null && !anchored && !span) return unit;
    }
    return null;
  }

  private static final Set<String> OPENING_RATE = Set.of("every", "each");
  private static final Set<String> QUOTE_MARKS = Set.of("\"", "``", "\u201c", "'", "`", "\u2018");

  /** "155mm artillery shells", "122 mm rockets": a calibre names a kind of weapon, it counts nothing. */
  private static boolean isCalibre(AnnotatedText doc, Quantity q) {
    String text = doc.text();
    if (q.end() > text.length()) return false;
    if (q.text().toLowerCase(java.util.Locale.ROOT).matches(".*\\d[\\s-]?mm")) return true;
    return NumberLexer.CALIBRE_AFTER.matcher(text).region(q.end(), text.length()).lookingAt();
  }

  private static boolean isTime(Quantity q, List<TimeExpression> times) {
    for (TimeExpression t : times) {
      if (t.start() >= q.end() || q.start() >= t.end()) continue;
      // "$12-an-hour" is a wage: money overlapped by a span or a rate of time is still money
      boolean money = q.unit() != null && Measures.MONEY.equals(Measures.ofNoun(q.unit().toLowerCase(Locale.ROOT)));
      if (!money || "DATE".equals(t.type()) || "TIME".equals(t.type())) return true;
    }
    return false;
  }

  private static Subject subject(AnnotatedText doc, Sentence s, CountedNoun c, ActorMentions actors) {
    if (c.subjectFirst() < 0) return null;
    int start = s.token(c.subjectFirst()).start();
    int end = s.token(c.noun()).end();
    // "struck 120 Hezbollah targets": the count is the striker's, whoever owned the targets
    boolean struck = Measures.ONLY_WHEN_STRUCK.contains(s.token(c.noun()).lemma().toLowerCase(java.util.Locale.ROOT));
    String actor = struck ? null : actors.actorIn(start, end);
    if (actor == null && !struck) actor = owner(s, c, actors);
    if (actor == null && c.agent() >= 0) {
      Token agent = s.token(c.agent());
      actor = Pronouns.isPronoun(agent.word()) && !agent.isProperNoun()
          ? pronounAgent(s, c.agent(), actors)
          : actors.actorIn(agent.start(), agent.end());
    }
    return new Subject(doc.span(start, end), actors.stateOf(actor), start, end);
  }

  /**
   * The actor a pronoun agent stands for. In a reported clause, the reporter when the two agree in
   * number ("Israel's military said it had struck ..."); otherwise whoever the pronoun refers to,
   * but never someone named in the reporter's own phrase ("U.N. experts say it has 3,000 troops"
   * is not the UN's): then no one.
   */
  private static String pronounAgent(Sentence s, int pronoun, ActorMentions actors) {
    Token p = s.token(pronoun);
    int[] reporter = null;
    Dependency role = s.headOf(pronoun);
    Dependency clause = role == null || role.governor() < 0 ? null : s.headOf(role.governor());
    if (clause != null && clause.is("ccomp") && clause.governor() >= 0
        && Claimants.REPORTING.contains(s.token(clause.governor()).lemma())) {
      Dependency subj = s.childOf(clause.governor(), "nsubj");
      if (subj != null) {
        reporter = s.subtreeRange(subj.dependent());
        boolean plural = s.token(subj.dependent()).pos().endsWith("S");
        boolean they = p.word().equalsIgnoreCase("they") || p.word().equalsIgnoreCase("their");
        if (plural == they) return actors.actorIn(s.token(reporter[0]).start(), s.token(reporter[1]).end());
      }
    }
    String id = Pronouns.resolve(p.word(), p.start(), actors);
    if (id != null && reporter != null
        && id.equals(actors.actorIn(s.token(reporter[0]).start(), s.token(reporter[1]).end()))) {
      return null;
    }
    return id;
  }

  /**
   * "47 of its own men", "their fighters": whoever the pronoun that owns the counted noun stands
   * for; "Moscow's total losses": the actor named as the owner.
   */
  private static String owner(Sentence s, CountedNoun c, ActorMentions actors) {
    if (c.noun() < 0 || !s.isParsed()) return null;
    Dependency poss = s.childOf(c.noun(), "nmod:poss");
    if (poss == null) return null;
    Token p = s.token(poss.dependent());
    if (p.isProperNoun()) return actors.actorIn(p.start(), p.end());
    return p.pos().equals("PRP$") && Pronouns.isPronoun(p.word()) ? Pronouns.resolve(p.word(), p.start(), actors) : null;
  }

  /**
   * Prepositions that place a figure: "in Dnipro", "sent to Russia", "in the northern Gaza Strip";
   * not "Russia launched".
   */
  /**
   * "the strike on Dnipro", "the drone attack on Odesa", "drones struck Kyiv": what an attack is on,
   * or what an attacking verb hits, is where it happened.
   */
  public static final java.util.regex.Pattern ATTACKED_BEFORE = java.util.regex.Pattern.compile(
      "(?i)\\b(?:(?:strikes?|attacks?|raids?|assaults?|bombings?|shelling|bombardments?|barrages?)\\s+on"
          + "|struck|striking|hit|hits|hitting|attacked|attacking|shelled|bombed|pounded|pounding|targeted|targeting)"
          + "\\s+(?:the\\s+)?(?:(?:city|town|village|port)\\s+of\\s+)?$");

  /** "120,000 people had fled El Fasher": where the displaced fled or were taken out of, as "from" it. */
  private static final java.util.regex.Pattern FLED_BEFORE = java.util.regex.Pattern.compile(
      "(?i)\\b(?:fled|flee|flees|fleeing|escaped|escaping|evacuated|evacuating)\\s+(?:the\\s+)?"
          + "(?:(?:city|town|village|camp|region|province|state)\\s+of\\s+)?$");

  /**
   * "600 aid trucks a day are entering Gaza", "troops entered Kupiansk": where they went in is
   * where; not where they were "trying to reach" ("died at sea while trying to reach Florida").
   */
  private static final java.util.regex.Pattern ENTERED_BEFORE = java.util.regex.Pattern.compile(
      "(?i)(?<!\\bto\\s)\\b(?:enter(?:s|ed|ing)?|reach(?:es|ed|ing)?)\\s+(?:the\\s+)?$");

  private static final java.util.regex.Pattern LOCATIVE_BEFORE = java.util.regex.Pattern.compile(
      // "shot down over the Belgorod region": where in the air is where
      "(?i)\\b(?:in|at|near|outside|inside|across|around|throughout|to|into|of|from|over)\\s+(?:the\\s+)?"
          + "(?:(?:north|south)?(?:-?(?:east|west))?(?:ern)?\\s+|central\\s+|neighbou?ring\\s+|nearby\\s+)?"
          // "in northwestern Nigeria's Zamfara state": the owning place's name before the place
          + "(?:[\\p{L}-]+\\s?(?:'s|\u2019s)\\s+)?"
          // "in Mali's capital Bamako", "in the Sudanese capital, Khartoum": the capital named after its word
          + "(?:(?:\\p{Lu}[\\p{L}-]*\\s+)?capital(?:\\s+city)?,?\\s+)?$");

  private static final java.util.regex.Pattern COUNTRY_WORD_BEFORE =
      java.util.regex.Pattern.compile("\\p{Lu}[\\p{L}-]*\\s+$");

  /** Where a weapon came from is not where its figure happened: "a rocket fired from Lebanon hit ...". */
  private static final java.util.regex.Pattern LAUNCHED_FROM = java.util.regex.Pattern.compile(
      "(?i)\\b(?:fired|launched|shot|lobbed|flown|sent|came|coming|cross(?:ed|ing)?(?:\\s+\\w+){0,3}|"
          + "infiltrat(?:ed|ing)(?:\\s+\\w+){0,3})\\s+from\\s+(?:the\\s+)?$");

  private static Place place(AnnotatedText doc, Sentence s, CountedNoun c, Quantity q, List<Place> places, Source source,
      boolean displaced) {
    // a toll with no noun of its own ("bringing the number killed to 690") is placed from its number
    int figure = c.noun() >= 0 ? c.noun() : Math.max(0, s.tokenAt(q.start()));
    Place p = place(doc, s, s.token(figure).start(), places, source, figure, q, displaced);
    // "to reach Gaza, where the U.N. says half a million people face famine": a figure in a clause
    // "where" opens after a place is of that place, unless the clause names one of its own
    Place where = whereClauseOf(doc, s, q, places);
    if (where != null && (p == null || p.end() <= where.end())) return where;
    // "40 of Russia's 54 drones": a name between the number and its noun owns the noun, places nothing
    if (p != null && p.start() != null && p.start() >= q.end() && p.end() <= s.token(figure).start()) return null;
    // "an airstrike in Gaza City killed four, bringing the number killed since the truce to 690":
    // a "since" between a place and the number after it starts the number's own count
    // ("the number of people who have fled Bara since the assault has risen to 14,000": a place in
    // the count's own words, after the people counted, is the count's)
    if (p != null && p.end() <= s.token(figure).start()
        && TOTAL_SINCE.matcher(doc.text().substring(p.end(), q.start())).find()) {
      return null;
    }
    return p;
  }

  /** A clause "where" opens right after a place, up to a figure in it: ", where the U.N. says half a million". */
  private static final java.util.regex.Pattern WHERE_CLAUSE =
      java.util.regex.Pattern.compile("^,?\\s+where\\s+[^;:]*$");

  /** The place a clause "where" opens right after, when a figure is in that clause; else null. */
  private static Place whereClauseOf(AnnotatedText doc, Sentence s, Quantity q, List<Place> places) {
    Place nearest = null;
    for (Place p : places) {
      if (p.start() == null || p.end() == null || p.start() < s.start() || p.end() > q.start()) continue;
      if (!WHERE_CLAUSE.matcher(doc.text().substring(p.end(), q.start())).find()) continue;
      if (nearest == null || p.end() > nearest.end()) nearest = p;
    }
    return nearest;
  }

  /**
   * The place named with a locative preposition nearest an offset in a sentence, outside the
   * claimant and outside a clause someone reports apart from the figure's ({@code figure}, a token,
   * or -1 for none): in "attacked 100 ships since 2023, saying they act for Palestinians in Gaza",
   * Gaza is not where the ships were attacked.
   */
  private static Place place(AnnotatedText doc, Sentence s, int anchor, List<Place> places, Source source, int figure) {
    return place(doc, s, anchor, places, source, figure, null, false);
  }

  /**
   * As above; with the figure's quantity, not a place another number in the sentence owns; and, for
   * a count of the displaced, the place they fled ("had fled El Fasher").
   */
  private static Place place(AnnotatedText doc, Sentence s, int anchor, List<Place> places, Source source, int figure,
      Quantity q, boolean displaced) {
    Place best = null;
    boolean nationwide = figure >= 0 && spreadClause(s, figure);
    for (Place p : places) {
      if (p.start() == null || p.start() < s.start() || p.end() > s.end()) continue;
      if (nationwide && !"country".equals(p.precision())) continue;
      if (source != null && p.start() >= source.start() && p.end() <= source.end()) continue;
      String before = doc.text().substring(Math.max(s.start(), p.start() - 30), p.start());
      // "in the Haitian capital": a capital placed on its word has its country's adjective before it
      if (p.text().equals("capital")) before = COUNTRY_WORD_BEFORE.matcher(before).replaceFirst("");
      boolean at = LOCATIVE_BEFORE.matcher(before).find() || ATTACKED_BEFORE.matcher(before).find()
          || ENTERED_BEFORE.matcher(before).find() || displaced && FLED_BEFORE.matcher(before).find()
          || Incidents.attackedOn(s, p.start(), p.end());
      if (!at || LAUNCHED_FROM.matcher(before).find() || whereSaid(s, s.tokenAt(p.start()))) {
        continue;
      }
      if (ownsNextPlace(doc, p, places) || narrowedBy(doc, p, places) || locatesPlaceBefore(doc, p, places)) continue;
      if (q != null && (ofAnotherNumber(s, p, q) || inAPartNamedApart(s, p, q))) continue;
      int token = s.tokenAt(p.start());
      if (figure >= 0
          && (reportedApart(s, token, figure) || actBeforeOrAfter(s, token, figure) || setBeside(s, token, figure))) {
        continue;
      }
      if (best == null || Math.abs(p.start() - anchor) < Math.abs(best.start() - anchor)) best = p;
    }
    return best;
  }

  /** Verbs of speaking: where one says something is not where it happened. */
  private static final Set<String> SPEAKING = Set.of("say", "tell", "brief", "add");

  /** "a spokesperson told reporters in Geneva", "said in Kyiv": the place of a verb of speaking. */
  private static boolean whereSaid(Sentence s, int token) {
    Dependency head = token < 0 ? null : s.headOf(token);
    return head != null && head.is("obl") && head.governor() >= 0
        && SPEAKING.contains(s.token(head.governor()).lemma().toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * "About 3.2 million have fled to neighbouring countries, including more than 1 million to
   * Chad", "including 1 million who fled to Chad": a place that hangs on another number in the
   * sentence, or on that number's own clause, is that number's; one that hangs on a part of those
   * counted ("most of them to Saint-Marc") is the part's.
   */
  private static boolean ofAnotherNumber(Sentence s, Place p, Quantity q) {
    int node = s.tokenAt(p.start());
    for (int step = 0; node >= 0 && step < 4; step++) {
      Dependency head = s.headOf(node);
      if (head == null || head.governor() < 0) return false;
      int g = head.governor();
      Token t = s.token(g);
      if (t.pos().equals("CD")) return t.start() < q.start() || t.end() > q.end();
      // "fled the town, most of them to nearby Saint-Marc": a place of a part of those counted
      if (PART_WORDS.contains(t.lemma().toLowerCase(java.util.Locale.ROOT)) && ofThem(s, g)) return true;
      // "many of them crossing into Uganda": a place of the clause a part of those counted is subject of
      Dependency part = t.isVerb() ? s.childOf(g, "nsubj") : null;
      if (part != null && PART_WORDS.contains(s.token(part.dependent()).lemma().toLowerCase(java.util.Locale.ROOT))
          && ofThem(s, part.dependent())) {
        return true;
      }
      // "1 million who fled to Chad": through the verb of the number's own clause
      boolean clause = head.is("obl") && t.isVerb();
      if (!(head.is("compound") || head.is("flat") || head.is("nmod") || clause)) return false;
      node = g;
    }
    return false;
  }

  /**
   * "270 soldiers and 120 civilians, including residents of the Kursk region, had been handed
   * over": a place in a phrase that names a part of those counted ("including ...") is the part's,
   * unless the figure is in that phrase too ("including 40 in Kursk").
   */
  private static boolean inAPartNamedApart(Sentence s, Place p, Quantity q) {
    return partNamedApart(s, s.tokenAt(p.start()), s.tokenAt(q.start()));
  }

  /**
   * Whether a token (a place's, a date's) lies in a phrase that names a part of those counted
   * ("including 1,040 over the past day") that the figure's token is not in.
   */
  static boolean partNamedApart(Sentence s, int token, int figure) {
    int node = token;
    for (int step = 0; node >= 0 && figure >= 0 && step < 4; step++) {
      for (Dependency d : s.childrenOf(node)) {
        if (d.is("case") && s.token(d.dependent()).word().equalsIgnoreCase("including")) {
          int[] r = s.subtreeRange(node);
          return figure < r[0] || figure > r[1];
        }
      }
      Dependency head = s.headOf(node);
      if (head == null || head.governor() < 0 || !(head.is("nmod") || head.is("compound") || head.is("flat"))) return false;
      node = head.governor();
    }
    return false;
  }

  /** Words that take a part of those counted: "most of them", "some of whom". */
  private static final Set<String> PART_WORDS = Set.of("most", "many", "some", "half", "several", "majority", "rest");

  /** Whether a word takes "of them", "of whom" or "of those". */
  private static boolean ofThem(Sentence s, int word) {
    for (Dependency d : s.childrenOf(word)) {
      String w = s.token(d.dependent()).word().toLowerCase(java.util.Locale.ROOT);
      if (d.is("nmod") && (w.equals("them") || w.equals("whom") || w.equals("those"))) return true;
    }
    return false;
  }

  /** What opens a clause of another act: told before or after the figure's, or beside it ("while in Dnipro ..."). */
  private static final Set<String> ANOTHER_ACT = Set.of("after", "before", "since", "until", "while", "whereas");

  private static final java.util.regex.Pattern TOTAL_SINCE = java.util.regex.Pattern.compile("(?i)\\bsince\\b");

  private static final java.util.regex.Pattern WITHIN = java.util.regex.Pattern.compile(
      "(?i)\\s*,?\\s*in\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s?(?:'s|\u2019s)\\s+)?"
          // "El Fasher, the capital of North Darfur"
          + "|\\s*,\\s*(?:the\\s+)?(?:\\w+\\s+)?(?:capital|main\\s+city|largest\\s+city|seat)\\s+of\\s+(?:the\\s+)?");

  /**
   * "the town of Liancourt in Haiti's Artibonite department", "El Fasher, the capital of North
   * Darfur": a place named as what a finer place right before it lies in is only the wider one.
   */
  private static boolean narrowedBy(AnnotatedText doc, Place p, List<Place> places) {
    for (Place q : places) {
      if (q.end() == null || q.end() > p.start() || p.start() - q.end() > 30 || q.fineness() <= p.fineness()) continue;
      if (WITHIN.matcher(doc.text().substring(q.end(), p.start())).matches()) return true;
    }
    return false;
  }

  private static final java.util.regex.Pattern LOCATOR = java.util.regex.Pattern.compile(
      "(?i)\\s*,?\\s*(?:(?:some|about|around)\\s+)?(?:\\d[\\d,.]*\\s*(?:km|kilometres|kilometers|miles)\\s+)?"
          + "(?:north|south|east|west)(?:-?(?:east|west))?\\s+of\\s+(?:the\\s+)?");

  /**
   * "the Zhytomyr region west of Kyiv", "a village 20 km north of Kharkiv": a place a compass
   * bearing names right after another place only says where that one lies.
   */
  private static boolean locatesPlaceBefore(AnnotatedText doc, Place p, List<Place> places) {
    for (Place q : places) {
      if (q.end() == null || q.end() > p.start() || p.start() - q.end() > 40) continue;
      if (LOCATOR.matcher(doc.text().substring(q.end(), p.start())).matches()) return true;
    }
    return false;
  }

  private static final java.util.regex.Pattern OWNS =
      java.util.regex.Pattern.compile("(?:'s|\u2019s)(?:\\s+capital(?:\\s+city)?,?)?");

  /**
   * "in Nigeria's Zamfara state", "in Mali's capital Bamako": a place that owns the place right
   * after it is the wider one.
   */
  private static boolean ownsNextPlace(AnnotatedText doc, Place p, List<Place> places) {
    for (Place q : places) {
      if (q.start() == null || q.start() < p.end() || q.start() > p.end() + 20) continue;
      String between = doc.text().substring(p.end(), q.start()).strip();
      if (OWNS.matcher(between).matches()) return true;
    }
    return false;
  }

  /**
   * Whether a token lies in a clause of another act told as before or after the figure's, or beside
   * it, with a doer of its own: "fired two missiles at a ship, a day after the United States carried
   * out strikes near Hodeidah"; "the toll rose to six, while in Dnipro five people were confirmed
   * dead". ("killed when a shell hit a house in X" is the same act: not this.)
   */
  private static boolean actBeforeOrAfter(Sentence s, int token, int figure) {
    return onTheWayUp(s, token, figure, (node, head, above) -> head.is("advcl") && s.childOf(node, "nsubj") != null
        && s.childrenOf(node).stream().anyMatch(d -> d.is("mark")
            && ANOTHER_ACT.contains(s.token(d.dependent()).lemma().toLowerCase(java.util.Locale.ROOT))));
  }

  /** A link on the way from a token's clause up to the figure's chain of heads. */
  private interface Link {
    boolean test(int node, Dependency head, Set<Integer> above);
  }

  /**
   * Whether, climbing from a token's clause until the figure's own chain of heads, some link
   * passes the test (read only from a parse).
   */
  private static boolean onTheWayUp(Sentence s, int token, int figure, Link link) {
    if (!s.isParsed() || token < 0) return false;
    Set<Integer> above = Incidents.chain(s, figure);
    int node = Incidents.clauseOf(s, token);
    for (int guard = 0; node >= 0 && guard < s.size(); guard++) {
      if (above.contains(node)) return false;
      Dependency head = s.headOf(node);
      if (head == null || head.governor() < 0) return false;
      if (link.test(node, head, above)) return true;
      node = head.governor();
    }
    return false;
  }

  /**
   * Whether a token lies in a clause set beside the figure's (parataxis) with a subject of its own
   * and no verb of saying: "released 307 prisoners each on Saturday, the second stage of an
   * agreement reached at talks in Istanbul last week".
   */
  private static boolean setBeside(Sentence s, int token, int figure) {
    return onTheWayUp(s, token, figure, (node, head, above) -> head.is("parataxis") && s.token(node).isVerb()
        && s.childOf(node, "nsubj") != null && !Claimants.REPORTING.contains(s.token(node).lemma()));
  }

  /**
   * Whether a token's clause is what a reporting verb off the figure's own chain of heads says (its
   * clausal complement): "..., saying they act for Palestinians in Gaza". A trailing "police said"
   * that the parser made the head of another clause reports nothing apart.
   */
  private static boolean reportedApart(Sentence s, int token, int figure) {
    return onTheWayUp(s, token, figure, (node, head, above) -> {
      Token up = s.token(head.governor());
      return head.is("ccomp") && up.isVerb() && Claimants.REPORTING.contains(up.lemma()) && !above.contains(up.index());
    });
  }


  /**
   * The latest incident figure of the same measure in the sentence, when this figure's own kind
   * was no total marker's; null when there is none.
   */
  private static Claim sameSentenceIncident(AnnotatedText doc, Sentence s, List<Claim> found, String measure) {
    for (int i = found.size() - 1; i >= 0; i--) {
      Claim c = found.get(i);
      if (doc.sentenceAt(c.quantity().start()) != s) return null;
      if (INCIDENT.equals(c.kind()) && java.util.Objects.equals(measure, c.measure())) return c;
    }
    return null;
  }

  private static final Set<String> AS_WHEN = Set.of("as", "when", "while");

  /**
   * The dated incident figure found earlier in the sentence when the figure's clause is joined to
   * the sentence by "as", "when" or "while"; else null.
   */
  private static Claim joinedIncident(AnnotatedText doc, Sentence s, int anchor, List<Claim> found) {
    if (!s.isParsed() || anchor < 0) return null;
    int clause = Incidents.clauseOf(s, anchor);
    Dependency head = clause < 0 ? null : s.headOf(clause);
    if (head == null || !head.is("advcl")) return null;
    boolean joined = false;
    for (Dependency d : s.childrenOf(clause)) {
      joined |= d.is("mark") && AS_WHEN.contains(s.token(d.dependent()).word().toLowerCase(Locale.ROOT));
    }
    if (!joined) return null;
    for (int i = found.size() - 1; i >= 0; i--) {
      Claim c = found.get(i);
      if (doc.sentenceAt(c.quantity().start()) != s) return null;
      if (INCIDENT.equals(c.kind()) && c.time() != null) return c;
    }
    return null;
  }

  /**
   * "launched 250 drones at Ukraine overnight, wounding 15 people in the capital. Air defences shot
   * down 128 drones": a figure of an incident told before is where that incident's latest figure of
   * its own measure was, when the incident gave one a place; else where the incident was told.
   */
  private static Place incidentPlace(List<Claim> found, TimeRef time, String measure, Place told) {
    for (int i = found.size() - 1; i >= 0 && time != null; i--) {
      Claim c = found.get(i);
      boolean sameIncident = INCIDENT.equals(c.kind()) && c.time() != null
          && java.util.Objects.equals(c.time().value(), time.value());
      if (!sameIncident) break;
      if (java.util.Objects.equals(c.measure(), measure)) return c.place() == null ? told : c.place();
    }
    // "The death toll in Lviv rose to five ... The air force said it destroyed 430 of 476 drones":
    // the town where the incident harmed people is not where all its weapons flew
    if (Measures.WEAPONS.equals(measure) && told != null && told.fineness() >= 3) {
      for (Claim c : found) {
        boolean harmedThere = Harm.HARMS.contains(c.measure()) && c.time() != null && c.time().equals(time)
            && told.equals(c.place());
        if (harmedThere) return null;
      }
    }
    return told;
  }

  /** Sentences back within which an undated incident is the one told before it. */
  private static final int INCIDENT_REACH = 3;

  /**
   * The latest dated incident figure up to {@value #INCIDENT_REACH} sentences back, or null. When
   * the figure's clause names the attack as one told ("in the strikes"), the latest figure of an
   * act of that name ("struck 120 targets") before any other.
   */
  private static Claim priorIncident(AnnotatedText doc, Sentence s, int anchor, List<Claim> found,
      List<TimeExpression> times) {
    String told = Incidents.namedAttack(s, anchor);
    if (told != null) {
      for (int i = found.size() - 1; i >= 0; i--) {
        Claim c = found.get(i);
        Sentence at = doc.sentenceAt(c.quantity().start());
        if (at == null || at.index() < s.index() - INCIDENT_REACH) break;
        if (INCIDENT.equals(c.kind()) && c.time() != null && told.equals(Incidents.actOf(at, at.tokenAt(c.quantity().start())))) {
          return priorIncident(doc, s, List.copyOf(found.subList(0, i + 1)), times, null);
        }
      }
    }
    return priorIncident(doc, s, found, times, Incidents.newWeapon(s, anchor));
  }

  /**
   * As above; with {@code weapon}, the lemma of a weapon the figure's clause names as what did its
   * harm ("a Russian guided bomb killed three"), an incident none of whose figures counts that
   * weapon is another act, not this one (null: any).
   */
  private static Claim priorIncident(AnnotatedText doc, Sentence s, List<Claim> found, List<TimeExpression> times,
      String weapon) {
    for (int i = found.size() - 1; i >= 0; i--) {
      Claim c = found.get(i);
      Sentence at = doc.sentenceAt(c.quantity().start());
      if (at == null || at.index() < s.index() - INCIDENT_REACH) return null;
      if (INCIDENT.equals(c.kind()) && c.time() != null) {
        if (weapon != null && !countsWeapon(found, c.time(), weapon)) return null;
        List<String> between = new ArrayList<>();
        for (int k = at.index() + 1; k < s.index(); k++) between.addAll(FigureDates.own(doc.sentences().get(k), times));
        return FigureDates.sameDay(c.time(), between) ? c : null;
      }
    }
    return null;
  }

  /** Words that date a figure by the one before it: "over the same period", "in that time". */
  private static final java.util.regex.Pattern SAME_PERIOD = java.util.regex.Pattern.compile(
      "(?i)\\b(?:over|in|during|for)\\s+(?:the\\s+same\\s+(?:period|time)|that\\s+(?:period|time))\\b");

  /** The time of the latest dated figure in the sentence before or this one, or null. */
  private static TimeRef timeBefore(AnnotatedText doc, Sentence s, List<Claim> found) {
    for (int i = found.size() - 1; i >= 0; i--) {
      Claim c = found.get(i);
      Sentence at = doc.sentenceAt(c.quantity().start());
      if (at == null || at.index() < s.index() - 1) return null;
      if (c.time() != null) return c.time();
    }
    return null;
  }

  private static final String OTHERS = "others";

  /** The unit of the latest figure of people before in the sentence, else the given one. */
  private static String unitBefore(AnnotatedText doc, Sentence s, List<Claim> found, String unit) {
    for (int i = found.size() - 1; i >= 0; i--) {
      Claim c = found.get(i);
      if (doc.sentenceAt(c.quantity().start()) != s) break;
      if (c.unit() != null && !OTHERS.equals(c.unit()) && Measures.isPeople(c.unit())) return c.unit();
    }
    return unit;
  }

  /** Whether an incident figure of the given time counts the weapon ("95 drones" counts "drone"). */
  private static boolean countsWeapon(List<Claim> found, TimeRef time, String weapon) {
    for (Claim c : found) {
      if (INCIDENT.equals(c.kind()) && c.time() != null && java.util.Objects.equals(c.time().value(), time.value())
          && c.unit() != null && c.unit().toLowerCase(Locale.ROOT).contains(weapon)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The incident of the latest incident figure in the sentence, else up to {@value
   * #INCIDENT_REACH} sentences back when that figure has no day and no date comes between; else
   * null. A dated one before the sentence is {@link #attackBefore}'s.
   */
  private static Told incidentJustBefore(AnnotatedText doc, Sentence s, List<Claim> found, List<TimeExpression> times) {
    for (int i = found.size() - 1; i >= 0; i--) {
      Claim c = found.get(i);
      Sentence at = doc.sentenceAt(c.quantity().start());
      if (at == null || at.index() < s.index() - INCIDENT_REACH) return null;
      if (!INCIDENT.equals(c.kind())) continue;
      // "has risen to 11, the commander said, and 23 soldiers were wounded": its sentence's, dated or not
      if (at == s) return new Told(c.time(), c.place());
      if (c.time() != null) return null;
      for (int k = at.index() + 1; k < s.index(); k++) {
        if (!FigureDates.own(doc.sentences().get(k), times).isEmpty()) return null;
      }
      return new Told(null, c.place());
    }
    return null;
  }

  /** The latest figure of people with a harm in the sentence, or null. */
  private static Claim latestPeople(AnnotatedText doc, Sentence s, List<Claim> found) {
    for (int i = found.size() - 1; i >= 0; i--) {
      Claim c = found.get(i);
      if (doc.sentenceAt(c.quantity().start()) != s) return null;
      if (Harm.HARMS.contains(c.measure())) return c;
    }
    return null;
  }

  /** When and where an attack told before happened. */
  private record Told(TimeRef time, Place place) {}

  /**
   * The attack told nearest before a sentence, up to {@value #INCIDENT_REACH} sentences back: a dated
   * incident figure, else a sentence telling a dated attack ({@link Incidents#toldAttack}); null
   * when none, or when the sentence names a weapon with "a" that the attack before neither counted
   * nor named ({@link Incidents#newWeapon}).
   */
  private static Told attackBefore(AnnotatedText doc, Sentence s, int anchor, List<Claim> found,
      List<TimeExpression> times, List<Place> places) {
    String named = Incidents.namedAttack(s, anchor);
    // "a Russian guided bomb killed three": no attack that counted or named no such weapon
    String weapon = Incidents.newWeapon(s, anchor);
    List<String> between = new ArrayList<>();
    for (int i = s.index() - 1; i >= Math.max(0, s.index() - INCIDENT_REACH); i--) {
      Sentence before = doc.sentences().get(i);
      Claim latest = null;
      for (int k = found.size() - 1; k >= 0; k--) {
        Claim c = found.get(k);
        if (doc.sentenceAt(c.quantity().start()) != before || !INCIDENT.equals(c.kind()) || c.time() == null) continue;
        if (latest == null) latest = c;
        // "... wounded in the strikes": the figure of the act of that name
        if (named == null || named.equals(Incidents.actOf(before, before.tokenAt(c.quantity().start())))) {
          latest = c;
          break;
        }
      }
      if (latest != null && weapon != null && !countsWeapon(found, latest.time(), weapon)) return null;
      if (latest != null) return FigureDates.sameDay(latest.time(), between) ? new Told(latest.time(), latest.place()) : null;
      TimeExpression day = Incidents.toldAttack(before, times);
      if (day != null && weapon != null && before.tokens().stream().noneMatch(t -> t.lemma().equalsIgnoreCase(weapon))) {
        return null;
      }
      if (day != null) {
        return FigureDates.sameDay(timeRef(day), between) ? new Told(timeRef(day), place(doc, before, day.start(), places, null, -1)) : null;
      }
      between.addAll(FigureDates.own(before, times));
    }
    return null;
  }

  /** How many sentences after an undated incident figure the story may tell its attack's day. */
  private static final int TOLD_LATER_REACH = 8;

  /**
   * The attack a story tells after a sentence, up to {@value #TOLD_LATER_REACH} sentences on: the
   * first sentence telling a dated attack ({@link Incidents#toldAttack}), when no date of another
   * day comes between and no later sentence in reach tells an attack of another day; else null.
   */
  private static Told attackAfter(AnnotatedText doc, Sentence s, List<TimeExpression> times, List<Place> places) {
    List<String> between = new ArrayList<>();
    Told found = null;
    int last = Math.min(doc.sentences().size() - 1, s.index() + TOLD_LATER_REACH);
    for (int i = s.index() + 1; i <= last; i++) {
      Sentence after = doc.sentences().get(i);
      TimeExpression day = Incidents.toldAttack(after, times);
      if (day != null && found == null) {
        if (!FigureDates.sameDay(timeRef(day), between)) return null;
        found = new Told(timeRef(day), place(doc, after, day.start(), places, null, -1));
      } else if (day != null && !FigureDates.sameDay(found.time(), List.of(day.value()))) {
        return null;
      } else if (found == null) {
        between.addAll(FigureDates.own(after, times));
      }
    }
    return found;
  }

  /** Whether two places are one: the same name, or one the country of the other. */
  private static boolean samePlace(Place a, Place b) {
    if (a.name() != null && a.name().equalsIgnoreCase(b.name())) return true;
    if (a.country() == null || !a.country().equals(b.country())) return false;
    return "country".equals(a.precision()) || "country".equals(b.precision());
  }

  /**
   * Whether a sentence names a time that is no single day: "Last year, aid agencies said, 300 were
   * killed", "killed over the past 24 hours". Its figure has a time of its own, not an attack's.
   */
  private static boolean timeOtherThanADay(Sentence s, List<TimeExpression> times) {
    for (TimeExpression t : times) {
      if (t.start() >= s.start() && t.end() <= s.end() && (t.value() == null || !ONE_DAY.matcher(t.value()).matches())
          && !howLong(s, t)) {
        return true;
      }
    }
    return false;
  }

  /** "took control of the camp for several hours": how long something lasted is no time of the figure. */
  private static boolean howLong(Sentence s, TimeExpression t) {
    int first = s.tokenAt(t.start());
    return "DURATION".equals(t.type()) && first > 0 && s.token(first - 1).word().equalsIgnoreCase("for");
  }

  private static final java.util.regex.Pattern ONE_DAY = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");

  private static boolean snapshotMarker(Sentence s) {
    for (Token t : s.tokens()) if (snapshotWord(t)) return true;
    return false;
  }

  /** "now", "remain", "stationed"; not the noun "a radio station". */
  private static boolean snapshotWord(Token t) {
    return SNAPSHOT.contains(t.lemma()) && !t.isNoun();
  }

  private static final Set<String> SUPPLYING = Set.of("ship", "supply", "deliver", "provide", "transfer", "give",
      "sell", "export", "hand", "send", "donate", "pledge");

  /** Whether the counted noun is the object of a verb that hands things over. */
  private static boolean supplied(Sentence s, int noun) {
    if (noun < 0 || !s.isParsed()) return false;
    Dependency head = s.headOf(noun);
    if (head != null && head.is("conj") && head.governor() >= 0) head = s.headOf(head.governor());
    return head != null && head.is("obj") && head.governor() >= 0 && SUPPLYING.contains(s.token(head.governor()).lemma());
  }

  /**
   * A snapshot's marker in the figure's own clauses: "up to 15,000 soldiers were now in Kursk, and
   * that Ukrainian forces had captured two of them in January" leaves the two captured a total.
   * Without a parse, anywhere in the sentence.
   */
  /**
   * People whose state lasts: held or displaced "still" are so at the moment told. Not the missing,
   * whom a story counts "still missing" as its incident's toll.
   */
  private static final Set<String> LASTING = Set.of(Measures.CAPTURED, Measures.DISPLACED);

  /**
   * Whether the figure's own clauses mark a state at a moment ("now", "remain"); for people held or
   * displaced also "still" ("more than 8,000 Ukrainians are still held in Russia").
   */
  private static boolean snapshotMarker(Sentence s, Quantity q, String measure) {
    if (!s.isParsed()) return snapshotMarker(s);
    int figure = s.tokenAt(q.start());
    if (figure < 0) return snapshotMarker(s);
    // the figure's own clauses: up from it, but not past a conjunct's first clause or a relative clause
    Set<Integer> own = new java.util.HashSet<>();
    int node = figure;
    while (node >= 0 && own.add(node)) {
      Dependency head = s.headOf(node);
      node = head == null || head.is("conj") || head.is("acl:relcl") ? -1 : head.governor();
    }
    boolean lasting = LASTING.contains(measure);
    for (Token t : s.tokens()) {
      if (!snapshotWord(t) && !(lasting && t.lemma().equalsIgnoreCase("still") && !t.isNoun())) continue;
      int clause = Incidents.clauseOf(s, t.index());
      // "150 people displaced by fighting had been sheltering": a verb after the figure that the
      // parser left hanging on the figure's own clause as a bare dependent is of that clause
      Dependency hung = s.headOf(clause);
      if (own.contains(clause) || t.start() > q.end() && hung != null && hung.is("dep")
          && hung.governor() == Incidents.clauseOf(s, figure)) {
        return true;
      }
    }
    return false;
  }

  private static boolean totalMarker(Sentence s) {
    return TOTAL.matcher(s.tokens().stream().map(Token::lemma).reduce("", (a, b) -> a + " " + b)).find();
  }

  private static final Set<String> NEGATIONS = Set.of("not", "n't", "never");

  /**
   * "We do not see evidence of 120,000 people", "the army did not kill 40 civilians": a figure whose
   * own clause is negated is what someone denies, no claim of it.
   */
  private static boolean negated(Sentence s, int anchor) {
    if (!s.isParsed() || anchor < 0) return false;
    int verb = Incidents.clauseOf(s, anchor);
    if (verb < 0 || !s.token(verb).isVerb()) return false;
    for (Dependency d : s.childrenOf(verb)) {
      if ((d.is("advmod") || d.is("neg")) && NEGATIONS.contains(s.token(d.dependent()).word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a total's marker ("since", "so far") stands between two offsets of a sentence. */
  private static boolean totalMarkerBetween(Sentence s, int from, int to) {
    return TOTAL.matcher(s.tokens().stream().filter(t -> t.start() >= from && t.end() <= to).map(Token::lemma)
        .reduce("", (a, b) -> a + " " + b)).find();
  }

  private static TimeRef timeRef(TimeExpression t) {
    return new TimeRef(t.text(), t.value(), t.start(), t.end());
  }


  /**
   * Whether a hedge word qualifies the figure: anywhere in its sentence, unless the parse puts the
   * word in a clause of its own that does not hold the figure ("60,000 remain displaced, while the
   * UN estimates that 90,000 fled" hedges the 90,000 only).
   */
  private static boolean isHedged(Sentence s, int anchor) {
    for (Token t : s.tokens()) {
      if (HEDGES.contains(t.lemma()) && !inOtherClause(s, t.index(), anchor)) return true;
    }
    return false;
  }

  /**
   * Clauses a hedge stays inside. Not a parenthetical (", the group claimed,") nor a participle
   * ("an estimated 5,000"): those hedge what they stand by.
   */
  private static final Set<String> CLAUSES = Set.of("advcl", "ccomp", "conj", "acl:relcl", "csubj");

  private static boolean inOtherClause(Sentence s, int word, int anchor) {
    if (!s.isParsed()) return false;
    int node = word;
    for (int guard = 0; guard < s.size(); guard++) {
      Dependency head = s.headOf(node);
      if (head == null || head.governor() < 0) return false;
      if (CLAUSES.contains(head.relation())) {
        int[] r = s.subtreeRange(node);
        if (anchor < r[0] || anchor > r[1]) return true;
      }
      node = head.governor();
    }
    return false;
  }

  private static final java.util.regex.Pattern SPREAD = java.util.regex.Pattern.compile(
      "(?i)\\b(?:across|throughout|around) the (?:country|region|nation)\\b|\\bnationwide\\b|\\belsewhere\\b");

  /** Words of a figure's own clause that spread it over a country: "nationwide", "across the country". */
  private static final Set<String> COUNTRYWIDE = Set.of("nationwide", "countrywide");
  private static final Set<String> NATION = Set.of("country", "nation");
  private static final Set<String> ACROSS = Set.of("across", "throughout");

  /**
   * "fighting had forced nearly 1.3 million people from their homes nationwide": a figure its own
   * clause spreads over the country is placed at no town, whatever another clause names.
   */
  private static boolean spreadClause(Sentence s, int figure) {
    if (!s.isParsed()) return false;
    int clause = Incidents.clauseOf(s, figure);
    for (Dependency d : s.childrenOf(clause)) {
      Token t = s.token(d.dependent());
      String lemma = t.lemma().toLowerCase(Locale.ROOT);
      if (COUNTRYWIDE.contains(lemma) || COUNTRYWIDE.contains(t.word().toLowerCase(Locale.ROOT))) return true;
      Dependency c = d.is("obl") && NATION.contains(lemma) ? s.childOf(d.dependent(), "case") : null;
      if (c != null && ACROSS.contains(s.token(c.dependent()).lemma().toLowerCase(Locale.ROOT))) return true;
    }
    return false;
  }

  /** "Another 44 people were wounded across the country": a figure spread wider than one place. */
  private static boolean spread(AnnotatedText doc, Sentence s) {
    return SPREAD.matcher(doc.span(s.start(), s.end())).find();
  }

  private static Claim asIncrement(Claim c) {
    return new Claim(c.measure(), c.unit(), c.quantity(), c.low(), c.high(), c.qualifier(), c.per(), "increment",
        c.subject(), c.place(), c.time(), c.source(), c.hedged(), c.evidence(), c.finder());
  }

  /** Whether a harm figure follows one of another harm, with none of its own measure before it. */
  private static boolean addsToAnotherHarm(List<Claim> before, String measure) {
    if (before.isEmpty() || !Harm.HARMS.contains(measure)) return false;
    String last = before.get(before.size() - 1).measure();
    return Harm.HARMS.contains(last) && before.stream().noneMatch(c -> measure.equals(c.measure()));
  }

  /**
   * "1.5 billion euros ($1.6 billion)": an amount in brackets right after another amount is that
   * amount in another currency, no figure of its own.
   */
  private static boolean convertedBefore(String text, Quantity before, Quantity q, CountedNoun counted) {
    if (before == null || !Measures.MONEY.equals(counted.measure()) || before.end() > q.start()
        || before.unit() == null || !Measures.MONEY.equals(Measures.ofNoun(before.unit().toLowerCase(Locale.ROOT)))) {
      return false;
    }
    int close = text.indexOf(')', q.end());
    return text.substring(before.end(), q.start()).matches("\\s*\\(\\s*")
        && close >= 0 && text.substring(q.end(), close).isBlank();
  }

  /** Verbs of a count going up: "the toll has risen to five". */
  private static final Set<String> RISING = Set.of("rise", "climb", "increase", "jump", "grow", "mount", "reach");

  /**
   * "has risen to five after two of the wounded died", "rose to 25 as three more died": a figure
   * in the words after "after", "as" or "when" that hang on a verb of a count going up tells what
   * the rise added, however the parser hung them (a clause, or the figure itself).
   */
  private static boolean addedByARise(Sentence s, int figure) {
    if (!s.isParsed() || figure < 0) return false;
    int[] nodes = {figure, Incidents.clauseOf(s, figure)};
    for (int node : nodes) {
      Dependency head = s.headOf(node);
      if (head == null || head.governor() < 0
          || !RISING.contains(s.token(head.governor()).lemma().toLowerCase(Locale.ROOT))) {
        continue;
      }
      Dependency mark = s.childOf(node, head.is("obl") ? "case" : "mark");
      if (mark != null && SUBORDINATORS.contains(s.token(mark.dependent()).word().toLowerCase(Locale.ROOT))) return true;
    }
    return false;
  }

  private static final Set<String> INCREMENT = Set.of(
      "more", "another", "additional", "further", "extra", "fresh", "reinforcement");
  /** Words that open a clause of another figure's words: "rose to 25 as more of the wounded died". */
  private static final Set<String> SUBORDINATORS = Set.of("as", "after", "when", "while", "because", "once");
  /** Words of a state at a moment: "now", "remain", "stationed", "had been sheltering", "are staying". */
  private static final Set<String> SNAPSHOT = Set.of("currently", "now", "remain", "station", "shelter", "stay");
  private static final java.util.regex.Pattern TOTAL = java.util.regex.Pattern.compile(
      "\\b(since|in total|so far|to date|overall|cumulative|total|altogether)\\b");

  /** The kind of a figure that counts what one incident did ({@link Incidents}). */
  static final String INCIDENT = "incident";

  /**
   * total, increment, incident, rate or snapshot. Increments are marked next to the figure ("3,000
   * more troops", "as reinforcements"); an incident when nothing in its own clauses marks a total;
   * totals and snapshots anywhere in the sentence.
   */
  private static String kind(Sentence s, Quantity q, String measure, boolean incident, boolean increments) {
    if (q.per() != null) return "rate";
    int stop = q.end() + 40;
    // "nine, including three children, after rescuers pulled more bodies": a comma after the
    // figure ends what marks it
    for (Token t : s.tokens()) {
      if (t.start() >= q.end() && (t.word().equals(",") || t.word().equals(";"))) {
        stop = Math.min(stop, t.start());
        break;
      }
    }
    // before the figure, only the word right before it: "another 3,000", not "seizing another and killing 4"
    int first = s.tokenAt(q.start());
    // after it, "more" and its like only up to the next verb: "rose to 19 as rescuers recovered more
    // bodies" adds nothing to the 19, nor does "rose to 25 as more of the wounded died", a clause a
    // subordinator opens; "as reinforcements" may come after either ("were sent as reinforcements")
    int verb = Integer.MAX_VALUE;
    for (Token t : s.tokens()) {
      boolean opens = t.pos().equals("IN") && SUBORDINATORS.contains(t.word().toLowerCase(Locale.ROOT));
      if (t.start() >= q.end() && (t.isVerb() || opens)) {
        verb = t.start();
        break;
      }
    }
    for (Token t : s.tokens()) {
      if (t.start() > verb && !t.lemma().equals("reinforcement")) continue;
      boolean near = (t.start() >= q.start() || t.index() == first - 1) && t.start() <= stop;
      // "more than 7 million" is a bound, not an increment
      boolean bound = t.start() >= q.start() && t.end() <= q.end()
          || t.index() + 1 < s.size() && s.token(t.index() + 1).word().equalsIgnoreCase("than");
      // "had risen to 29 after five more bodies were pulled": a "more" of another number is that number's
      boolean another = t.start() >= q.end() && t.index() > 0 && s.token(t.index() - 1).pos().equals("CD")
          && s.token(t.index() - 1).start() >= q.end();
      if (increments && near && !bound && !another && INCREMENT.contains(t.lemma())) return "increment";
    }
    // an incident has no total marker in its own clauses ({@link Incidents}); one elsewhere in the
    // sentence marks another figure's total
    if (incident) return INCIDENT;
    if (totalMarker(s)) return "total";
    if (snapshotMarker(s, q, measure)) return "snapshot";
    return Measures.TROOPS.equals(measure) || Measures.WEAPONS.equals(measure)
        ? "snapshot" : "total";
  }
}
