package org.sitrep.actors;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.sitrep.nlp.AnnotatedText;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;
import org.sitrep.record.Actor;

/**
 * The mention a pronoun stands for when the parse says so, for the two frames of reporting in which
 * the nearest earlier name is often the wrong one:
 *
 * <ol>
 *   <li>"The army said it struck sites belonging to Hamas and that its troops killed 12": a pronoun
 *       inside what a subject says, thinks or sets out to do (a {@code ccomp} or {@code xcomp} of
 *       that subject's verb, reached through conjuncts) is that subject, or the object where one
 *       controls the infinitive ("urged North Korea to withdraw its troops");
 *   <li>"... belonging to Hamas. It said two soldiers died": a pronoun that is, or owns, the subject
 *       of its sentence's main verb, with no fitting mention before it in that sentence, is the
 *       subject of the previous sentence's main verb; when that main verb is one of saying, the
 *       last one who says something in the previous sentence goes first ("Russia launched 728
 *       drones, Ukraine's air force said. It said ..."); when that subject is a body no rule
 *       resolved ("The military said ... It said ..."), the pronoun has no actor either.
 * </ol>
 *
 * A subject that is itself a pronoun is followed back the same way. Anything else is left to the
 * caller's nearest-mention rule ("Israel struck Hezbollah after it fired": "it" is Hezbollah).
 */
final class Salience {
  /** How many conjuncts may lie between the pronoun's verb and the complement. */
  private static final int REACH = 8;
  /** How many pronoun subjects may be followed back in a chain ("It said ... It added ... its"). */
  private static final int CHAIN = 3;
  private static final Set<String> SAYING = Set.of(
      "say", "tell", "add", "state", "announce", "report", "claim", "confirm", "warn", "insist",
      "deny", "write", "note", "estimate", "believe", "accuse", "allege");
  private static final Set<String> ARGUMENT = Set.of("nsubj", "obj", "iobj", "obl");
  private static final Set<String> PRONOUNS =
      Set.of("he", "she", "him", "her", "his", "it", "its", "they", "them", "their");

  /** The answer "the parse names the antecedent, and it is no actor": the pronoun has none either. */
  static final ResolvedMention NONE = new ResolvedMention(-1, -1, "", null, "actors.salience-none");

  private final AnnotatedText doc;
  private final ActorMentions known;
  private final Predicate<Actor> kind;
  private final List<ResolvedMention> mentions;

  /** For pronouns of one kind ({@code kind}: a person, or a state, body or group) among known mentions. */
  Salience(AnnotatedText doc, ActorMentions known, Predicate<Actor> kind) {
    this.doc = doc;
    this.known = known;
    this.kind = kind;
    this.mentions = known.mentions();
  }

  /** The mention the pronoun at {@code offset} stands for by its place in the parse, or null. */
  ResolvedMention antecedent(int offset) {
    return antecedent(offset, CHAIN);
  }

  private boolean fits(ResolvedMention m) {
    return kind.test(known.actor(m.actor()));
  }

  private ResolvedMention antecedent(int offset, int chain) {
    if (doc == null || chain == 0) return null;
    Sentence s = doc.sentenceAt(offset);
    if (s == null) return null;
    int p = s.tokenAt(offset);
    if (p < 0 || !PRONOUNS.contains(s.token(p).word().toLowerCase(Locale.ROOT)) || !s.isParsed()) return null;
    ResolvedMention said = sayer(s, p, chain);
    if (said != null) return said;
    if (!mainSubject(s, p) || fitsBefore(s, offset) || s.index() == 0) return null;
    Sentence previous = doc.sentences().get(s.index() - 1);
    if (!previous.isParsed()) return null;
    if (SAYING.contains(s.token(s.root()).lemma())) {
      // "..., Ukraine's air force said. It said ...": the one who spoke goes on speaking
      ResolvedMention reporter = reporter(previous, chain);
      if (reporter != null) return reporter;
    }
    int root = previous.root();
    Dependency subject = root < 0 ? null : previous.childOf(root, "nsubj");
    if (subject == null) return null;
    ResolvedMention m = subjectMention(previous, subject.dependent(), chain);
    return m == null && bodyGoesOnSpeaking(s, s.token(p).word(), previous, subject.dependent()) ? NONE : m;
  }

  /**
   * "The military said it struck a Hamas command centre. It said ...": the body that spoke goes on
   * speaking, though it is no actor (a role noun nothing resolved); not the last name before it.
   * Both main verbs say, and the previous subject is a common noun that agrees with the pronoun.
   */
  private static boolean bodyGoesOnSpeaking(Sentence s, String pronoun, Sentence previous, int subject) {
    Token noun = previous.token(subject);
    boolean plural = noun.pos().equals("NNS");
    // "headquarters", "news": a plural form whose lemma is itself names one thing as well
    boolean either = plural && noun.lemma().equalsIgnoreCase(noun.word());
    String p = pronoun.toLowerCase(Locale.ROOT);
    boolean agrees = p.equals("it") || p.equals("its") ? noun.pos().equals("NN") || either
        : (p.equals("they") || p.equals("their")) && (plural || noun.pos().equals("NN"));
    return agrees && SAYING.contains(s.token(s.root()).lemma()) && SAYING.contains(previous.token(previous.root()).lemma());
  }

  /**
   * Frame 1: the subject of the verb whose complement holds the pronoun. The pronoun (or the noun it
   * owns) is an argument of a verb, and the way up from that verb passes only conjuncts before it
   * reaches the complement: a pronoun in a relative or adverbial clause ("assets they lost when Amin
   * expelled them") is left to the nearest-mention rule.
   */
  private ResolvedMention sayer(Sentence s, int p, int chain) {
    Dependency head = s.headOf(p);
    if (head != null && head.is("nmod:poss")) head = s.headOf(head.governor());
    // "12 of its men had died": the partitive's number holds the place in the clause
    if (head != null && head.is("nmod") && head.governor() >= 0 && s.token(head.governor()).pos().equals("CD")) {
      head = s.headOf(head.governor());
    }
    if (head == null || head.governor() < 0 || !ARGUMENT.contains(head.relation().split(":")[0])) return null;
    int t = head.governor();
    for (int step = 0; step < REACH; step++) {
      head = s.headOf(t);
      if (head == null || head.governor() < 0) return null;
      if (head.is("ccomp") || head.is("xcomp")) {
        // "urged North Korea to withdraw its troops": the object controls the infinitive
        Dependency object = head.is("xcomp") ? s.childOf(head.governor(), "obj") : null;
        if (object != null && s.token(object.dependent()).start() < s.token(p).start()) {
          return subjectMention(s, object.dependent(), chain);
        }
        Dependency subject = s.childOf(head.governor(), "nsubj");
        if (subject == null || s.token(subject.dependent()).start() >= s.token(p).start()) return null;
        ResolvedMention m = subjectMention(s, subject.dependent(), chain);
        // "The army said 12 of its men died": the army, though no actor; not the last name before it
        return m == null && !PRONOUNS.contains(s.token(subject.dependent()).word().toLowerCase(Locale.ROOT))
            ? NONE : m;
      }
      if (!head.is("conj")) return null;
      t = head.governor();
    }
    return null;
  }

  /** The last subject of a verb of saying in a sentence, as a fitting mention, or null. */
  private ResolvedMention reporter(Sentence s, int chain) {
    for (int i = s.size() - 1; i >= 0; i--) {
      if (!SAYING.contains(s.token(i).lemma())) continue;
      Dependency subject = s.childOf(i, "nsubj");
      if (subject == null) continue;
      ResolvedMention m = subjectMention(s, subject.dependent(), chain);
      if (m != null) return m;
    }
    return null;
  }

  /** Whether the pronoun is the main verb's subject, or owns it ("Its troops ..."). */
  private boolean mainSubject(Sentence s, int p) {
    Dependency head = s.headOf(p);
    if (head == null) return false;
    if (head.is("nmod:poss")) head = s.headOf(head.governor());
    return head != null && head.is("nsubj") && head.governor() == s.root();
  }

  private boolean fitsBefore(Sentence s, int offset) {
    for (ResolvedMention m : mentions) {
      if (m.start() >= s.start() && m.end() <= offset && fits(m)) return true;
    }
    return false;
  }

  /**
   * The fitting mention that a subject is: the one over its head word ("the Israeli military"), else
   * the name in apposition to it ("the group JNIM"), else one of the head's own modifiers ("Israel's army", "the group's spokesman" for "its"); for a
   * pronoun subject, what that pronoun stands for.
   */
  private ResolvedMention subjectMention(Sentence s, int head, int chain) {
    Token h = s.token(head);
    if (PRONOUNS.contains(h.word().toLowerCase(Locale.ROOT))) {
      ResolvedMention m = antecedent(h.start(), chain - 1);
      return m != null ? m : known.before(h.start(), kind);
    }
    ResolvedMention over = null;
    for (ResolvedMention m : mentions) if (m.start() < h.end() && h.start() < m.end()) over = m;
    if (over != null && fits(over)) return over;
    // "the al Qaeda-linked group JNIM": the name in apposition is the subject, not a modifier
    for (Dependency d : s.childrenOf(head)) {
      if (!d.is("appos")) continue;
      Token t = s.token(d.dependent());
      for (ResolvedMention m : mentions) {
        if (m.start() < t.end() && t.start() < m.end() && fits(m)) return m;
      }
    }
    // "the group's military spokesman said its forces ...": "its" is whose spokesman he is
    for (Dependency d : s.childrenOf(head)) {
      if (!(d.is("nmod:poss") || d.is("compound") || d.is("amod"))) continue;
      Token t = s.token(d.dependent());
      for (ResolvedMention m : mentions) {
        if (m.start() < t.end() && t.start() < m.end() && fits(m)) return m;
      }
    }
    return null;
  }
}
