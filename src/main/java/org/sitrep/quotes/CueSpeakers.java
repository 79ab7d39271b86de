package org.sitrep.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Speakers found on the dependency parse: the subject of a cue verb outside the quotation, or the
 * object of "according to". A cue verb that governs the quote, or that the quote governs, wins
 * over one that is merely nearby.
 */
final class CueSpeakers {
  /** Relations through which a verb without its own subject shares its governor's subject. */
  private static final Set<String> SHARED_SUBJECT = Set.of("conj", "xcomp", "advcl", "acl");
  private static final Set<String> RELATIVE = Set.of("who", "that", "which");
  private static final Set<String> TIME_WORDS = Set.of("weekend", "week", "day", "month", "year",
      "morning", "afternoon", "evening", "night", "today", "yesterday", "tomorrow");
  /** How far up the tree a quote may sit below its cue verb. */
  private static final int MAX_DEPTH = 8;
  /** Characters between a closing mark and a sentence that still attributes the quote. */
  private static final int TRAILER_GAP = 2;

  private CueSpeakers() {}

  /** The speaker of a quotation from a cue in the sentences it spans, or null. */
  static Attribution of(QuoteContext ctx, Quotation q) {
    Attribution best = null;
    int bestScore = Integer.MAX_VALUE;
    for (Sentence s : withTrailer(ctx, q)) {
      for (Token t : s.tokens()) {
        if (ctx.quoted(t) || !isCue(s, t)) continue;
        Attribution a = speakerOf(ctx, s, t.index());
        if (a == null) continue;
        int score = distance(q, t) + (!linked(ctx, s, t.index(), q) ? 100_000
            : inModifier(ctx, s, t.index(), q) ? 50_000 : 0);
        if (score < bestScore) {
          best = a;
          bestScore = score;
        }
      }
    }
    return best;
  }

  /**
   * The sentences a quote spans, and the next one when it starts right after the closing mark:
   * the splitter ends a sentence at "?" or "!" even in '"...?" she asked.' Not after a quote that
   * ended its own sentence with a full stop.
   */
  private static List<Sentence> withTrailer(QuoteContext ctx, Quotation q) {
    List<Sentence> spanned = ctx.sentencesOf(q);
    if (spanned.isEmpty() || !q.isClosed()) return spanned;
    Sentence last = spanned.get(spanned.size() - 1);
    List<Sentence> all = ctx.text.sentences();
    if (last.end() > q.close() || last.index() + 1 >= all.size()) return spanned;
    Sentence next = all.get(last.index() + 1);
    if (next.paragraph() != last.paragraph() || next.start() - q.close() > TRAILER_GAP
        || ctx.quoted(next.token(0)) || ctx.text.span(q.close(), next.start()).contains("\n")
        || endsSentence(ctx, q, next)) {
      return spanned;
    }
    List<Sentence> out = new ArrayList<>(spanned);
    out.add(next);
    return out;
  }

  /**
   * 'number in the "low thousands." Neither Moscow nor ...': a quote whose last character is a full
   * stop, with a capital after it, ended its sentence; what follows is a sentence of its own.
   */
  private static boolean endsSentence(QuoteContext ctx, Quotation q, Sentence next) {
    return q.end() > q.start() && ctx.text.span(q.end() - 1, q.end()).equals(".")
        && Character.isUpperCase(next.token(0).word().charAt(0));
  }

  /** The speaker named with a cue anywhere outside quotations in one sentence, or null. */
  static Attribution inSentence(QuoteContext ctx, Sentence s) {
    Attribution found = null;
    for (Token t : s.tokens()) {
      if (ctx.quoted(t) || !isCue(s, t)) continue;
      Attribution a = speakerOf(ctx, s, t.index());
      if (a != null && found == null) found = a;
      if (a != null && s.headOf(t.index()) != null && s.headOf(t.index()).governor() < 0) return a;
    }
    return found;
  }

  static boolean isCue(Sentence s, Token t) {
    if (isAccordingTo(s, t)) return true;
    return t.isVerb() && Cues.isVerb(t.lemma()) && !unsaid(s, t.index()) && !anAct(s, t) && !aNounsModifier(s, t);
  }

  /** Verbs of words only with a particle of reply: "fired back", "shot off a letter"; not "fired shots". */
  private static final Set<String> ONLY_WITH_PARTICLE = Set.of("fire", "shoot");
  private static final Set<String> REPLY_PARTICLES = Set.of("back", "off");

  /** "troops fired at 'suspects'": a verb of an act that is a verb of words only with "back" or "off". */
  private static boolean anAct(Sentence s, Token t) {
    if (!ONLY_WITH_PARTICLE.contains(t.lemma()) || !s.isParsed()) return false;
    for (Dependency d : s.childrenOf(t.index())) {
      if (REPLY_PARTICLES.contains(s.token(d.dependent()).word().toLowerCase(java.util.Locale.ROOT))) return false;
    }
    return true;
  }

  /** People a warning or a message may be addressed to, besides tellers: "warning people to leave". */
  private static final Set<String> ADDRESSEES = Set.of("people", "person", "public", "civilian", "citizen", "voter",
      "ally", "parent", "family");

  /**
   * "fired warning shots": a verb in -ing right before the noun the parser made its object, hung
   * below a verb that is no cue, names a kind of that noun; no one speaks through it. Not when
   * the noun is whom the words were for ("went on air warning residents to leave").
   */
  private static boolean aNounsModifier(Sentence s, Token t) {
    if (!t.pos().equals("VBG") || !s.isParsed() || t.index() + 1 >= s.size()) return false;
    Dependency obj = s.childOf(t.index(), "obj");
    Dependency up = s.headOf(t.index());
    if (obj == null || obj.dependent() != t.index() + 1) return false;
    Token noun = s.token(obj.dependent());
    return noun.pos().startsWith("NN") && !teller(noun)
        && !ADDRESSEES.contains(noun.lemma().toLowerCase(java.util.Locale.ROOT))
        && up != null && up.governor() >= 0 && !up.is("root") && s.token(up.governor()).isVerb()
        && !isCue(s, s.token(up.governor()));
  }

  /**
   * "said Moscow would respond 'in a way that hurts'": a verb of saying under a modal or "to"
   * speaks of words not yet said, and quotes no one; the quote is the outer speaker's. Read only
   * when the sentence is parsed already.
   */
  private static boolean unsaid(Sentence s, int verb) {
    if (!s.isParsed()) return false;
    for (Dependency d : s.childrenOf(verb)) {
      String pos = s.token(d.dependent()).pos();
      boolean modal = d.is("aux") && (pos.equals("MD") || pos.equals("TO")) || d.is("mark") && pos.equals("TO");
      if (modal && closeBefore(s, d.dependent(), verb)) return true;
    }
    return false;
  }

  /**
   * Whether a token comes shortly before the verb with only words between ("would not respond"): the
   * parser sometimes hangs a quote's own "will" on the cue after it.
   */
  private static boolean closeBefore(Sentence s, int token, int verb) {
    if (token > verb || verb - token > 3) return false;
    for (int i = token + 1; i < verb; i++) {
      if (!Character.isLetter(s.token(i).word().charAt(0))) return false;
    }
    return true;
  }

  private static boolean isAccordingTo(Sentence s, Token t) {
    return t.word().equalsIgnoreCase("according") && t.index() + 1 < s.size()
        && s.token(t.index() + 1).word().equalsIgnoreCase("to")
        || isPer(s, t);
  }

  /**
   * "..., per the party's bylaws": "per" before a determiner, a possessive or a name is "according
   * to"; before a bare unit ("per day", "per cent") it is not.
   */
  private static boolean isPer(Sentence s, Token t) {
    if (!t.word().equalsIgnoreCase("per") || t.index() + 1 >= s.size()) return false;
    String next = s.token(t.index() + 1).pos();
    return next.equals("DT") || next.equals("PRP$") || next.equals("NNP") || next.equals("NNPS");
  }

  private static Attribution speakerOf(QuoteContext ctx, Sentence s, int cue) {
    if (isAccordingTo(s, s.token(cue))) return accordingTo(ctx, s, cue);
    int cited = relayed(ctx, s, cue);
    if (cited >= 0) {
      int[] span = Nominal.span(ctx, s, cited);
      return new Attribution(s, span[0], span[1], cited, cueText(s, cue), "quote.relayed");
    }
    int subject = subjectOf(ctx, s, cue);
    if (subject >= 0 && isTime(s.token(subject))) subject = namedWithin(ctx, s, subject);
    if (subject < 0) return null;
    int[] span = Nominal.span(ctx, s, subject);
    return new Attribution(s, span[0], span[1], subject, cueText(s, cue), "quote.dep-nsubj");
  }

  /** Words for a teller a reporter cites, besides names, roles and institutions. */
  private static final Set<String> TELLERS = Set.of("source", "witness", "resident", "medic", "survivor",
      "eyewitness", "rescuer", "monitor", "observer");

  /**
   * "Reuters quoted a senior security official as saying: ...", '"...," the state news agency
   * reported, citing a local official': words a reporter relays are those of whom it quotes or
   * cites, when that is a name, a role, an institution or a source ("citing witnesses"), not a
   * reason ("citing security concerns"). Read only from a parse.
   */
  private static int relayed(QuoteContext ctx, Sentence s, int cue) {
    if (!s.isParsed()) return -1;
    if (s.token(cue).lemma().equals("quote")) {
      int quoted = unquotedChild(ctx, s, cue, "obj");
      return quoted >= 0 && asSaying(s, cue) ? quoted : -1;
    }
    // the "saying" of "quoted ... as saying" is a cue of its own, nearer the quote
    Dependency up = s.headOf(cue);
    if (s.token(cue).lemma().equals("say") && as(s, cue) && up != null && up.governor() >= 0
        && s.token(up.governor()).lemma().equals("quote")) {
      return unquotedChild(ctx, s, up.governor(), "obj");
    }
    for (Dependency d : s.childrenOf(cue)) {
      Token citing = s.token(d.dependent());
      if (!citing.lemma().equals("cite") || !citing.pos().equals("VBG") || ctx.quoted(citing)) continue;
      int teller = unquotedChild(ctx, s, d.dependent(), "obj");
      if (teller >= 0 && teller(s.token(teller))) return teller;
    }
    return -1;
  }

  /** Whether "quoted" goes on "as saying". */
  private static boolean asSaying(Sentence s, int quoted) {
    for (Dependency d : s.childrenOf(quoted)) {
      if (s.token(d.dependent()).lemma().equals("say") && as(s, d.dependent())) return true;
    }
    return false;
  }

  /** Whether a verb has "as" of its own: "as saying". */
  private static boolean as(Sentence s, int verb) {
    for (Dependency a : s.childrenOf(verb)) if (s.token(a.dependent()).word().equalsIgnoreCase("as")) return true;
    return false;
  }

  private static boolean teller(Token t) {
    String lemma = t.lemma().toLowerCase(java.util.Locale.ROOT);
    return t.ner().equals("PERSON") || t.ner().equals("ORGANIZATION") || t.isProperNoun()
        || Roles.isPersonRole(lemma) || Roles.isInstitution(lemma) || TELLERS.contains(lemma);
  }

  /**
   * "At talks this weekend in Geneva, Amina Yusuf, the mediator, told ...": a time is never who
   * spoke, though the parser may make it the cue's subject.
   */
  static boolean isTime(Token t) {
    return t.ner().equals("DATE") || t.ner().equals("TIME")
        || TIME_WORDS.contains(t.lemma().toLowerCase(java.util.Locale.ROOT));
  }

  /** The first person or organisation named in apposition inside a phrase, or -1. */
  private static int namedWithin(QuoteContext ctx, Sentence s, int head) {
    int[] range = s.subtreeRange(head);
    for (int i = range[0]; i <= range[1]; i++) {
      Token t = s.token(i);
      Dependency up = s.headOf(i);
      boolean named = t.ner().equals("PERSON") || t.ner().equals("ORGANIZATION");
      if (named && up != null && up.is("appos") && !ctx.quoted(t)) return i;
    }
    return -1;
  }

  private static Attribution accordingTo(QuoteContext ctx, Sentence s, int according) {
    boolean per = isPer(s, s.token(according));
    int first = according + (per ? 1 : 2);
    Dependency head = s.headOf(according);
    int noun = head != null && head.governor() >= first ? head.governor() : -1;
    for (int i = first; noun < 0 && i < s.size() && i < according + 8; i++) {
      if (s.token(i).isNoun() || s.token(i).pos().equals("PRP")) noun = i;
    }
    if (noun < 0 || ctx.quoted(s.token(noun))) return null;
    int[] span = Nominal.span(ctx, s, noun);
    span[0] = Math.max(span[0], first);
    return new Attribution(s, span[0], span[1], noun, per ? "per" : "according to", "quote.according-to");
  }

  /** The unquoted subject of a verb, climbing through conjoined and embedded verbs that have none. */
  static int subjectOf(QuoteContext ctx, Sentence s, int verb) {
    int v = verb;
    for (int depth = 0; depth < 4 && v >= 0; depth++) {
      int subj = unquotedChild(ctx, s, v, "nsubj");
      // "a resident, who asked not to be named, told Wire": a verb the parser made the subject is no speaker
      if (subj >= 0 && s.token(subj).isVerb()) subj = -1;
      if (subj >= 0) return relativeAntecedent(s, v, subj);
      if (v == verb && (subj = invertedObject(ctx, s, v)) >= 0) return subj;
      Dependency up = s.headOf(v);
      if (up == null || up.governor() < 0 || !SHARED_SUBJECT.contains(up.relation().split(":")[0])) {
        return -1;
      }
      if (ctx.quoted(s.token(up.governor()))) return mainSubjectAfter(ctx, s, up.governor());
      if (up.is("acl") && s.token(up.governor()).isNoun()) {
        int noun = up.governor();
        int clause = commaParticipleClause(s, v, noun);
        if (clause < 0) return noun;
        v = clause;
        continue;
      }
      int main = pastRelativeClause(s, v, up);
      if (main >= 0) {
        v = main;
        continue;
      }
      v = up.governor();
    }
    return -1;
  }

  /**
   * "Protesters marched past the stadium - where the team played - while chanting, “...”": a
   * participle set off by a dash or comma after a relative clause tells what the main clause's
   * subject did, though the parser hung it on the relative clause's verb. The verb above the noun
   * the relative clause hangs on, or -1.
   */
  private static int pastRelativeClause(Sentence s, int participle, Dependency up) {
    if (!up.is("advcl")) return -1;
    int first = s.subtreeRange(participle)[0];
    String before = first > 0 ? s.token(first - 1).word() : "";
    if (!before.equals(",") && !before.equals("-") && !before.equals("—") && !before.equals("–")) return -1;
    Dependency relative = s.headOf(up.governor());
    if (relative == null || !relative.is("acl:relcl")) return -1;
    int v = relative.governor();
    for (int depth = 0; depth < 6 && v >= 0; depth++) {
      Dependency head = s.headOf(v);
      if (head == null || head.governor() < 0) return -1;
      v = head.governor();
      if (s.token(v).isVerb()) return v;
    }
    return -1;
  }

  /**
   * "After saying her convoy was “too exposed to move,” the general was ordered back": the parser
   * made the quoted words the root and the cue their modifier. The cue's subject is then the
   * subject of the unquoted clause the parser hung beside the quote, or -1.
   */
  private static int mainSubjectAfter(QuoteContext ctx, Sentence s, int quoted) {
    for (Dependency d : s.childrenOf(quoted)) {
      int v = d.dependent();
      if ((d.is("parataxis") || d.is("conj")) && s.token(v).isVerb() && !ctx.quoted(s.token(v))) {
        for (Dependency c : s.childrenOf(v)) {
          if (c.relation().startsWith("nsubj") && !ctx.quoted(s.token(c.dependent()))) return c.dependent();
        }
      }
    }
    return -1;
  }

  /**
   * "The envoy condemned the sanctions, saying ...": a participle after a comma tells what the
   * clause's subject did, though the parser hung it on the object before it. The verb that object
   * belongs to, or -1 when the noun is a subject or hangs on no verb ("a statement saying").
   */
  private static int commaParticipleClause(Sentence s, int participle, int noun) {
    if (!s.token(participle).pos().equals("VBG") || participle == 0
        || !s.token(participle - 1).word().equals(",")) {
      return -1;
    }
    Dependency up = s.headOf(noun);
    if (up == null || up.governor() < 0 || up.relation().startsWith("nsubj")) return -1;
    return s.token(up.governor()).isVerb() ? up.governor() : -1;
  }

  private static int unquotedChild(QuoteContext ctx, Sentence s, int head, String relation) {
    for (Dependency d : s.childrenOf(head)) {
      if (d.is(relation) && d.dependent() != head && !ctx.quoted(s.token(d.dependent()))) {
        return d.dependent();
      }
    }
    return -1;
  }

  /**
   * "...," said Leslie Wimes: after a quote the parser sometimes takes the inverted subject for an
   * object (or, before a relative clause, for a complement). A noun right after the cue verb, with a
   * quote closing right before it, is the speaker.
   */
  private static int invertedObject(QuoteContext ctx, Sentence s, int verb) {
    if (verb == 0 || !ctx.quoted(s.token(verb - 1)) && !(verb > 1
        && s.token(verb - 1).word().equals(",") && ctx.quoted(s.token(verb - 2)))) {
      return -1;
    }
    for (Dependency d : s.childrenOf(verb)) {
      int c = d.dependent();
      if (c > verb && c <= verb + 4 && (d.is("obj") || d.is("iobj") || d.is("dep") || d.is("xcomp"))
          && s.token(c).isNoun() && !ctx.quoted(s.token(c))) {
        return c;
      }
    }
    return -1;
  }

  private static int relativeAntecedent(Sentence s, int verb, int subject) {
    if (!RELATIVE.contains(s.token(subject).lemma())) return subject;
    Dependency up = s.headOf(verb);
    return up != null && up.is("acl") ? up.governor() : -1;
  }

  /**
   * "saying anyone who complains about the delays “does not understand ...”": a cue in a clause that
   * modifies a noun, under the quote but governing none of it, tells about that noun's referent and
   * yields to a cue that governs the quote.
   */
  private static boolean inModifier(QuoteContext ctx, Sentence s, int cue, Quotation q) {
    Dependency up = s.headOf(cue);
    if (up == null || !up.is("acl") || up.governor() < 0 || !s.token(up.governor()).isNoun()) return false;
    for (Token t : s.tokens()) {
      if (QuoteContext.within(q, t) && reaches(ctx, s, t.index(), cue)) return false;
    }
    return true;
  }

  /** Whether the cue governs the quote or the quote governs the cue. */
  static boolean linked(QuoteContext ctx, Sentence s, int cue, Quotation q) {
    for (Token t : s.tokens()) {
      if (QuoteContext.within(q, t) && reaches(ctx, s, t.index(), cue)) return true;
    }
    int v = cue;
    for (int depth = 0; depth < MAX_DEPTH; depth++) {
      v = ctx.head(s, v);
      if (v < 0) return false;
      if (QuoteContext.within(q, s.token(v))) return true;
    }
    return false;
  }

  private static boolean reaches(QuoteContext ctx, Sentence s, int from, int target) {
    int v = from;
    for (int depth = 0; depth < MAX_DEPTH; depth++) {
      v = ctx.head(s, v);
      if (v < 0) return false;
      if (v == target) return true;
    }
    return false;
  }

  private static int distance(Quotation q, Token t) {
    if (t.end() <= q.open()) return q.open() - t.end();
    return Math.max(0, t.start() - q.close());
  }

  private static String cueText(Sentence s, int cue) {
    Token t = s.token(cue);
    int next = cue + 1;
    if (next < s.size() && s.token(next).pos().equals("RP")) {
      return t.word() + " " + s.token(next).word();
    }
    return t.word();
  }
}
