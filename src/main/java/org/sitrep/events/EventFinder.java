package org.sitrep.events;

import java.util.List;
import java.util.Set;
import org.sitrep.actors.ActorMentions;
import org.sitrep.nlp.AnnotatedText;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;
import org.sitrep.record.Event;
import org.sitrep.record.Place;
import org.sitrep.record.Quote;
import org.sitrep.record.Span;
import org.sitrep.record.TimeRef;
import org.sitrep.time.NearestDate;
import org.sitrep.time.TimeExpression;

/**
 * Codes PLOVER events from trigger words (triggers.tsv) and the dependency parse: the subject is
 * the actor, the object or "to/against/with X" the recipient; modality comes from negation,
 * modal verbs and the verbs that govern the trigger. Mentions of one event merge ({@link
 * EventMerger}).
 */
public final class EventFinder {
  static final String FINDER = "events.lexicon";

  private final TriggerMatch triggers = new TriggerMatch();

  public List<Event> find(AnnotatedText doc, ActorMentions actors, List<TimeExpression> times,
      List<Place> places, List<Quote> quotes) {
    Arguments args = new Arguments(actors, quotes);
    EventMerger merger = new EventMerger(actors::stateOf);
    for (Sentence s : doc.sentences()) {
      for (Token t : s.tokens()) {
        Trigger trigger = triggers.match(s, t);
        // a word inside a name ("the Rapid Support Forces") is no act of support
        if (trigger == null || actors.insideName(t.start(), t.end())) continue;
        Event e = code(doc, s, t.index(), trigger, args, times, places, false);
        if (e != null) merger.add(e, isDefinite(s, t.index()), t.lemma(), since(doc, e.time()));
      }
    }
    return merger.events();
  }

  /**
   * The main event of one sentence: of the triggers it holds, the one nearest the root of the
   * dependency tree (the earliest on a tie), coded even when it names no actor. Null when the
   * sentence holds no trigger.
   */
  public Event mainEvent(AnnotatedText doc, Sentence s, ActorMentions actors, List<Place> places) {
    Arguments args = new Arguments(actors, List.of());
    Event demand = s.isParsed() ? Obligation.find(doc, s, args) : null;
    if (demand != null) {
      int verb = wordIndex(s, demand.trigger());
      return ImpliedArguments.complete(s, verb, demand, args, actors, new Setting(s, actors, places, verb));
    }
    Event best = null;
    int bestToken = -1;
    int bestDepth = Integer.MAX_VALUE;
    for (Token t : s.tokens()) {
      Trigger trigger = triggers.match(s, t);
      int depth = s.isParsed() ? depth(s, t.index()) : t.index();
      if (trigger == null || depth >= bestDepth) continue;
      best = Intent.recode(s, t.index(), code(doc, s, t.index(), trigger, args, List.of(), List.of(), true));
      bestToken = t.index();
      bestDepth = depth;
    }
    if (best == null) return null;
    return ImpliedArguments.complete(s, bestToken, best, args, actors, new Setting(s, actors, places, bestToken));
  }

  private static int wordIndex(Sentence s, String word) {
    for (Token t : s.tokens()) if (t.word().equals(word)) return t.index();
    return 0;
  }

  private static int depth(Sentence s, int token) {
    int depth = 0;
    for (Dependency h = s.headOf(token); h != null && h.governor() >= 0 && depth < s.size(); h = s.headOf(h.governor())) {
      depth++;
    }
    return depth;
  }

  private Event code(AnnotatedText doc, Sentence s, int trigger, Trigger lex, Arguments args,
      List<TimeExpression> times, List<Place> places, boolean keepBare) {
    if ("RETREAT".equals(lex.type()) && rescued(s, trigger)) return null;
    if ("AID".equals(lex.type()) && lex.noun() && needed(s, trigger)) return null;
    if ("THREATEN".equals(lex.type()) && warnsOfAPossibility(s, trigger, args)) return null;
    boolean thirdParty = "third-party".equals(lex.mode());
    List<String> actors = ActorRole.actorsOf(s, trigger, args, thirdParty);
    if (actors.isEmpty() && lex.object() != null) actors = ActorRole.forcesOwner(s, trigger, lex, args);
    List<String> owners = actors;
    List<String> recipients = RecipientRole.recipientsOf(s, trigger, lex, args, thirdParty).stream()
        .filter(r -> !owners.contains(r) && owners.stream().noneMatch(o -> args.sameBody(o, r))).toList();
    Place place = Locations.place(s, trigger, places);
    // "Gunmen killed 100 people in Yelwata": unnamed attackers, and the state where they struck as the target
    if (actors.isEmpty() && recipients.isEmpty() && "ASSAULT".equals(lex.type()) && place != null
        && place.country() != null && unnamedAssailants(s, trigger)) {
      // "a bombing near Samarra killed one U.S. soldier": those it harmed, when the report names them
      int verb = harmingVerb(s, trigger);
      Dependency harmed = verb < 0 ? null : s.childOf(verb, "obj");
      List<String> named = harmed == null ? List.of() : args.of(s, harmed.dependent());
      recipients = named.isEmpty() ? List.of(place.country()) : named;
    }
    // "Ukrainian forces struck an oil refinery in Russia's Saratov region": an attack abroad that
    // names no target falls on the state where it struck
    if (recipients.isEmpty() && !actors.isEmpty() && "ASSAULT".equals(lex.type()) && place != null
        && place.country() != null && abroad(actors, place.country(), args)) {
      recipients = List.of(place.country());
    }
    if (!keepBare && actors.isEmpty() && recipients.isEmpty() && !isDefinite(s, trigger)) return null;
    Token t = s.token(trigger);
    // "will impose a curfew", "did not hold talks": a noun's modality is its light verb's.
    int verb = ActorRole.lightVerb(s, trigger);
    int m = verb >= 0 ? verb : trigger;
    String type = Halting.type(s, verb, lex.type());
    String mode = lex.mode();
    // "sent 45 aircraft around Taiwan": arms sent to no one are a deployment, not military aid
    if ("AID".equals(type) && "military".equals(mode) && recipients.isEmpty() && !actors.isEmpty()) {
      type = "MOBILIZE";
      mode = "weapons";
    }
    TimeRef when = time(s, trigger, times);
    // "A drone strike hit a bus station ... on Saturday": the day of what the attack did
    int did = harmingVerb(s, trigger);
    if (when == null && did >= 0 && "ASSAULT".equals(lex.type())) when = time(s, did, times);
    return new Event(type, mode, actors, recipients, place,
        when, Modality.negated(s, m), Modality.hypothetical(s, m), Modality.future(s, m),
        t.word(), List.of(Span.of(doc.text(), s.start(), s.end())), FINDER);
  }

  private static final Set<String> POSSIBLE = Set.of("could", "may", "might");

  /**
   * "warned that parts of Darfur could slide into famine": a warning of what may happen to no one
   * named threatens nothing ("warned that police will no longer tolerate rallies" does).
   */
  private static boolean warnsOfAPossibility(Sentence s, int trigger, Arguments args) {
    if (!s.isParsed() || !s.token(trigger).lemma().equalsIgnoreCase("warn")) return false;
    Dependency clause = s.childOf(trigger, "ccomp");
    if (clause == null) return false;
    boolean possible = s.childrenOf(clause.dependent()).stream()
        .anyMatch(d -> d.is("aux") && POSSIBLE.contains(s.token(d.dependent()).lemma().toLowerCase(java.util.Locale.ROOT)));
    Dependency subj = s.childOf(clause.dependent(), "nsubj");
    return possible && (subj == null || args.of(s, subj.dependent()).isEmpty());
  }

  /** People pulled out or taken out are rescued, not a withdrawal: "We pulled out entire families". */
  private static final Set<String> RESCUED = Set.of("family", "people", "person", "body", "survivor", "child",
      "civilian", "victim", "resident", "woman", "man");

  private static boolean rescued(Sentence s, int trigger) {
    Dependency obj = s.childOf(trigger, "obj");
    return obj != null && RESCUED.contains(s.token(obj.dependent()).lemma().toLowerCase(java.util.Locale.ROOT));
  }

  private static final Set<String> NEEDING = Set.of("need", "require", "lack", "await", "depend", "rely");

  /** "25 million people need humanitarian aid": aid someone needs is no aid given. */
  private static boolean needed(Sentence s, int trigger) {
    if (!s.isParsed()) return false;
    Dependency head = s.headOf(trigger);
    return head != null && head.governor() >= 0 && (head.is("obj") || head.is("obl"))
        && NEEDING.contains(s.token(head.governor()).lemma().toLowerCase(java.util.Locale.ROOT));
  }

  static boolean hasCase(Sentence s, Dependency d, Set<String> cases) {
    for (Dependency c : s.childrenOf(d.dependent())) {
      if (c.is("case") && cases.contains(s.token(c.dependent()).lemma())) return true;
    }
    return false;
  }

  private static final java.util.regex.Pattern SINCE = java.util.regex.Pattern.compile("(?i)\\bsince\\s+$");

  /** Whether a date starts a period: "since November 2023". */
  private static boolean since(AnnotatedText doc, TimeRef time) {
    if (time == null || time.start() == null) return false;
    return SINCE.matcher(doc.text().substring(Math.max(0, time.start() - 8), time.start())).find();
  }

  /** Whether every actor belongs to a state, and none to the given one. */
  private static boolean abroad(List<String> actors, String country, Arguments args) {
    for (String a : actors) {
      String state = args.stateOf(a);
      if (state == null || state.equals(country)) return false;
    }
    return true;
  }

  /** Attackers a report does not name: "gunmen", "armed men", "suspected militants". */
  private static final Set<String> MUNITIONS = Set.of("shell", "missile", "rocket", "drone", "bomb", "mortar",
      "grenade", "projectile", "munition");
  private static final Set<String> ASSAILANTS = Set.of("gunman", "gunmen", "attacker", "assailant", "bandit",
      "militant", "jihadist", "insurgent", "raider", "kidnapper", "gang", "militia", "militiaman", "militiamen",
      "fighter", "bomber", "shooter", "sniper", "assassin", "terrorist", "extremist");

  /** Words for some of a group: "members of the gang". */
  private static final Set<String> MEMBERS = Set.of("member", "group", "band");

  /**
   * "Gunmen killed at least 100 people in Yelwata": an attack whose subject is an unnamed armed
   * group (ACLED's "unidentified armed group") is an event with no actor to name; as PLOVER coders
   * do, its target is the state where it happened.
   */
  private static boolean unnamedAssailants(Sentence s, int trigger) {
    if (!s.isParsed()) return false;
    if (harmingVerb(s, trigger) >= 0) return true;
    Dependency subject = s.childOf(trigger, "nsubj");
    if (subject == null) return false;
    Token t = s.token(subject.dependent());
    if (ASSAILANTS.contains(t.lemma().toLowerCase(java.util.Locale.ROOT))) return true;
    // "Shells struck a crowded market", "a missile hit an apartment block": fired by no one named
    if (MUNITIONS.contains(t.lemma().toLowerCase(java.util.Locale.ROOT))) return true;
    // "members of the Gran Grif gang", "gang members", "a group of gunmen"
    if (MEMBERS.contains(t.lemma().toLowerCase(java.util.Locale.ROOT))) {
      for (Dependency d : s.childrenOf(t.index())) {
        boolean of = d.is("compound") || d.is("nmod") && hasCase(s, d, Set.of("of"));
        if (of && ASSAILANTS.contains(s.token(d.dependent()).lemma().toLowerCase(java.util.Locale.ROOT))) return true;
      }
    }
    // "armed men"
    Dependency armed = s.childOf(t.index(), "amod");
    return (t.lemma().equals("man") || t.lemma().equals("men"))
        && armed != null && s.token(armed.dependent()).lemma().equals("armed");
  }

  /** "A drone strike on a market in Kutum killed 37 people": the verb an attack noun does harm by, or -1. */
  private static int harmingVerb(Sentence s, int trigger) {
    Dependency role = s.headOf(trigger);
    boolean doer = s.isParsed() && s.token(trigger).isNoun() && role != null && role.is("nsubj") && role.governor() >= 0
        && s.token(role.governor()).isVerb();
    return doer ? role.governor() : -1;
  }

  private static boolean isDefinite(Sentence s, int trigger) {
    Dependency det = s.childOf(trigger, "det");
    return s.token(trigger).isNoun() && det != null && s.token(det.dependent()).lemma().equals("the");
  }

  private static final Set<String> CLAUSES = Set.of(
      "ccomp", "xcomp", "advcl", "acl", "parataxis", "dep", "conj", "csubj");

  /**
   * A date inside the trigger's own clause: "signed in June 2024", not "said on Tuesday", and not
   * one inside a clause of its own that hangs below the trigger; a time of a known day dates it
   * too ("fired 476 drones overnight").
   */
  private static TimeRef time(Sentence s, int trigger, List<TimeExpression> times) {
    if (!s.isParsed()) return NearestDate.dayOrTime(times, s.start(), s.end(), s.token(trigger).start());
    int anchor = s.token(trigger).start();
    TimeRef found = null;
    for (Dependency d : s.childrenOf(trigger)) {
      if (CLAUSES.stream().anyMatch(d::is)) continue;
      int[] r = s.subtreeRange(d.dependent());
      TimeRef t = NearestDate.dayOrTime(times, s.token(r[0]).start(), s.token(r[1]).end(), anchor);
      // "killed in the war, which began after ... on October 7": a date in a clause deeper down is that clause's
      if (t != null && inClauseBelow(s, s.tokenAt(t.start()), d.dependent())) continue;
      if (t != null && (found == null || Math.abs(t.start() - anchor) < Math.abs(found.start() - anchor))) found = t;
    }
    return found;
  }

  /** Whether a token hangs below {@code top} through a clause of its own. */
  private static boolean inClauseBelow(Sentence s, int token, int top) {
    int node = token;
    for (int guard = 0; node >= 0 && node != top && guard < s.size(); guard++) {
      Dependency head = s.headOf(node);
      if (head == null) return false;
      if (CLAUSES.stream().anyMatch(head::is) && s.token(node).isVerb()) return true;
      node = head.governor();
    }
    return false;
  }
}
