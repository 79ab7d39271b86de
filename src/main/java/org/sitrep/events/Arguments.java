package org.sitrep.events;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.actors.ActorMentions;
import org.sitrep.actors.Pronouns;
import org.sitrep.actors.ResolvedMention;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;
import org.sitrep.record.Actor;
import org.sitrep.record.Quote;

/** The actors that fill an argument of a trigger: the subject, the object, "with X", "by X". */
final class Arguments {
  private static final Set<String> GROUP_NOUNS = Set.of("country", "nation", "side", "state", "government");

  private static final Set<String> FIRST_PERSON = Set.of("we", "us", "our", "i", "me", "my");

  private final ActorMentions actors;
  private final List<Quote> quotes;

  Arguments(ActorMentions actors, List<Quote> quotes) {
    this.actors = actors;
    this.quotes = quotes;
  }

  /** The actors named by the phrase headed by a token, one per conjunct ("Russia and Ukraine"). */
  List<String> of(Sentence s, int head) {
    Set<String> ids = new LinkedHashSet<>();
    List<Integer> heads = new ArrayList<>();
    heads.add(head);
    for (Dependency d : s.childrenOf(head)) if (d.is("conj")) heads.add(d.dependent());
    for (int h : heads) {
      List<String> origins = origins(s, h);
      if (origins.size() >= 2) {
        ids.addAll(origins);
        continue;
      }
      String id = single(s, h);
      if (id != null) ids.add(id);
    }
    if (ids.isEmpty()) ids.addAll(group(s, head));
    return List.copyOf(ids);
  }

  /** "mediators from Egypt and Qatar": the actors a common noun's "from" phrase names, every conjunct. */
  private List<String> origins(Sentence s, int h) {
    Token t = s.token(h);
    if (!t.isNoun() || t.isProperNoun()) return List.of();
    for (Dependency d : s.childrenOf(h)) {
      if (d.is("nmod") && EventFinder.hasCase(s, d, Set.of("from")) && s.childOf(d.dependent(), "conj") != null) {
        return of(s, d.dependent());
      }
    }
    return List.of();
  }

  private String single(Sentence s, int h) {
    Token t = s.token(h);
    // "the US" is a name, not "us": only a token tagged as a pronoun is one.
    boolean pronoun = !t.isProperNoun();
    if (pronoun && FIRST_PERSON.contains(t.lemma())) return speakerAround(t.start());
    if (pronoun && Pronouns.isPronoun(t.word())) {
      if (partOfCounted(s, h)) return null;
      int reporter = reporterOfClause(s, h);
      if (reporter >= 0) return actorOver(s, reporter);
      String above = subjectAbove(s, h);
      return above != null ? above : Pronouns.resolve(t.word(), t.start(), actors);
    }
    List<ResolvedMention> covering = actors.within(t.start(), t.end());
    int[] r = subtreeWithoutConjuncts(s, h);
    String id = !covering.isEmpty() ? covering.get(0).actor() : modifierActor(s, h);
    if (id == null) id = actors.actorIn(s.token(r[0]).start(), s.token(r[1]).end());
    return id == null || hasState(id) ? id : stateInPhrase(s.token(r[0]).start(), s.token(r[1]).end(), id);
  }

  private static final Set<String> QUANTIFIERS = Set.of("many", "some", "most", "all", "several", "few", "none",
      "dozens", "hundreds", "thousands", "half", "one", "each", "both");

  /**
   * "70 people were wounded, many of them critically", "2,000 of them": a pronoun some of which are
   * counted stands for the people just counted, not for an actor named before.
   */
  private static boolean partOfCounted(Sentence s, int pronoun) {
    Dependency role = s.headOf(pronoun);
    if (role == null || !role.is("nmod") || role.governor() < 0 || !EventFinder.hasCase(s, role, Set.of("of"))) {
      return false;
    }
    Token whole = s.token(role.governor());
    return whole.pos().equals("CD") || QUANTIFIERS.contains(whole.lemma().toLowerCase(java.util.Locale.ROOT));
  }

  /** Verbs of saying: they report acts and carry none ("said ..., in one of the largest attacks"). */
  static final Set<String> SAYING = Set.of("say", "tell", "announce", "state", "claim", "report", "add",
      "warn", "insist", "confirm", "deny", "argue", "believe", "think", "write", "declare", "stress");

  /**
   * "Aid agencies say they need ...": the subject of a reported clause that is a pronoun is the
   * one who reports it, when that one is named by a phrase rather than a pronoun of its own; the
   * token heading that phrase, or -1. Its actor may be none: then the pronoun has none either,
   * rather than the last actor the story named.
   */
  private static int reporterOfClause(Sentence s, int pronoun) {
    Dependency role = s.headOf(pronoun);
    if (role == null || !role.is("nsubj") || role.governor() < 0) return -1;
    Dependency clause = s.headOf(role.governor());
    if (clause == null || !clause.is("ccomp") || clause.governor() < 0
        || !SAYING.contains(s.token(clause.governor()).lemma())) {
      return -1;
    }
    Dependency subj = s.childOf(clause.governor(), "nsubj");
    if (subj == null || Pronouns.isPronoun(s.token(subj.dependent()).word())) return -1;
    return subj.dependent();
  }

  /** "Rwandan-backed M23 rebels" are M23's: a backer named in a modifier does not own the phrase. */
  private static final Set<String> BACKING = Set.of("back", "backed", "support", "supported", "sponsor",
      "sponsored", "fund", "funded", "arm", "armed", "ally", "allied", "align", "aligned", "train", "trained");

  /** Clause links along which a pronoun subject keeps the subject of the clause above it. */
  private static final Set<String> SAME_SUBJECT = Set.of("advcl", "conj", "ccomp");

  /**
   * "The UN said 12,000 civilians had been killed, though it warned that ...": a pronoun subject
   * refers to the named subject of a clause above its own, the nearest whose actor is of the
   * pronoun's kind (a person for "he", a state or body for "it"); null when none is.
   */
  private String subjectAbove(Sentence s, int pronoun) {
    Dependency role = s.headOf(pronoun);
    if (role == null || !role.is("nsubj")) return null;
    boolean personal = Pronouns.isPersonal(s.token(pronoun).word());
    int v = role.governor();
    for (int depth = 0; depth < 4 && v >= 0; depth++) {
      Dependency up = s.headOf(v);
      if (up == null || up.governor() < 0 || !SAME_SUBJECT.contains(up.relation().split(":")[0])) return null;
      v = up.governor();
      Dependency subj = s.childOf(v, "nsubj");
      if (subj == null || subj.dependent() > pronoun || Pronouns.isPronoun(s.token(subj.dependent()).word())) continue;
      String id = actorOver(s, subj.dependent());
      Actor a = id == null ? null : actors.actor(id);
      if (a != null && personal == "person".equals(a.kind())) return id;
    }
    return null;
  }

  /**
   * A phrase headed by a thing stands for whoever its own modifiers name before anyone named deeper
   * inside it: "war crimes by Croatian extremists against Serb civilians" is the extremists',
   * "proposed Israeli changes to the deal" Israel's, and, failing those, "the rights of Kurds in
   * their dispute with Ankara" and "dozens of Afghan refugees" are whom they are "of".
   */
  private String modifierActor(Sentence s, int h) {
    for (Dependency d : s.childrenOf(h)) {
      if ((d.is("nmod") || d.is("obl")) && EventFinder.hasCase(s, d, Set.of("by"))) {
        String id = actorOver(s, d.dependent());
        if (id != null) return id;
      }
    }
    for (Dependency d : s.childrenOf(h)) {
      if ((d.is("nmod:poss") || d.is("amod") || d.is("compound")) && !BACKING.contains(s.token(d.dependent()).lemma())) {
        String id = actorOver(s, d.dependent());
        if (id != null) return id;
      }
    }
    String owner = possessivePronounSubject(s, h);
    if (owner != null) return owner;
    for (Dependency d : s.childrenOf(h)) {
      if (d.is("nmod") && EventFinder.hasCase(s, d, Set.of("of"))) {
        String id = single(s, d.dependent());
        if (id != null) return id;
      }
    }
    return null;
  }

  /** Nouns for those who act on an owner's behalf: "its units", "their fighters", "his government". */
  private static final Set<String> AGENTS = Set.of("unit", "troop", "force", "fighter", "soldier", "man",
      "militant", "army", "military", "government", "police", "official", "ally", "member", "supporter",
      "warplane", "jet", "aircraft", "drone", "navy", "ship", "warship", "artillery", "militia", "agent",
      "diplomat", "envoy", "negotiator", "delegation", "minister", "ministry", "spokesman", "spokeswoman");

  /**
   * "its units had taken control": a subject owned by a possessive pronoun and named by nothing
   * else is whoever the pronoun stands for, when it names those who act for its owner. Only
   * subjects: "restrictions on its labour market" and "to show their disapproval" are not acted on
   * by their owner; nor does "her ailment" act for her.
   */
  private String possessivePronounSubject(Sentence s, int h) {
    Dependency role = s.headOf(h);
    if (role == null || !role.is("nsubj")) return null;
    Dependency poss = s.childOf(h, "nmod:poss");
    if (poss == null || !AGENTS.contains(s.token(h).lemma())) return null;
    Token m = s.token(poss.dependent());
    return !m.isProperNoun() && Pronouns.isPronoun(m.word()) ? single(s, poss.dependent()) : null;
  }

  private String actorOver(Sentence s, int token) {
    int[] r = s.subtreeRange(token);
    return actors.actorIn(s.token(r[0]).start(), s.token(r[1]).end());
  }

  private boolean hasState(String id) {
    var a = actors.actor(id);
    return a == null || a.country() != null || a.affiliation() != null || "international".equals(a.kind());
  }

  /**
   * "Israeli Prime Minister Ehud Barak", "the APEC forum of Asian states": an actor we cannot place
   * stands for the state its own phrase names, as PLOVER codes actors by country. Without one it
   * stays itself.
   */
  private String stateInPhrase(int start, int end, String id) {
    for (ResolvedMention m : actors.within(start, end)) {
      if (!m.actor().equals(id) && hasState(m.actor()) && actors.actor(m.actor()) != null) return m.actor();
    }
    return id;
  }

  /**
   * The actors of a "between X and Y" or "with X" phrase under a noun, every conjunct of it, and
   * every conjoined modifier ("between Israeli and Hamas negotiators").
   */
  List<String> under(Sentence s, int noun, Set<String> cases) {
    for (Dependency d : s.childrenOf(noun)) {
      if ((d.is("nmod") || d.is("obl")) && EventFinder.hasCase(s, d, cases)) {
        List<String> parties = conjoinedModifiers(s, d.dependent());
        return parties.size() >= 2 ? parties : of(s, d.dependent());
      }
    }
    return List.of();
  }

  /** The actors of a modifier and its conjuncts: "Israeli and Hamas negotiators" are ISR and HAMAS. */
  private List<String> conjoinedModifiers(Sentence s, int head) {
    for (Dependency d : s.childrenOf(head)) {
      if (!(d.is("amod") || d.is("compound")) || s.childOf(d.dependent(), "conj") == null) continue;
      Set<String> ids = new LinkedHashSet<>();
      Token modifier = s.token(d.dependent());
      // the modifier's own words: its subtree holds its conjuncts too
      String first = actors.actorIn(modifier.start(), modifier.end());
      if (first != null) ids.add(first);
      for (Dependency c : s.childrenOf(d.dependent())) {
        String id = c.is("conj") ? actorOver(s, c.dependent()) : null;
        if (id != null) ids.add(id);
      }
      return List.copyOf(ids);
    }
    return List.of();
  }

  /** The state an actor belongs to, a state its own; null when none. */
  String stateOf(String id) {
    return actors.stateOf(id);
  }

  /**
   * Whether two actors belong to one international body ("the Security Council" and "the UN force
   * in Lebanon"): what such a body does to its own organ falls on where the organ works.
   */
  boolean sameBody(String a, String b) {
    String body = actors.stateOf(a);
    return body != null && body.equals(actors.stateOf(b)) && international(a) && international(b);
  }

  private boolean international(String id) {
    var a = actors.actor(id);
    return a != null && "international".equals(a.kind());
  }

  /** "We" inside a quote is the speaker, or the body the speaker speaks for. */
  private String speakerAround(int offset) {
    for (Quote q : quotes) {
      if (q.start() <= offset && offset < q.end() && q.speaker() != null) return q.speaker().actor();
    }
    return null;
  }

  /**
   * "the two countries": the last two distinct states named before the phrase, leaving out the
   * subject of its own verb ("Britain urged the two countries" means two others). "The two sides"
   * counts as well, but "both sides" is left alone: in a war story it means the belligerents, who
   * need not be the states named last.
   */
  private List<String> group(Sentence s, int head) {
    Token t = s.token(head);
    if (!GROUP_NOUNS.contains(t.lemma()) || !t.pos().equals("NNS")) return List.of();
    if (t.lemma().equals("side") && !countedTwo(s, head)) return List.of();
    Set<String> found = new LinkedHashSet<>();
    int[] subject = ownVerbsSubject(s, head);
    List<ResolvedMention> before = actors.mentions().stream().filter(m -> m.end() <= t.start())
        .filter(m -> subject == null || m.end() <= s.token(subject[0]).start() || m.start() >= s.token(subject[1]).end())
        .toList();
    for (int i = before.size() - 1; i >= 0 && found.size() < 2; i--) {
      String state = actors.stateOf(before.get(i).actor());
      var a = actors.actor(state);
      if (a != null && "country".equals(a.kind())) found.add(a.id());
    }
    return found.size() == 2 ? List.copyOf(found) : List.of();
  }

  private static boolean countedTwo(Sentence s, int noun) {
    Dependency n = s.childOf(noun, "nummod");
    return n != null && s.token(n.dependent()).lemma().equalsIgnoreCase("two");
  }

  /** The token range of the subject of the verb a noun phrase is the object of, or null. */
  private static int[] ownVerbsSubject(Sentence s, int noun) {
    Dependency head = s.headOf(noun);
    if (head == null || head.governor() < 0 || !(head.is("obj") || head.is("iobj"))) return null;
    Dependency subj = s.childOf(head.governor(), "nsubj");
    return subj == null ? null : s.subtreeRange(subj.dependent());
  }

  private static int[] subtreeWithoutConjuncts(Sentence s, int h) {
    int lo = h, hi = h;
    for (Dependency d : s.childrenOf(h)) {
      if (d.is("conj") || d.is("cc") || d.is("acl") || d.is("punct")) continue;
      int[] r = s.subtreeRange(d.dependent());
      lo = Math.min(lo, r[0]);
      hi = Math.max(hi, r[1]);
    }
    // "17 people, including 13 students, the opposition NUG said": a clause deeper down, however
    // the parser hung it, is no part of the phrase
    for (int i = h + 1; i <= hi; i++) {
      Dependency up = s.headOf(i);
      // ("wounding 43, the governor said", with "said" hung on the 43)
      boolean clause = up != null && (up.is("acl:relcl")
          || (up.is("dep") || up.is("parataxis")) && SAYING.contains(s.token(i).lemma()));
      if (clause && s.token(i).isVerb() && descends(s, i, h)) {
        hi = Math.min(hi, s.subtreeRange(i)[0] - 1);
        break;
      }
    }
    return new int[] {lo, Math.max(hi, h)};
  }

  private static boolean descends(Sentence s, int token, int ancestor) {
    int node = token;
    for (int guard = 0; node >= 0 && guard < s.size(); guard++) {
      if (node == ancestor) return true;
      Dependency up = s.headOf(node);
      node = up == null ? -1 : up.governor();
    }
    return false;
  }
}
