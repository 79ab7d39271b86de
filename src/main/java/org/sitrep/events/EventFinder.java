package org.sitrep.events;

import java.util.ArrayList;
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

  private static final Set<String> HYPOTHETICAL_HEADS = Set.of(
      "threaten", "plan", "intend", "want", "seek", "urge", "call", "demand", "ask", "consider",
      "propose", "prepare", "offer", "try", "aim", "hope", "vow", "pledge", "promise", "push",
      "press", "order", "request", "must", "willing", "ready", "prepared", "swear", "determined");
  private static final Set<String> NEGATING_HEADS = Set.of("deny", "refuse", "fail", "reject", "halt", "stop");
  private static final Set<String> MODALS = Set.of("could", "may", "might", "would", "should", "can", "must");
  private static final Set<String> FUTURE = Set.of("will", "shall", "'ll");
  private static final Set<String> RECIPIENT_CASES = Set.of("to", "against", "on", "with", "into", "at", "toward", "towards");

  private final Triggers triggers = Triggers.get();

  public List<Event> find(AnnotatedText doc, ActorMentions actors, List<TimeExpression> times,
      List<Place> places, List<Quote> quotes) {
    Arguments args = new Arguments(actors, quotes);
    EventMerger merger = new EventMerger(actors::stateOf);
    for (Sentence s : doc.sentences()) {
      for (Token t : s.tokens()) {
        Trigger trigger = match(s, t);
        if (trigger == null) continue;
        Event e = code(doc, s, t.index(), trigger, args, times, places, false);
        if (e != null) merger.add(e, isDefinite(s, t.index()));
      }
    }
    return merger.events();
  }

  /**
   * The main event of one sentence: of the triggers it holds, the one nearest the root of the
   * dependency tree (the earliest on a tie), coded even when it names no actor. Null when the
   * sentence holds no trigger.
   */
  public Event mainEvent(AnnotatedText doc, Sentence s, ActorMentions actors) {
    Arguments args = new Arguments(actors, List.of());
    Event demand = s.isParsed() ? Obligation.find(doc, s, args) : null;
    if (demand != null) return demand;
    Event best = null;
    int bestDepth = Integer.MAX_VALUE;
    for (Token t : s.tokens()) {
      Trigger trigger = match(s, t);
      int depth = s.isParsed() ? depth(s, t.index()) : t.index();
      if (trigger == null || depth >= bestDepth) continue;
      best = Intent.recode(s, t.index(), code(doc, s, t.index(), trigger, args, List.of(), List.of(), true));
      best = DomesticTarget.complete(s, t.index(), best, args, actors);
      bestDepth = depth;
    }
    return best;
  }

  private static int depth(Sentence s, int token) {
    int depth = 0;
    for (Dependency h = s.headOf(token); h != null && h.governor() >= 0 && depth < s.size(); h = s.headOf(h.governor())) {
      depth++;
    }
    return depth;
  }

  /**
   * The lexicon line a token triggers, the longest form first: a phrasal verb with its particle
   * ("call off"), a noun with its modifier ("hunger strike"), then the word alone. A participle
   * used as an adjective ("the occupied territories") triggers nothing.
   */
  Trigger match(Sentence s, Token t) {
    boolean noun = t.isNoun() && !t.isProperNoun();
    if (!noun && !t.isVerb() || !triggers.mayTrigger(t.lemma(), noun)) return null;
    Dependency head = s.headOf(t.index());
    if (!noun && head != null && head.is("amod")) return null;
    for (Dependency d : s.childrenOf(t.index())) {
      boolean modifier = noun && (d.is("compound") || d.is("amod"));
      String word = s.token(d.dependent()).lemma().toLowerCase(java.util.Locale.ROOT);
      String phrase = d.is("compound:prt") ? t.lemma() + " " + word : modifier ? word + " " + t.lemma() : null;
      Trigger found = phrase == null ? null : first(s, t, triggers.lookup(phrase, noun));
      if (found != null) return found;
    }
    return first(s, t, triggers.lookup(t.lemma(), noun));
  }

  private static Trigger first(Sentence s, Token t, List<Trigger> lines) {
    for (Trigger trigger : lines) {
      if (trigger.object() == null || objectIs(s, t.index(), trigger.object())) return trigger;
    }
    return null;
  }

  private static boolean objectIs(Sentence s, int verb, String objectClass) {
    for (Dependency d : s.childrenOf(verb)) {
      if ((d.is("obj") || d.is("nsubj:pass")) && Triggers.inClass(objectClass, s.token(d.dependent()).lemma())) {
        return true;
      }
    }
    return false;
  }

  private Event code(AnnotatedText doc, Sentence s, int trigger, Trigger lex, Arguments args,
      List<TimeExpression> times, List<Place> places, boolean keepBare) {
    List<String> actors = actorsOf(s, trigger, args);
    if (actors.isEmpty() && lex.object() != null) actors = forcesOwner(s, trigger, lex, args);
    List<String> owners = actors;
    List<String> recipients = recipientsOf(s, trigger, lex, args).stream().filter(r -> !owners.contains(r)).toList();
    if (!keepBare && actors.isEmpty() && recipients.isEmpty() && !isDefinite(s, trigger)) return null;
    Token t = s.token(trigger);
    // "will impose a curfew", "did not hold talks": a noun's modality is its light verb's.
    int verb = lightVerb(s, trigger);
    int m = verb >= 0 ? verb : trigger;
    return new Event(lex.type(), lex.mode(), actors, recipients, Locations.place(s, trigger, places),
        time(s, trigger, times), negated(s, m), hypothetical(s, m), future(s, m),
        t.word(), List.of(Span.of(doc.text(), s.start(), s.end())), FINDER);
  }

  private static final Set<String> BETWEEN = Set.of("between", "among");
  /** In an embedded act, where it happens names its target too ("ban voting in East Jerusalem"). */
  private static final Set<String> EMBEDDED_CASES = Set.of("to", "against", "on", "with", "into", "at", "in", "from");
  private static final Set<String> BENEFICIARY = Set.of("alongside", "for");
  /** Types whose recipient may be the subject of the clause they govern ("urged X to ..."). */
  private static final Set<String> CLAUSAL = Set.of("REQUEST", "ACCUSE", "THREATEN", "REJECT", "SUPPORT");

  private static List<String> actorsOf(Sentence s, int trigger, Arguments args) {
    if (s.token(trigger).isNoun()) {
      List<String> between = args.under(s, trigger, BETWEEN);
      if (!between.isEmpty()) return between;
    }
    Dependency subj = s.childOf(trigger, "nsubj");
    if (subj != null && subj.is("nsubj:pass")) subj = null;
    Dependency agent = agent(s, trigger);
    if (agent != null) return args.of(s, agent.dependent());
    if (subj != null) return args.of(s, subj.dependent());
    for (Dependency d : s.childrenOf(trigger)) {
      if (d.is("nmod:poss") || d.is("amod") || d.is("compound")) {
        List<String> a = args.of(s, d.dependent());
        if (!a.isEmpty()) return a;
      }
    }
    int verb = lightVerb(s, trigger);
    if (verb >= 0) {
      Dependency va = agent(s, verb);
      Dependency vs = s.childOf(verb, "nsubj");
      List<String> a = va != null ? args.of(s, va.dependent())
          : vs != null && !vs.is("nsubj:pass") ? args.of(s, vs.dependent()) : List.of();
      if (!a.isEmpty()) return a;
    }
    if (s.token(trigger).isNoun()) {
      List<String> of = args.under(s, trigger, Set.of("of"));
      if (!of.isEmpty()) return of;
    }
    Dependency head = s.headOf(trigger);
    boolean participle = s.token(trigger).pos().equals("VBG") && head != null && (head.is("advcl") || head.is("dep"));
    if (head != null && head.governor() >= 0 && (head.is("xcomp") || head.is("obj") || head.is("conj") || participle)) {
      // "urged North Korea to withdraw": the object of the governing verb controls the clause.
      Dependency controller = head.is("xcomp") ? s.childOf(head.governor(), "obj") : null;
      if (controller != null) return args.of(s, controller.dependent());
      Dependency hs = s.childOf(head.governor(), "nsubj");
      if (hs != null && !hs.is("nsubj:pass")) return args.of(s, hs.dependent());
    }
    Dependency relcl = s.childOf(trigger, "acl:relcl");
    if (relcl != null) {
      Dependency rs = s.childOf(relcl.dependent(), "nsubj");
      if (rs != null) return args.of(s, rs.dependent());
    }
    return List.of();
  }

  /**
   * "North Korean troops were sent to Russia": with no subject, the owner of the troops or weapons
   * moved is the actor.
   */
  private static List<String> forcesOwner(Sentence s, int trigger, Trigger lex, Arguments args) {
    for (Dependency d : s.childrenOf(trigger)) {
      if ((d.is("obj") || d.is("nsubj:pass")) && Triggers.inClass(lex.object(), s.token(d.dependent()).lemma())) {
        return args.of(s, d.dependent());
      }
    }
    return List.of();
  }

  /**
   * The verb that carries a noun trigger ("held talks with", "provided tons of aid to", "remained
   * on alert"): up through compounds and "of" phrases to an object or oblique of a verb; -1 if
   * none.
   */
  private static int lightVerb(Sentence s, int trigger) {
    if (!s.token(trigger).isNoun()) return -1;
    int node = trigger;
    Dependency head = s.headOf(node);
    for (int guard = 0; head != null && head.governor() >= 0 && guard < s.size(); guard++) {
      boolean of = head.is("nmod") && hasCase(s, head, Set.of("of"));
      if (!head.is("compound") && !of) break;
      node = head.governor();
      head = s.headOf(node);
    }
    if (head == null || head.governor() < 0 || !(head.is("obj") || head.is("obl"))) return -1;
    return s.token(head.governor()).isVerb() ? head.governor() : -1;
  }

  /** The "by X" of a passive verb. */
  private static Dependency agent(Sentence s, int trigger) {
    if (s.childOf(trigger, "aux:pass") == null && s.childOf(trigger, "nsubj:pass") == null) return null;
    for (Dependency d : s.childrenOf(trigger)) {
      if ((d.is("obl") || d.is("nmod")) && hasCase(s, d, Set.of("by"))) return d;
    }
    return null;
  }

  private static List<String> recipientsOf(Sentence s, int trigger, Trigger lex, Arguments args) {
    List<String> out = new ArrayList<>();
    for (Dependency d : s.childrenOf(trigger)) {
      boolean direct = d.is("obj") || d.is("iobj") || d.is("nsubj:pass");
      if (direct || hasCase(s, d, RECIPIENT_CASES) && (d.is("obl") || d.is("nmod"))) {
        out.addAll(args.of(s, d.dependent()));
      }
    }
    int verb = lightVerb(s, trigger);
    if (out.isEmpty() && verb >= 0) {
      for (Dependency d : s.childrenOf(verb)) {
        if (d.is("iobj") || hasCase(s, d, RECIPIENT_CASES) && d.is("obl")) out.addAll(args.of(s, d.dependent()));
      }
    }
    if (out.isEmpty()) out.addAll(purposeClause(s, trigger, args));
    if (out.isEmpty() && CLAUSAL.contains(lex.type())) out.addAll(clauseSubject(s, trigger, args));
    if (out.isEmpty()) out.addAll(embeddedAct(s, trigger, args));
    return out;
  }

  /**
   * "threatened to cut off electricity to Nakhichevan", "refused to deploy peacekeepers in Iraq":
   * the party the announced, refused or demanded act falls on, one or two clauses down.
   */
  private static List<String> embeddedAct(Sentence s, int trigger, Arguments args) {
    int node = trigger;
    for (int level = 0; level < 2; level++) {
      Dependency clause = null;
      for (Dependency d : s.childrenOf(node)) if (d.is("xcomp") || d.is("ccomp")) clause = d;
      if (clause == null) return List.of();
      node = clause.dependent();
      List<String> out = new ArrayList<>();
      for (Dependency d : s.childrenOf(node)) {
        boolean direct = d.is("obj") || d.is("iobj");
        if (direct || (d.is("obl") || d.is("nmod")) && hasCase(s, d, EMBEDDED_CASES)) out.addAll(args.of(s, d.dependent()));
      }
      if (!out.isEmpty()) return out;
    }
    return List.of();
  }

  /** "sent troops to fight alongside Russian forces": the side the purpose clause serves. */
  private static List<String> purposeClause(Sentence s, int trigger, Arguments args) {
    for (Dependency d : s.childrenOf(trigger)) {
      if (d.is("advcl") || d.is("xcomp")) {
        List<String> r = args.under(s, d.dependent(), BENEFICIARY);
        if (!r.isEmpty()) return r;
      }
    }
    return List.of();
  }

  /** "demanded that Pyongyang withdraw": the subject of the demanded clause. */
  private static List<String> clauseSubject(Sentence s, int trigger, Arguments args) {
    for (Dependency d : s.childrenOf(trigger)) {
      if (d.is("ccomp") || d.is("xcomp")) {
        Dependency subj = s.childOf(d.dependent(), "nsubj");
        if (subj != null) return args.of(s, subj.dependent());
      }
    }
    return List.of();
  }

  static boolean hasCase(Sentence s, Dependency d, Set<String> cases) {
    for (Dependency c : s.childrenOf(d.dependent())) {
      if (c.is("case") && cases.contains(s.token(c.dependent()).lemma())) return true;
    }
    return false;
  }

  private static boolean negated(Sentence s, int trigger) {
    for (Dependency d : s.childrenOf(trigger)) {
      if (d.is("advmod") || d.is("neg") || d.is("det")) {
        String l = s.token(d.dependent()).lemma();
        if (l.equals("not") || l.equals("n't") || l.equals("never") || l.equals("no")) return true;
      }
    }
    Dependency head = s.headOf(trigger);
    return head != null && head.governor() >= 0 && NEGATING_HEADS.contains(s.token(head.governor()).lemma());
  }

  private static boolean hypothetical(Sentence s, int trigger) {
    for (Dependency d : s.childrenOf(trigger)) {
      String l = s.token(d.dependent()).lemma();
      if (d.is("aux") && MODALS.contains(l) || d.is("mark") && l.equals("if")) return true;
    }
    Dependency head = s.headOf(trigger);
    return head != null && head.governor() >= 0 && (head.is("xcomp") || head.is("ccomp") || head.is("obj"))
        && HYPOTHETICAL_HEADS.contains(s.token(head.governor()).lemma());
  }

  private static boolean future(Sentence s, int trigger) {
    for (Dependency d : s.childrenOf(trigger)) {
      if (d.is("aux") && FUTURE.contains(s.token(d.dependent()).lemma())) return true;
    }
    Dependency head = s.headOf(trigger);
    return head != null && head.governor() >= 0 && head.is("xcomp")
        && Set.of("plan", "intend", "prepare", "vow", "pledge", "promise", "offer", "willing", "ready", "prepared", "swear").contains(s.token(head.governor()).lemma());
  }

  private static boolean isDefinite(Sentence s, int trigger) {
    Dependency det = s.childOf(trigger, "det");
    return s.token(trigger).isNoun() && det != null && s.token(det.dependent()).lemma().equals("the");
  }

  private static final Set<String> CLAUSES = Set.of(
      "ccomp", "xcomp", "advcl", "acl", "parataxis", "dep", "conj", "csubj");

  /**
   * A date inside the trigger's own clause: "signed in June 2024", not "said on Tuesday", and not
   * one inside a clause of its own that hangs below the trigger.
   */
  private static TimeRef time(Sentence s, int trigger, List<TimeExpression> times) {
    if (!s.isParsed()) return NearestDate.in(times, s.start(), s.end(), s.token(trigger).start());
    int anchor = s.token(trigger).start();
    TimeRef found = null;
    for (Dependency d : s.childrenOf(trigger)) {
      if (CLAUSES.stream().anyMatch(d::is)) continue;
      int[] r = s.subtreeRange(d.dependent());
      TimeRef t = NearestDate.in(times, s.token(r[0]).start(), s.token(r[1]).end(), anchor);
      if (t != null && (found == null || Math.abs(t.start() - anchor) < Math.abs(found.start() - anchor))) found = t;
    }
    return found;
  }
}
