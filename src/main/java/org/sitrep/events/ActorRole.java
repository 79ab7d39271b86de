package org.sitrep.events;

import java.util.List;
import java.util.Set;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Sentence;

/** Who does the act a trigger names: the subject, the "by X" of a passive, a possessive, the controller of a clause. */
final class ActorRole {
  static final Set<String> BETWEEN = Set.of("between", "among");
  /** Verbs whose object does not do what the clause after it says: the subject does. */
  private static final Set<String> SUBJECT_CONTROL = Set.of("summon", "convene", "use", "visit", "meet", "receive", "host");

  private ActorRole() {}

  /**
   * The actors of a trigger; "talks between A and B" are A and B, unless the act is a third
   * party's ("mediation between A and B"), whose parties are its recipients.
   */
  /** What happens rather than who acts: "the war has killed", "violence displaced". */
  private static final Set<String> SITUATIONS = Set.of("war", "conflict", "fighting", "violence", "unrest",
      "crisis", "insurgency", "clash", "hostility", "famine", "flooding");

  static List<String> actorsOf(Sentence s, int trigger, Arguments args, boolean thirdParty) {
    if (s.token(trigger).isNoun() && !thirdParty) {
      List<String> between = args.under(s, trigger, BETWEEN);
      if (!between.isEmpty()) return between;
    }
    Dependency subj = s.childOf(trigger, "nsubj");
    if (subj != null && (subj.is("nsubj:pass") || sufferedState(s, trigger))) subj = null;
    // "it was the third attack on a religious site": the pronoun is the act itself, not its doer
    if (subj != null && s.token(trigger).isNoun() && s.childOf(trigger, "cop") != null
        && ITSELF.contains(s.token(subj.dependent()).word().toLowerCase(java.util.Locale.ROOT))) {
      subj = null;
    }
    // "Sudan's war has killed tens of thousands": a war or violence is no doer, nor whose it is
    if (subj != null && SITUATIONS.contains(s.token(subj.dependent()).lemma().toLowerCase(java.util.Locale.ROOT))) {
      return List.of();
    }
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
    if (verb >= 0 && !judges(s, verb)) {
      Dependency va = agent(s, verb);
      Dependency vs = s.childOf(verb, "nsubj");
      List<String> a = va != null ? args.of(s, va.dependent())
          : vs != null && !vs.is("nsubj:pass") ? args.of(s, vs.dependent()) : List.of();
      if (!a.isEmpty()) return a;
    }
    if (s.token(trigger).isNoun()) {
      List<String> of = args.under(s, trigger, Set.of("of"));
      if (!of.isEmpty()) return of;
      int taker = responsibilityTaker(s, trigger);
      Dependency ts = taker < 0 ? null : s.childOf(taker, "nsubj");
      if (ts != null && !ts.is("nsubj:pass")) return args.of(s, ts.dependent());
    }
    List<String> accused = accusedDoer(s, trigger, args);
    if (!accused.isEmpty()) return accused;
    Dependency head = s.headOf(trigger);
    boolean participle = s.token(trigger).pos().equals("VBG") && head != null && (head.is("advcl") || head.is("dep"));
    // "North Korea had sent troops, and 2,000 of them had been killed": a passive conjunct's doer is
    // not the subject of the clause it is conjoined to
    boolean passiveConjunct = head != null && head.is("conj") && s.childOf(trigger, "nsubj:pass") != null;
    if (head != null && head.governor() >= 0 && !(head.is("obj") && judges(s, head.governor())) && !passiveConjunct
        && (head.is("xcomp") || head.is("obj") || head.is("conj") || participle || purpose(s, trigger, head))) {
      // "urged North Korea to withdraw": the object of the governing verb controls the clause, but
      // "summoned the ambassador to protest" is the summoner's protest.
      boolean objectControl = head.is("xcomp") && !SUBJECT_CONTROL.contains(s.token(head.governor()).lemma());
      Dependency controller = objectControl ? s.childOf(head.governor(), "obj") : null;
      if (controller != null) return args.of(s, controller.dependent());
      Dependency hs = sharedSubject(s, head.governor());
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
   * Whether a participle names a state its subject is in, not an act it does: "were among the
   * wounded", "are dead", "remain detained" (a participle or adjective with a copula). Its subject
   * suffers the act.
   */
  static boolean sufferedState(Sentence s, int trigger) {
    String pos = s.token(trigger).pos();
    return (pos.equals("VBN") || pos.startsWith("JJ")) && s.childOf(trigger, "cop") != null;
  }

  private static final Set<String> JUDGING = Set.of("ACCUSE", "REJECT", "SUPPORT");

  /**
   * Whether a verb judges another's act rather than carrying it out: "denied the accusation",
   * "condemned the attack", "welcomed the agreement" (a verb the lexicon codes as an accusation, a
   * rejection or support), "called the strikes a violation" (a verb that names its object),
   * "confirmed the deployment" (a verb of saying that reports it), "recorded 1,140 air strikes" (a
   * verb of keeping count) lends its subject to no noun it governs.
   */
  private static boolean judges(Sentence s, int verb) {
    if (TriggerMatch.naming(s, verb) || reports(s, verb)) return true;
    if (RECORDING.contains(s.token(verb).lemma().toLowerCase(java.util.Locale.ROOT))) return true;
    for (Trigger t : Triggers.get().lookup(s.token(verb).lemma(), false)) {
      if (t.isEvent() && JUDGING.contains(t.type())) return true;
    }
    return false;
  }

  /** Pronouns that stand for an act named by the noun they are the subject of. */
  private static final Set<String> ITSELF = Set.of("it", "this", "that");

  /** Verbs of keeping count: "recorded 1,140 air strikes" is the monitor's tally, not its strikes. */
  private static final Set<String> RECORDING = Set.of("record", "document", "count", "tally", "register", "log",
      "verify", "track", "investigate", "catalogue", "catalog");

  /** A verb of saying that reports an act rather than enacting it ("confirmed the deployment"). */
  static boolean reports(Sentence s, int verb) {
    String lemma = s.token(verb).lemma();
    return Arguments.SAYING.contains(lemma) && !ENACTING.contains(lemma);
  }

  private static final Set<String> ACCUSING = Set.of("accuse", "blame", "charge", "suspect", "condemn", "denounce");

  /**
   * "accused the RSF of shelling a market, killing 40", "blamed Russia for the attack": the act
   * someone is accused of, and a participle that goes on from it, are the accused's, not the
   * accuser's. The parser hangs the "of" clause on the accused or on the verb; climbs through at
   * most two participle clauses.
   */
  private static List<String> accusedDoer(Sentence s, int trigger, Arguments args) {
    int node = trigger;
    for (int level = 0; level < 3; level++) {
      Dependency head = s.headOf(node);
      if (head == null || head.governor() < 0) return List.of();
      int gov = head.governor();
      boolean ofFor = marked(s, node, OF_FOR) || EventFinder.hasCase(s, head, OF_FOR);
      Dependency govHead = s.headOf(gov);
      if (head.is("acl") && ofFor && govHead != null && govHead.is("obj") && govHead.governor() >= 0
          && ACCUSING.contains(s.token(govHead.governor()).lemma())) {
        return args.of(s, gov);
      }
      Dependency accused = ACCUSING.contains(s.token(gov).lemma()) ? accusedOf(s, gov) : null;
      if (accused != null && (head.is("advcl") || head.is("obl") || head.is("nmod")) && ofFor) {
        return args.of(s, accused.dependent());
      }
      if (accused != null && (head.is("advcl") || head.is("dep")) && s.token(node).pos().equals("VBG")
          && accusesOfAnAct(s, gov, accused.dependent())) {
        return args.of(s, accused.dependent());
      }
      if (!(head.is("advcl") || head.is("xcomp") || head.is("conj") || head.is("dep") || head.is("acl"))) {
        return List.of();
      }
      node = gov;
    }
    return List.of();
  }

  /** Whom an accusing verb accuses: its object, or the indirect object the parser made of it ("blamed the RSF for"). */
  private static Dependency accusedOf(Sentence s, int verb) {
    Dependency obj = s.childOf(verb, "obj");
    return obj != null ? obj : s.childOf(verb, "iobj");
  }

  /**
   * The subject of a verb, or of the verb it is conjoined to when it has none of its own ("the
   * ministry said ... and claimed to have destroyed 52 drones").
   */
  private static Dependency sharedSubject(Sentence s, int verb) {
    Dependency own = s.childOf(verb, "nsubj");
    if (own != null) return own;
    Dependency up = s.headOf(verb);
    return up != null && up.is("conj") && up.governor() >= 0 ? s.childOf(up.governor(), "nsubj") : null;
  }

  private static final Set<String> OF_FOR = Set.of("of", "for");

  /** Whether an accusing verb names the act: an "of"/"for" clause on it or on the accused. */
  private static boolean accusesOfAnAct(Sentence s, int verb, int accused) {
    for (Dependency d : s.childrenOf(accused)) {
      if (d.is("acl") && (marked(s, d.dependent(), OF_FOR) || EventFinder.hasCase(s, d, OF_FOR))) return true;
    }
    for (Dependency d : s.childrenOf(verb)) {
      if ((d.is("advcl") || d.is("obl")) && (marked(s, d.dependent(), OF_FOR) || EventFinder.hasCase(s, d, OF_FOR))) {
        return true;
      }
    }
    return false;
  }

  private static boolean marked(Sentence s, int clause, Set<String> words) {
    for (Dependency m : s.childrenOf(clause)) {
      if (m.is("mark") && words.contains(s.token(m.dependent()).lemma().toLowerCase(java.util.Locale.ROOT))) return true;
    }
    return false;
  }

  private static final Set<String> TAKE_RESPONSIBILITY = Set.of("claim", "take", "accept", "admit", "assume");

  /**
   * "claimed responsibility for the attack", "took responsibility for the bombing", "claimed the
   * attack": the verb whose subject owns up to the act, or -1. The parser hangs "for the attack" on
   * the noun or on the verb.
   */
  private static int responsibilityTaker(Sentence s, int trigger) {
    Dependency head = s.headOf(trigger);
    // "the group claimed a missile attack on the ship": claiming the act itself owns up to it
    if (head != null && head.governor() >= 0 && head.is("obj") && s.token(head.governor()).lemma().equals("claim")) {
      return head.governor();
    }
    if (head == null || head.governor() < 0 || !(head.is("nmod") || head.is("obl"))
        || !EventFinder.hasCase(s, head, Set.of("for"))) {
      return -1;
    }
    int above = head.governor();
    int verb = above;
    if (s.token(above).lemma().equals("responsibility")) {
      Dependency h = s.headOf(above);
      if (h == null || h.governor() < 0 || !h.is("obj")) return -1;
      verb = h.governor();
    } else {
      Dependency obj = s.childOf(verb, "obj");
      if (obj == null || !s.token(obj.dependent()).lemma().equals("responsibility")) return -1;
    }
    return TAKE_RESPONSIBILITY.contains(s.token(verb).lemma()) ? verb : -1;
  }

  /** "staged a sit-in to protest the law": an infinitive of purpose, whose doer is the subject above. */
  private static boolean purpose(Sentence s, int trigger, Dependency head) {
    if (!head.is("advcl")) return false;
    for (Dependency m : s.childrenOf(trigger)) {
      if (m.is("mark") && s.token(m.dependent()).lemma().equalsIgnoreCase("to")) return true;
    }
    return false;
  }

  /**
   * "North Korean troops were sent to Russia": with no subject, the owner of the troops or weapons
   * moved is the actor.
   */
  static List<String> forcesOwner(Sentence s, int trigger, Trigger lex, Arguments args) {
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
  /** Verbs that speak about an act: "has not commented on the attack" is no attacker's. */
  private static final Set<String> REMARKING = Set.of("comment", "remark", "react", "speak", "talk", "brief",
      "testify", "elaborate", "reflect", "weigh");

  static int lightVerb(Sentence s, int trigger) {
    if (!s.token(trigger).isNoun()) return -1;
    int node = trigger;
    Dependency head = s.headOf(node);
    for (int guard = 0; head != null && head.governor() >= 0 && guard < s.size(); guard++) {
      boolean of = head.is("nmod") && EventFinder.hasCase(s, head, Set.of("of"));
      if (!head.is("compound") && !of) break;
      node = head.governor();
      head = s.headOf(node);
    }
    if (head == null || head.governor() < 0 || !(head.is("obj") || head.is("obl"))) return -1;
    int verb = head.governor();
    // "launched drone strikes": the tagger reads the weapon as a verb whose object is the strikes
    Dependency up = s.headOf(verb);
    if (misreadWeapon(s, verb) && head.is("obj")
        && up != null && up.governor() >= 0 && (up.is("xcomp") || up.is("obj") || up.is("ccomp"))
        && s.token(up.governor()).isVerb()) {
      return up.governor();
    }
    // "said on Friday, in one of the largest attacks", "has never confirmed the deployment": a verb
    // of saying carries no act, but announcing or declaring one does ("announced a suspension")
    if (reports(s, verb) || head.is("obl") && (Arguments.SAYING.contains(s.token(verb).lemma())
        || REMARKING.contains(s.token(verb).lemma()))) {
      return -1;
    }
    return s.token(verb).isVerb() ? verb : -1;
  }

  /** Whether a token is a weapon noun the tagger read as a verb ("drone" in "launched drone strikes"). */
  static boolean misreadWeapon(Sentence s, int token) {
    return s.token(token).isVerb() && MISREAD_WEAPONS.contains(s.token(token).word().toLowerCase(java.util.Locale.ROOT));
  }

  /** Weapons the tagger often reads as verbs before a noun ("drone strikes", "rocket attacks"). */
  private static final Set<String> MISREAD_WEAPONS = Set.of("drone", "rocket", "missile", "shell", "mortar");

  /** Verbs of saying that enact the act they name ("announced sanctions", "declared a ceasefire"). */
  private static final Set<String> ENACTING = Set.of("announce", "declare", "state");

  /** The "by X" of a passive verb. */
  static Dependency agent(Sentence s, int trigger) {
    if (s.childOf(trigger, "aux:pass") == null && s.childOf(trigger, "nsubj:pass") == null) return null;
    for (Dependency d : s.childrenOf(trigger)) {
      if ((d.is("obl") || d.is("nmod")) && EventFinder.hasCase(s, d, Set.of("by"))) return d;
    }
    return null;
  }
}
