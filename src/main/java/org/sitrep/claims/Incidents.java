package org.sitrep.claims;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;
import org.sitrep.time.TimeExpression;

/**
 * Whether a figure counts what one incident did, as opposed to a running total. "A missile struck
 * the city late on Friday, killing 14" and "the strike on the market killed 12" count one incident;
 * "the war has killed 12,000" does not. An incident's figures are reconciled with other reports of
 * the same incident, never with the war's toll, so that a strike's 14 dead and a war's 12,000 are
 * not one disputed thread.
 */
final class Incidents {
  /** What one incident is about: harm to people, people driven out, weapons fired, buildings hit, strikes made. */
  private static final Set<String> MEASURES = Set.of(Measures.KILLED, Measures.WOUNDED,
      Measures.CASUALTIES, Measures.MISSING, Measures.CAPTURED, Measures.DISPLACED, Measures.WEAPONS,
      Measures.INFRASTRUCTURE, Measures.ATTACKS);
  /** Acts that happen at one time and place; a long operation ("offensive", "siege") is not one. */
  private static final Set<String> ATTACKS = Set.of("strike", "airstrike", "attack", "bombing",
      "explosion", "blast", "raid", "ambush", "barrage", "shooting", "massacre", "crash", "stampede");
  /** What a weapon does in one incident: "launched 65 drones", "shot down 42". */
  private static final Set<String> FIRING = Set.of("launch", "fire", "shoot", "intercept", "down",
      "attack", "strike", "target", "destroy", "use", "hit", "drop");
  private static final Pattern DAY = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}.*");

  private Incidents() {}

  /** One incident a figure counts, and the date of its day when the clause gives one. */
  record Incident(TimeExpression date) {}

  /**
   * The incident a figure counts, or null: a date of one day on the figure's clause, a clause
   * above it (not the date of a report) or an adverbial clause of either, or a singular attack noun
   * in such a clause.
   */
  static Incident of(Sentence s, Quantity q, CountedNoun c, List<TimeExpression> times) {
    if (!s.isParsed() || c.measure() == null || !MEASURES.contains(c.measure())) return null;
    int figure = c.noun() >= 0 ? c.noun() : s.tokenAt(q.start());
    if (figure < 0) return null;
    Set<Integer> above = chain(s, figure);
    TimeExpression attackDay = attackDay(s, times, above);
    // "21 people were killed in Saturday's car bomb attack, the highest toll so far": the count so
    // far of the attack its day owns is still that attack's (not one counted "since" it)
    if (attackDay != null && !afterSince(s, attackDay) && firing(s, c, above)) return new Incident(attackDay);
    if (totalMarked(s, above)) return null;
    if (attackDay != null && firing(s, c, above)) return new Incident(attackDay);
    for (TimeExpression t : times) {
      if (!DAY.matcher(t.value() == null ? "" : t.value()).matches() || t.start() < s.start() || t.end() > s.end()) continue;
      if (t.start() >= q.start() && t.end() <= q.end()) continue;
      int last = s.tokenAt(t.end() - 1);
      if (last < 0 || s.token(Math.max(0, s.tokenAt(t.start()) - 1)).word().equalsIgnoreCase("since")) continue;
      int clause = clauseOf(s, last);
      if (daysApart(s, figure, clause)) continue;
      if ((within(s, clause, above) || conjoinedHarm(s, clause, above))
          && !Claimants.REPORTING.contains(s.token(clause).lemma()) && firing(s, c, above)) {
        return new Incident(t);
      }
      // "40 of the 54 drones launched overnight": a clause on the counted noun itself dates it
      if (c.noun() >= 0 && onNoun(s, clause, c.noun()) && firing(s, c, Set.of(clause))) return new Incident(t);
    }
    if (Measures.WEAPONS.equals(c.measure())) return null;
    // "it had struck a meeting of commanders in the city, killing more than 60 servicemen": a harm
    // told as what one past attack did
    if (Harm.HARMS.contains(c.measure()) && byAPastAttack(s, above)) return new Incident(null);
    for (Token t : s.tokens()) {
      if (isAttack(t) && within(s, clauseOf(s, t.index()), above)) return new Incident(null);
      if (isAttack(t) && onAnArgument(s, clauseOf(s, t.index()), above)) return new Incident(null);
      if (weaponThatStruck(s, t, above)) return new Incident(null);
    }
    return attackHostingRelative(s, above) ? new Incident(null) : null;
  }

  /**
   * "the death toll from Saturday's missile strike": a day that owns an attack noun in one of the
   * figure's clauses is that attack's, before any other date of the sentence ("on Sunday").
   */
  private static TimeExpression attackDay(Sentence s, List<TimeExpression> times, Set<Integer> above) {
    for (TimeExpression t : times) {
      if (!DAY.matcher(t.value() == null ? "" : t.value()).matches() || t.start() < s.start() || t.end() > s.end()) continue;
      int last = s.tokenAt(t.end() - 1);
      Dependency head = last < 0 ? null : s.headOf(last);
      if (head == null || !head.is("nmod:poss") || head.governor() < 0 || !isAttack(s.token(head.governor()))) continue;
      if (within(s, clauseOf(s, head.governor()), above)) return t;
    }
    return null;
  }

  /** Whether a verb of attack in the past is above the figure: "struck a base, killing 12". */
  private static boolean byAPastAttack(Sentence s, Set<Integer> above) {
    for (int node : above) {
      if (pastAttack(s.token(node))) return true;
      // "40 people died when gangs stormed the town": an attack the harm's clause is timed by
      for (Dependency d : s.childrenOf(node)) {
        if (d.is("advcl") && pastAttack(s.token(d.dependent())) && markedBy(s, d.dependent(), WHEN)) return true;
      }
    }
    return false;
  }

  private static final Set<String> WHEN = Set.of("when", "as", "after");

  private static boolean pastAttack(Token t) {
    return (t.pos().equals("VBD") || t.pos().equals("VBN"))
        && ATTACK_VERBS.contains(t.lemma().toLowerCase(java.util.Locale.ROOT));
  }

  private static boolean markedBy(Sentence s, int verb, Set<String> words) {
    for (Dependency d : s.childrenOf(verb)) {
      String w = s.token(d.dependent()).word().toLowerCase(java.util.Locale.ROOT);
      if ((d.is("mark") || d.is("advmod")) && words.contains(w)) return true;
    }
    return false;
  }

  /** Verbs that tell one attack: "missiles struck a base", "an air strike hit a house", "shelled the town". */
  private static final Set<String> ATTACK_VERBS = Set.of("strike", "hit", "attack", "bomb", "shell", "pound",
      "raid", "ambush", "target", "storm", "blast", "destroy");

  /**
   * The date of the one attack a sentence tells, or null: a day (not the date of a report, not
   * after "since") on a clause whose verb is an attack ("Ukrainian missiles struck a base late on
   * Tuesday") or whose subject is a single attack noun ("an explosion ripped through a market on
   * Friday"). A later sentence's undated harm figure may count what it did.
   */
  static TimeExpression toldAttack(Sentence s, List<TimeExpression> times) {
    if (!s.isParsed()) return null;
    for (TimeExpression t : times) {
      if (!DAY.matcher(t.value() == null ? "" : t.value()).matches() || t.start() < s.start() || t.end() > s.end()) continue;
      int first = s.tokenAt(t.start());
      int last = s.tokenAt(t.end() - 1);
      if (first < 0 || last < 0 || first > 0 && s.token(first - 1).word().equalsIgnoreCase("since")) continue;
      int clause = clauseOf(s, last);
      if (Claimants.REPORTING.contains(s.token(clause).lemma()) || alleged(s, clause)) continue;
      if (ATTACK_VERBS.contains(s.token(clause).lemma()) && s.token(clause).isVerb()) return t;
      Dependency subject = s.childOf(clause, "nsubj");
      if (subject != null && isAttack(s.token(subject.dependent()))) return t;
      // "The bomb went off at about 8 p.m. on Saturday", "a missile slammed into the block on Monday"
      if (subject != null && isOneWeapon(s.token(subject.dependent())) && WEAPON_VERBS.contains(s.token(clause).lemma())) {
        return t;
      }
      // "gunmen opened fire on worshippers on Friday"
      Dependency object = s.childOf(clause, "obj");
      if (s.token(clause).lemma().equals("open") && object != null && s.token(object.dependent()).lemma().equals("fire")) {
        return t;
      }
    }
    return null;
  }

  /** Verbs that put an act as one side's charge or denial: "accused the army of attacking". */
  private static final Set<String> ALLEGING = Set.of("accuse", "deny", "blame", "allege", "reject", "dispute");

  /**
   * "accused the army of attacking its positions on Friday", "denied attacking": an attack one side
   * charges or denies, below such a verb, is no attack the story tells.
   */
  private static boolean alleged(Sentence s, int clause) {
    Dependency up = s.headOf(clause);
    for (int step = 0; up != null && up.governor() >= 0 && step < 2; step++) {
      if (ALLEGING.contains(s.token(up.governor()).lemma().toLowerCase(java.util.Locale.ROOT))) return true;
      up = s.headOf(up.governor());
    }
    return false;
  }

  /**
   * "died of wounds sustained in the strike, raising the toll to 25": a participle clause on a noun
   * that one of the figure's clauses takes, telling the attack the harm came from.
   */
  private static boolean onAnArgument(Sentence s, int clause, Set<Integer> above) {
    Dependency acl = s.headOf(clause);
    // the tagger may make the participle an adjective: "wounds/obl sustained/amod"
    boolean participle = acl != null && (acl.is("acl") || acl.is("amod") && s.token(clause).pos().equals("VBN"));
    if (!participle || acl.governor() < 0) return false;
    Dependency argument = s.headOf(acl.governor());
    return argument != null && (argument.is("obl") || argument.is("obj")) && above.contains(argument.governor());
  }

  /** Whether "since" comes up to three words before a time: "since Saturday's attack". */
  private static boolean afterSince(Sentence s, TimeExpression t) {
    int first = s.tokenAt(t.start());
    for (int i = first - 1; i >= 0 && i >= first - 3; i--) if (s.token(i).word().equalsIgnoreCase("since")) return true;
    return false;
  }

  /** What a single weapon does when it strikes: "went off", "exploded", "slammed into", "landed". */
  private static final Set<String> WEAPON_VERBS = Set.of("go", "explode", "detonate", "slam", "crash", "land",
      "tear", "rip", "smash", "plough", "plow");

  private static final Set<String> THE = Set.of("the", "this", "that");

  /**
   * Whether a sentence's main clause has "the attack" (a single attack noun, definite) as its
   * subject; decided from the words first, so that most sentences cost no parse.
   */
  static boolean opensWithTheAttack(Sentence s) {
    boolean named = false;
    for (int i = 1; i < s.size() && !named; i++) {
      if (!isAttack(s.token(i))) continue;
      // "The strike", "The drone strike", "The Russian air strike"
      for (int k = i - 1; k >= Math.max(0, i - 4) && !named; k--) {
        named = THE.contains(s.token(k).word().toLowerCase(java.util.Locale.ROOT));
      }
    }
    if (!named || !s.isParsed() || s.root() < 0) return false;
    Dependency subject = s.childOf(s.root(), "nsubj");
    if (subject == null || !isAttack(s.token(subject.dependent()))) return false;
    Dependency det = s.childOf(subject.dependent(), "det");
    return det != null && THE.contains(s.token(det.dependent()).word().toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * Whether the clause of a figure tells a past act ("seven people were killed", "two soldiers had
   * been wounded", "the blast killed 12"), not a count that still runs ("300 have been killed",
   * "has lost 600,000", "are missing") nor one to come ("will be").
   */
  static boolean pastAct(Sentence s, int token) {
    if (!s.isParsed() || token < 0) return false;
    int clause = clauseOf(s, token);
    Token verb = s.token(clause);
    if (!verb.isVerb()) return false;
    String pos = verb.pos();
    if (pos.equals("VBP") || pos.equals("VBZ") || pos.equals("VB") || pos.equals("VBG")) return false;
    for (Dependency d : s.childrenOf(clause)) {
      if (!d.is("aux") && !d.is("auxpass")) continue;
      String aux = s.token(d.dependent()).pos();
      if (!aux.equals("VBD") && !aux.equals("VBN")) return false;
    }
    return true;
  }

  /**
   * "five people were still missing under the rubble": the missing of a past act, told in the past
   * ("were missing"), not a count that still runs ("are missing").
   */
  static boolean missingThen(Sentence s, int token) {
    if (!s.isParsed() || token < 0) return false;
    int clause = clauseOf(s, token);
    if (!s.token(clause).word().equalsIgnoreCase("missing")) return false;
    for (Dependency d : s.childrenOf(clause)) {
      if ((d.is("aux") || d.is("cop")) && s.token(d.dependent()).pos().equals("VBD")) return true;
    }
    return false;
  }

  /** Weapons one of which, as the doer of a harm, makes one incident: "a roadside bomb killed five". */
  private static final Set<String> ONE_WEAPON = Set.of("bomb", "mine", "landmine", "missile", "rocket", "shell",
      "drone", "grenade", "device", "projectile");

  /** "a roadside bomb killed five soldiers": a single weapon, the subject of the figure's verb. */
  private static boolean weaponThatStruck(Sentence s, Token t, Set<Integer> above) {
    if (!isOneWeapon(t)) return false;
    Dependency head = s.headOf(t.index());
    // "people killed by a Russian missile that hit an apartment building": the weapon as the agent
    if (head == null || !(head.is("nsubj") || head.is("obl:agent") || head.is("obl") && by(s, t.index()))
        || head.governor() < 0) {
      return false;
    }
    if (above.contains(head.governor())) return true;
    // of the participle on the counted people: "the number of people killed by a missile"
    Dependency verb = s.headOf(head.governor());
    if (verb != null && verb.is("acl") && above.contains(verb.governor())) return true;
    // of a participle on what the figure's clause acts on: "recovered more bodies from the ruins of
    // a building hit by a Russian missile, bringing the death toll to 17"
    return !head.is("nsubj") && ATTACK_VERBS.contains(s.token(head.governor()).lemma()) && onAnArgument(s, head.governor(), above);
  }

  private static boolean isOneWeapon(Token t) {
    return t.pos().equals("NN") && ONE_WEAPON.contains(t.lemma());
  }

  private static boolean by(Sentence s, int noun) {
    Dependency c = s.childOf(noun, "case");
    return c != null && s.token(c.dependent()).word().equalsIgnoreCase("by");
  }

  /**
   * "a large attack by the paramilitary RSF on El Fasher": whether the name over [start, end) is
   * what an attack noun is on (or against), however much comes between them.
   */
  static boolean attackedOn(Sentence s, int start, int end) {
    int head = -1;
    for (int i = 0; i < s.size(); i++) {
      Token t = s.token(i);
      if (t.start() < start || t.end() > end) continue;
      Dependency up = s.headOf(i);
      int g = up == null ? -1 : up.governor();
      if (g < 0 || s.token(g).start() < start || s.token(g).end() > end) head = i;
    }
    Dependency up = head < 0 ? null : s.headOf(head);
    Dependency c = head < 0 ? null : s.childOf(head, "case");
    if (up == null || up.governor() < 0 || c == null) return false;
    String marker = s.token(c.dependent()).lemma().toLowerCase(java.util.Locale.ROOT);
    Token on = s.token(up.governor());
    return (marker.equals("on") || marker.equals("against")) && on.isNoun() && ATTACKS.contains(on.lemma());
  }

  private static boolean isAttack(Token t) {
    return t.pos().equals("NN") && ATTACKS.contains(t.lemma());
  }

  /**
   * "an air raid on the city of Susangerd, where 100 people were killed": the figure's relative
   * clause hangs on a noun phrase headed by a single attack.
   */
  private static boolean attackHostingRelative(Sentence s, Set<Integer> above) {
    for (int node : above) {
      Dependency head = s.headOf(node);
      if (head == null || !head.is("acl:relcl")) continue;
      for (int n = head.governor(), guard = 0; n >= 0 && s.token(n).isNoun() && guard < s.size(); guard++) {
        if (isAttack(s.token(n))) return true;
        Dependency up = s.headOf(n);
        n = up == null ? -1 : up.governor();
      }
    }
    return false;
  }

  /** Whether a verb above a token fires, downs or uses weapons: "dropped more than 50 munitions". */
  static boolean fired(Sentence s, int token) {
    if (!s.isParsed() || token < 0) return false;
    for (int i : chain(s, token)) if (FIRING.contains(s.token(i).lemma())) return true;
    return false;
  }

  /** Weapons count in an incident only when they are fired, shot down or used in it. */
  private static boolean firing(Sentence s, CountedNoun c, Set<Integer> above) {
    if (!Measures.WEAPONS.equals(c.measure())) return true;
    for (int i : above) if (FIRING.contains(s.token(i).lemma())) return true;
    return false;
  }

  /** Words that make a figure a running total: "since", "so far", "to date", "in total". */
  private static final Set<String> TOTALS = Set.of("since", "overall", "cumulative", "total", "altogether");
  private static final Set<String> TOTAL_PAIRS = Set.of("so far", "to date", "in all", "in total");

  /**
   * Whether a clause the figure is in marks a running total. A marker in another clause of the
   * sentence, even an adverbial one ("..., bringing the total this month to 140"), leaves this
   * figure an incident's.
   */
  private static boolean totalMarked(Sentence s, Set<Integer> above) {
    for (int i = 0; i < s.size(); i++) {
      String w = s.token(i).lemma().toLowerCase(java.util.Locale.ROOT);
      String pair = i + 1 < s.size() ? w + " " + s.token(i + 1).lemma().toLowerCase(java.util.Locale.ROOT) : "";
      if ((TOTALS.contains(w) || TOTAL_PAIRS.contains(pair)) && above.contains(clauseOf(s, i))) return true;
      if (w.equals("since") && sinceClauseOfAPerfect(s, i, above)) return true;
    }
    return false;
  }

  /**
   * "Since the ceasefire took effect on Nov. 27, Israeli strikes have killed more than 330 people":
   * a "since" that opens an adverbial clause of a perfect ("have killed") in the figure's chain
   * starts the count's period.
   */
  private static boolean sinceClauseOfAPerfect(Sentence s, int since, Set<Integer> above) {
    Dependency mark = s.headOf(since);
    if (mark == null || !mark.is("mark") || mark.governor() < 0) return false;
    Dependency clause = s.headOf(mark.governor());
    if (clause == null || !clause.is("advcl") || !above.contains(clause.governor())) return false;
    for (Dependency d : s.childrenOf(clause.governor())) {
      if (d.is("aux") && s.token(d.dependent()).lemma().equalsIgnoreCase("have")) return true;
    }
    return false;
  }

  /** Whether a clause hangs on a noun as its reduced or full relative: "drones launched overnight". */
  private static boolean onNoun(Sentence s, int clause, int noun) {
    Dependency head = s.headOf(clause);
    return head != null && head.is("acl") && head.governor() == noun;
  }

  /**
   * "killed and 31 wounded in the strikes": the lemma of an attack the figure's clauses name as one
   * already told (with "the"), or null.
   */
  static String namedAttack(Sentence s, int token) {
    if (!s.isParsed() || token < 0) return null;
    Set<Integer> above = chain(s, token);
    for (Token t : s.tokens()) {
      if (!t.isNoun() || !ATTACKS.contains(t.lemma()) || !within(s, clauseOf(s, t.index()), above)) continue;
      Dependency det = s.childOf(t.index(), "det");
      if (det != null && s.token(det.dependent()).lemma().equalsIgnoreCase("the")) return t.lemma();
    }
    return null;
  }

  /**
   * "a Russian guided bomb killed three people": the weapon a figure's clause names, with "a", as
   * what did its harm; its lemma, or null when the clause names none.
   */
  static String newWeapon(Sentence s, int token) {
    if (!s.isParsed() || token < 0) return null;
    int clause = clauseOf(s, token);
    Dependency subject = s.childOf(clause, "nsubj");
    // "killed three people and wounded 12 others": the subject of the harm it is joined to
    Dependency head = s.headOf(clause);
    if (subject == null && head != null && head.is("conj") && head.governor() >= 0) {
      subject = s.childOf(head.governor(), "nsubj");
    }
    if (subject == null) return null;
    Token t = s.token(subject.dependent());
    Dependency det = s.childOf(t.index(), "det");
    boolean indefinite = det != null && (s.token(det.dependent()).lemma().equalsIgnoreCase("a")
        || s.token(det.dependent()).lemma().equalsIgnoreCase("an"));
    boolean weapon = Measures.WEAPONS.equals(Measures.ofNoun(t.lemma()));
    return indefinite && weapon ? t.lemma().toLowerCase(java.util.Locale.ROOT) : null;
  }

  /** "brought the toll for both bombings to 259": whether the figure's clauses name attacks, more than one. */
  static boolean namesAttacks(Sentence s, int token) {
    if (!s.isParsed() || token < 0) return false;
    Set<Integer> above = chain(s, token);
    for (Token t : s.tokens()) {
      if (t.pos().equals("NNS") && ATTACKS.contains(t.lemma()) && within(s, clauseOf(s, t.index()), above)) return true;
    }
    return false;
  }

  /** The lemma of the verb heading the clause a token is in: "struck" for "struck 120 targets". */
  static String actOf(Sentence s, int token) {
    if (!s.isParsed() || token < 0) return null;
    return s.token(clauseOf(s, token)).lemma();
  }

  /**
   * Whether a clause is one the figure is in, or an adverbial clause of one: "two people were
   * killed when drones struck the port overnight".
   */
  /**
   * "killed five people and wounded 12 in the Zaporizhzhia region on Thursday", "killed three and
   * wounded 14 overnight": the date of the last of two harms conjoined with one subject dates both.
   */
  static boolean conjoinedHarm(Sentence s, int clause, Set<Integer> above) {
    Dependency head = s.headOf(clause);
    return head != null && head.is("conj") && above.contains(head.governor()) && s.childOf(clause, "nsubj") == null
        && harms(s, clause) && harms(s, head.governor());
  }

  /** Whether a verb tells a harm: "killed", "wounding". */
  private static boolean harms(Sentence s, int verb) {
    String measure = Measures.ofVerb(s.token(verb).lemma());
    return measure != null && Harm.HARMS.contains(measure);
  }

  private static boolean within(Sentence s, int clause, Set<Integer> above) {
    if (above.contains(clause)) return true;
    Dependency head = s.headOf(clause);
    return head != null && head.is("advcl") && above.contains(head.governor());
  }

  /**
   * The token and every head above it, up to the root or a relative clause's noun: in "protesters
   * marched on Tuesday in Serbia, where 24 people were killed in riots last March", Tuesday does
   * not date the 24.
   */
  static Set<Integer> chain(Sentence s, int token) {
    Set<Integer> out = new HashSet<>();
    int node = token;
    while (node >= 0 && out.add(node)) {
      Dependency head = s.headOf(node);
      node = head == null || head.is("acl:relcl") || relative(s, node) ? -1 : head.governor();
    }
    return out;
  }

  /** A verb with a relative word of its own ("in which it said"), whatever the parser calls it. */
  private static boolean relative(Sentence s, int node) {
    if (!s.token(node).isVerb()) return false;
    for (Dependency d : s.childrenOf(node)) {
      Token t = s.token(d.dependent());
      if (t.pos().equals("WDT") || t.pos().equals("WP") || t.pos().equals("WRB") && t.lemma().equalsIgnoreCase("where")) return true;
    }
    return false;
  }

  /** The verb heading the clause a token is in: the first verb at or above it, or the root. */
  /** Nouns of a span of time that set a clause apart from another: "days after", "a week before". */
  private static final Set<String> SPANS = Set.of("minute", "hour", "day", "week", "month", "year");
  private static final Set<String> APART = Set.of("after", "before");

  /**
   * "struck the port on Monday, ... days after the group fired two ballistic missiles at Israel": a
   * clause set days (or weeks) after or before another on the way up from a figure to the clause a
   * date is on; that date is not the figure's.
   */
  static boolean daysApart(Sentence s, int figure, int dated) {
    int node = clauseOf(s, figure);
    for (int guard = 0; node >= 0 && node != dated && guard < s.size(); guard++) {
      Dependency head = s.headOf(node);
      if (head == null || head.governor() < 0) return false;
      if ((head.is("advcl") || head.is("dep")) && timedApart(s, node)) return true;
      node = head.governor();
    }
    return false;
  }

  /** Whether a clause is set a span of time after or before another: "days after the group fired". */
  static boolean timedApart(Sentence s, int clause) {
    boolean apart = false;
    boolean span = false;
    for (Dependency d : s.childrenOf(clause)) {
      String lemma = s.token(d.dependent()).lemma().toLowerCase(java.util.Locale.ROOT);
      if (d.is("mark") && APART.contains(lemma)) apart = true;
      if (d.dependent() < clause && s.token(d.dependent()).isNoun() && SPANS.contains(lemma)) span = true;
    }
    return apart && span;
  }

  static int clauseOf(Sentence s, int token) {
    int node = token;
    for (int guard = 0; guard < s.size(); guard++) {
      if (s.token(node).isVerb()) return node;
      Dependency head = s.headOf(node);
      if (head == null || head.governor() < 0) return node;
      node = head.governor();
    }
    return node;
  }
}
