package org.sitrep.claims;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.actors.ActorMentions;
import org.sitrep.actors.Pronouns;
import org.sitrep.nlp.AnnotatedText;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;
import org.sitrep.record.Quote;
import org.sitrep.record.Source;

/**
 * Who claims a figure. A cascade, first match wins:
 * <ol>
 *   <li>the figure sits inside a direct quote: the quote's speaker;
 *   <li>"according to X" after the figure, with no reporting verb between: X;
 *   <li>a reporting verb governs the clause that holds the figure ("South Korea has reported
 *       that ...", "... Ukrainian officials said"): that verb's subject;
 *   <li>"according to X" in the figure's clause or sentence: X;
 *   <li>a trailing ", X said" after the figure, however the parser attached it: X;
 *   <li>a reporting verb with a subject before the figure in its sentence, however attached;
 *   <li>otherwise the figure is in the reporter's own voice: no source.
 * </ol>
 */
final class Claimants {
  static final Set<String> REPORTING = Set.of(
      "say", "tell", "report", "claim", "estimate", "suggest", "announce", "state", "confirm",
      "add", "allege", "assess", "believe", "accuse", "write", "count", "record", "document",
      "indicate", "show", "insist", "warn", "note", "reveal", "disclose", "acknowledge", "admit",
      "brief", "tally", "calculate", "publish", "post", "cite", "inform", "put", "think", "assert",
      "declare", "maintain", "argue", "testify", "charge", "deny", "explain", "quote", "conclude");

  private final AnnotatedText doc;
  private final ActorMentions actors;
  private final List<Quote> quotes;

  Claimants(AnnotatedText doc, ActorMentions actors, List<Quote> quotes) {
    this.doc = doc;
    this.actors = actors;
    this.quotes = quotes;
  }

  /** The claimant of a figure anchored at a token, or null for the reporter's own voice. */
  Source find(Sentence s, int anchor) {
    int offset = s.token(anchor).start();
    for (Quote q : quotes) {
      if (q.start() <= offset && offset < q.end() && q.speaker() != null) return q.speaker();
    }
    // "CENTCOM said its strikes killed 74 people, according to the health ministry": the source
    // named right after the figure is closer to it than the one who relays it
    Source after = accordingTo(s, anchor + 1, s.size());
    if (after != null && !reportsBetween(s, anchor, after) && !relativeBetween(s, anchor, after)) return after;
    // "Moscow denies targeting civilians, though thousands have been killed": a concession made to
    // a reporter is the writer's, not the reporter's
    if (concededTo(s, anchor) || setApart(s, anchor)) return null;
    Source viaVerb = reportingVerb(s, anchor, false);
    if (viaVerb != null) return viaVerb;
    Source according = accordingTo(s, 0, s.size());
    if (according != null) return according;
    Source trailing = trailingReporter(s, anchor);
    if (trailing != null) return trailing;
    // "some estimates put the toll at 150,000", relayed by no one: the estimates, for want of better
    Source unowned = reportingVerb(s, anchor, true);
    return unowned != null ? unowned : leadingReporter(s, anchor);
  }

  /**
   * "Armenia and Azerbaijan accused each other of opening fire ..., a day after two Armenian
   * soldiers were wounded": a figure in a clause set a span of time apart from a reporting verb's
   * words, and not inside what the verb reports, is the writer's.
   */
  private static boolean setApart(Sentence s, int anchor) {
    if (!s.isParsed()) return false;
    int node = Incidents.clauseOf(s, anchor);
    boolean apart = false;
    for (int guard = 0; node >= 0 && guard < s.size(); guard++) {
      apart |= s.token(node).isVerb() && Incidents.timedApart(s, node);
      Dependency head = s.headOf(node);
      if (head == null || head.governor() < 0) return false;
      if (head.is("ccomp") || head.is("parataxis") || head.is("xcomp")) return false;
      node = head.governor();
      if (REPORTING.contains(s.token(node).lemma())) return apart;
    }
    return false;
  }

  /** Nouns that name who tells, when a reporter cites them. */
  private static final Set<String> CITED = Set.of("official", "source", "authority", "ministry",
      "police", "spokesman", "spokeswoman", "spokesperson", "agency", "army", "military",
      "government", "witness", "resident", "medic", "doctor", "hospital", "rescuer", "monitor",
      "observatory", "group", "report", "statement", "media", "television", "radio", "office",
      "department", "commander", "governor", "mayor", "minister", "council", "service", "committee");

  /**
   * "The agency reported that 12 people were killed, citing local officials": whom the reporter
   * cites tells the figure; a reason it cites ("citing the heavy shelling") does not.
   */
  private Source cited(Sentence s, int verb) {
    for (int i = verb + 1; i < s.size(); i++) {
      Token c = s.token(i);
      if (!c.lemma().equals("cite") || !c.pos().equals("VBG") || !under(s, i, verb)) continue;
      Dependency obj = s.childOf(i, "obj");
      if (obj == null) continue;
      Token noun = s.token(obj.dependent());
      boolean teller = noun.isProperNoun() || CITED.contains(noun.lemma())
          || noun.ner().equals("PERSON") || noun.ner().equals("ORGANIZATION");
      if (teller) return source(s, phrase(s, obj.dependent()));
    }
    return null;
  }

  /**
   * Whether a participle hangs on the reporting verb or, as the parser often has it, on the verb of
   * the reported clause ("reported that 14 were killed in the shelling, citing officials").
   */
  private static boolean under(Sentence s, int participle, int verb) {
    Dependency up = s.headOf(participle);
    if (up == null || up.governor() < 0) return false;
    if (up.governor() == verb) return true;
    Dependency clause = s.headOf(up.governor());
    return clause != null && clause.governor() == verb && clause.is("ccomp")
        && s.token(participle - 1).word().equals(",");
  }

  /**
   * "An investigation found that 40 civilians were killed": "find" reports what its clause says;
   * what it takes as its object ("rescuers found 12 bodies") is no one's claim.
   */
  private static boolean foundThat(Sentence s, int from, int node) {
    if (from < 0 || !s.token(node).lemma().equals("find")) return false;
    Dependency up = s.headOf(from);
    return up != null && up.governor() == node && up.is("ccomp");
  }

  private static final Set<String> CONCESSIVE = Set.of("though", "although", "whereas");

  /** Whether the figure sits in a concessive clause ("though ...") of a reporting verb. */
  private static boolean concededTo(Sentence s, int anchor) {
    if (!s.isParsed()) return false;
    int node = anchor;
    for (int guard = 0; node >= 0 && guard < s.size(); guard++) {
      Dependency head = s.headOf(node);
      if (head == null || head.governor() < 0) return false;
      if (head.is("advcl") && REPORTING.contains(s.token(head.governor()).lemma())) {
        Dependency mark = s.childOf(node, "mark");
        return mark != null && CONCESSIVE.contains(s.token(mark.dependent()).word().toLowerCase(Locale.ROOT));
      }
      node = head.governor();
    }
    return false;
  }

  /**
   * Whether a relative clause opens between a figure and a source named after it: "58,000 have been
   * killed in the war, which began after militants attacked, killing about 1,200, according to
   * Israeli tallies" gives the tallies for the relative clause's figures, not for the 58,000.
   */
  private static boolean relativeBetween(Sentence s, int anchor, Source source) {
    for (int i = anchor + 1; i < s.size() && s.token(i).start() < source.start(); i++) {
      Token t = s.token(i);
      if ((t.pos().equals("WDT") || t.pos().equals("WP")) && i > 0 && s.token(i - 1).word().equals(",")) return true;
    }
    return false;
  }

  /** Whether a reporting verb stands between a figure and a source named after it. */
  private static boolean reportsBetween(Sentence s, int anchor, Source source) {
    for (int i = anchor + 1; i < s.size() && s.token(i).start() < source.start(); i++) {
      if (s.token(i).pos().startsWith("VB") && REPORTING.contains(s.token(i).lemma())) return true;
    }
    return false;
  }

  /**
   * "China's defence ministry condemned the sale and said the army had sent 32 aircraft": a
   * reporting verb before the figure in its sentence, with no semicolon between, whose subject
   * (its own or the one it shares) reports it, for parses that hang the report elsewhere.
   */
  private Source leadingReporter(Sentence s, int anchor) {
    for (int i = anchor - 1; i >= 0; i--) {
      Token t = s.token(i);
      if (t.word().equals(";")) return null;
      if (!t.pos().startsWith("VB") || !REPORTING.contains(t.lemma())) continue;
      Source src = subject(s, i);
      // "In a video posted online, a gang leader from the area said ...": a verb the parser left
      // without a subject is told by the noun phrase between the comma and it
      if (src == null) src = phraseBefore(s, i);
      if (src != null) return src;
    }
    return null;
  }

  /**
   * "..., the UN refugee agency said on Thursday.": a reporting verb after the figure, after a
   * comma, with a subject and nothing reported of its own, attributes the sentence before it, even
   * where the parser has hung it on a noun instead of on the reported clause.
   */
  private Source trailingReporter(Sentence s, int anchor) {
    boolean comma = false;
    for (int i = anchor + 1; i < s.size(); i++) {
      Token t = s.token(i);
      if (t.word().equals(",")) comma = true;
      if (!comma || !t.pos().startsWith("VB") || !REPORTING.contains(t.lemma())) continue;
      if (reportsAfter(s, i)) continue;
      Source src = subject(s, i);
      // "Police detained 30 protesters, the ministry said": a subject the parser grew over the
      // figure itself, or over a comma ("three members of Hezbollah, the Israeli military"), is
      // cut back to the phrase between the comma and the verb
      if (src == null || src.start() <= s.token(anchor).start() || src.text().contains(",")) src = phraseBefore(s, i);
      if (src != null) return src;
    }
    return null;
  }

  /**
   * Whether a reporting verb reports something of its own after it (what is said, not who is told).
   * A complement the parser hung before the verb ("..., the opposition National Unity Government said", with "opposition" read
   * as the verb's object) is no report of its own.
   */
  private static boolean reportsAfter(Sentence s, int verb) {
    // "two security sources told Wire": the object of telling is who was told, not what
    boolean telling = s.token(verb).lemma().equals("tell");
    for (String rel : telling ? List.of("ccomp", "xcomp") : List.of("ccomp", "xcomp", "obj")) {
      Dependency d = s.childOf(verb, rel);
      if (d != null && d.dependent() > verb) return true;
    }
    return false;
  }

  /**
   * The noun phrase between the comma and a subjectless trailing reporting verb: ", the agency
   * said", ", residents and a resistance group said", ", the health ministry of the Tripoli-based
   * government said".
   */
  private Source phraseBefore(Sentence s, int verb) {
    int first = verb;
    while (first - 1 >= 0 && (isNounPhraseWord(s.token(first - 1)) || inName(s, first - 1)
        || first - 2 >= 0 && AND.contains(s.token(first - 1).lemma()) && isNounPhraseWord(s.token(first - 2)))) {
      first--;
    }
    boolean afterComma = first - 1 >= 0 && s.token(first - 1).word().equals(",");
    return first < verb && afterComma && s.token(verb - 1).pos().startsWith("NN")
        ? source(s, new int[] {first, verb - 1}) : null;
  }

  private static final Set<String> AND = Set.of("and", "or");

  /**
   * "of" or "from" inside a noun phrase, a hyphen, and a participle the hyphen joins: "ministry of
   * the Tripoli-based government", "a gang leader from the area".
   */
  private static boolean inName(Sentence s, int i) {
    Token t = s.token(i);
    if (t.word().equalsIgnoreCase("of") || t.word().equalsIgnoreCase("from") || t.pos().equals("HYPH")) return true;
    return t.pos().equals("VBN") && i > 0 && s.token(i - 1).pos().equals("HYPH");
  }

  private static boolean isNounPhraseWord(Token t) {
    String p = t.pos();
    return p.startsWith("NN") || p.equals("DT") || p.startsWith("JJ") || p.equals("POS") || p.equals("PRP$");
  }

  /**
   * The subject of the nearest reporting verb above the figure (or whom it cites, or a claim's
   * owner). A tally no one owns ("some estimates put the toll at ...") is passed over for whoever
   * relays it further up; with {@code takeUnowned}, for want of better, it is taken.
   */
  private Source reportingVerb(Sentence s, int anchor, boolean takeUnowned) {
    int node = anchor;
    int from = -1;
    for (int guard = 0; node >= 0 && guard < s.size(); guard++) {
      Token t = s.token(node);
      // "while al-Shabaab repeated its claim that more than 40 had died": a claim whose content the
      // figure is belongs to whoever the claim is, before anyone who reports on it
      if (t.isNoun() && CLAIMS.contains(t.lemma()) && from >= 0 && isContent(s, from, node)) {
        Source owner = owner(s, node);
        if (owner != null) return owner;
      }
      if ((REPORTING.contains(t.lemma()) || foundThat(s, from, node)) && !isSubjectOf(s, from, node)) {
        Source cited = cited(s, node);
        if (cited != null) return cited;
        Source src = subject(s, node);
        // "A US envoy said some estimates put the toll as high as 150,000": estimates of no one
        // are the envoy's to answer for, when someone relays them
        if (src != null && (takeUnowned || !unowned(s, node))) return src;
      }
      // "the rebels rejected, saying they had lost eight", parsed with "saying" as a mark of "lost":
      // the participle says what the subject of the verb its clause hangs on says
      Dependency mark = s.childOf(node, "mark");
      Dependency host = s.headOf(node);
      if (mark != null && mark.dependent() < node && REPORTING.contains(s.token(mark.dependent()).lemma())
          && s.token(mark.dependent()).pos().equals("VBG") && host != null && host.governor() >= 0
          && s.token(host.governor()).isVerb()) {
        Dependency subj = s.childOf(host.governor(), "nsubj");
        if (subj != null && !subj.is("nsubj:pass")) return source(s, phrase(s, subj.dependent()));
      }
      for (Dependency child : s.childrenOf(node)) {
        if (child.dependent() == from) continue;
        if (child.is("parataxis") && REPORTING.contains(s.token(child.dependent()).lemma())) {
          Source src = subject(s, child.dependent());
          // "launched 810 drones, the largest attack of the war, Ukraine's air force said": an
          // apposition the parser grew the subject over is cut back to the phrase before the verb
          if (src != null && src.text().contains(",") && src.end() <= s.token(child.dependent()).start()) {
            Source cut = phraseBefore(s, child.dependent());
            if (cut != null) src = cut;
          }
          if (src != null) return src;
        }
        Source according = accordingChild(s, child);
        if (according != null) return according;
      }
      from = node;
      Dependency head = s.headOf(node);
      node = head == null ? -1 : head.governor();
    }
    return null;
  }

  /** Tallies that no one in particular made: "some estimates", "other figures", "reports". */
  private static final Set<String> UNOWNED = Set.of("estimate", "figure", "report", "count", "tally", "projection");
  private static final Set<String> UNOWNED_DETERMINERS = Set.of("some", "other", "several", "many", "most", "various");

  /** Whether a verb's subject is a plural tally no one owns: "some estimates", "reports" (no "its", no name). */
  private static boolean unowned(Sentence s, int verb) {
    Dependency subj = s.childOf(verb, "nsubj");
    if (subj == null) return false;
    Token noun = s.token(subj.dependent());
    if (!noun.pos().equals("NNS") || !UNOWNED.contains(noun.lemma())) return false;
    for (Dependency d : s.childrenOf(subj.dependent())) {
      if (d.is("det") && !UNOWNED_DETERMINERS.contains(s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT))) return false;
      if (d.is("nmod:poss") || d.is("compound") || d.is("nmod") || d.is("amod") && s.token(d.dependent()).isProperNoun()) {
        return false;
      }
    }
    return true;
  }

  /** Nouns whose "that" clause is what someone claims: "its claim that more than 40 had died". */
  private static final Set<String> CLAIMS = Set.of("claim", "assertion", "allegation", "statement", "estimate");

  /** Whether a clause is a noun's content: "claim that more than 40 had died". */
  private static boolean isContent(Sentence s, int clause, int noun) {
    Dependency d = s.headOf(clause);
    if (d == null || d.governor() != noun || !(d.is("ccomp") || d.is("acl"))) return false;
    Dependency mark = s.childOf(clause, "mark");
    return mark != null && s.token(mark.dependent()).lemma().equalsIgnoreCase("that");
  }

  /**
   * Whose a claim is: its owner ("al-Shabaab's claim"), or for "its claim" the subject of the verb
   * that makes or repeats it; null when neither is named.
   */
  private Source owner(Sentence s, int noun) {
    Dependency poss = s.childOf(noun, "nmod:poss");
    if (poss != null && !s.token(poss.dependent()).pos().equals("PRP$")) {
      int[] r = s.subtreeRange(poss.dependent());
      if (r[1] > r[0] && s.token(r[1]).pos().equals("POS")) r[1]--;
      return source(s, r);
    }
    Dependency head = s.headOf(noun);
    if (poss == null || head == null || !head.is("obj") || head.governor() < 0) return null;
    Dependency subj = s.childOf(head.governor(), "nsubj");
    return subj == null || subj.is("nsubj:pass") ? null : source(s, phrase(s, subj.dependent()));
  }

  private static boolean isSubjectOf(Sentence s, int child, int verb) {
    if (child < 0) return false;
    Dependency d = s.headOf(child);
    return d != null && d.governor() == verb && d.is("nsubj");
  }

  /**
   * The subject of a reporting verb, borrowed from the verb it is conjoined to when it has none.
   * When that verb is itself reported ("It said its forces had struck X and claimed that ..."),
   * the parser has often hung the second reporting verb on the reported clause; the claimant is
   * then the outer reporter, not the reported clause's subject.
   */
  private Source subject(Sentence s, int verb) {
    Dependency subj = s.childOf(verb, "nsubj");
    if (subj == null) {
      Dependency head = s.headOf(verb);
      if (head != null && head.is("conj") && head.governor() >= 0) subj = s.childOf(reporter(s, head.governor()), "nsubj");
    }
    // "the ministry gave a lower toll, saying that 12 had been killed": a participle says what the
    // subject of the verb it hangs on says
    if (subj == null && s.token(verb).pos().equals("VBG")) {
      int host = participleHost(s, verb);
      if (host >= 0) subj = s.childOf(host, "nsubj");
    }
    if (subj == null && s.headOf(verb) != null && !s.headOf(verb).is("conj")) return openingPhrase(s, verb);
    if (subj == null || subj.is("nsubj:pass")) return null;
    if (s.token(subj.dependent()).isVerb()) {
      // "A military officer, who asked not to be named, told ...": the parser took the relative
      // clause's verb for the subject and hung the report on the noun
      Dependency relative = s.headOf(verb);
      boolean onNoun = relative != null && relative.is("acl:relcl") && relative.governor() >= 0
          && s.token(relative.governor()).isNoun();
      return onNoun ? source(s, phrase(s, relative.governor())) : null;
    }
    if (RELATIVE.contains(s.token(subj.dependent()).lemma())) {
      // "the IOM, which estimated that ...": the noun the relative clause hangs on
      Dependency relative = s.headOf(verb);
      boolean onNoun = relative != null && relative.is("acl:relcl") && relative.governor() >= 0;
      if (!onNoun) return null;
      int[] r = phrase(s, relative.governor());
      // "according to the IOM, which ...": the noun's own words, without its preposition
      while (r[0] < relative.governor() && (isAccordingWord(s.token(r[0])) || s.token(r[0]).pos().equals("IN"))) r[0]++;
      return source(s, r);
    }
    // "the local medical group that tracks casualties said": the tagger took "tracks" for an adjective
    // and the parser "casualties" for the reporter of a relative clause on the group; no reporter
    // holds a verb of its own, so the noun the clause hangs on reports
    Dependency host = s.headOf(verb);
    if (host != null && host.is("acl:relcl") && host.governor() >= 0 && s.token(host.governor()).isNoun()
        && holdsFiniteVerb(s, phrase(s, subj.dependent()))) {
      return source(s, phrase(s, host.governor()));
    }
    // "launched 95 drones but no missiles, Ukraine's air force said": the parser made the counted
    // thing the subject and the teller its apposition; things counted tell nothing
    Dependency teller = s.childOf(subj.dependent(), "appos");
    if (teller != null && teller.dependent() > subj.dependent() && counted(s, subj.dependent())) {
      return source(s, phrase(s, teller.dependent()));
    }
    return source(s, phrase(s, subj.dependent()));
  }

  /** Whether words hold a verb in the present or past ("tracks", "said"), as no name does. */
  private static boolean holdsFiniteVerb(Sentence s, int[] range) {
    for (int i = range[0]; i <= range[1]; i++) {
      String pos = s.token(i).pos();
      if (pos.equals("VBZ") || pos.equals("VBP") || pos.equals("VBD")) return true;
    }
    return false;
  }

  /** Whether a noun counts things that cannot tell: "no missiles", "95 drones". */
  private static boolean counted(Sentence s, int noun) {
    String measure = Measures.ofNoun(s.token(noun).lemma().toLowerCase(java.util.Locale.ROOT));
    if (Measures.WEAPONS.equals(measure)) return true;
    Dependency det = s.childOf(noun, "det");
    return det != null && s.token(det.dependent()).lemma().equalsIgnoreCase("no");
  }

  private static final Set<String> RELATIVE = Set.of("which", "who", "that");

  /** The verb a participle's clause hangs on, directly or through that verb's object; or -1. */
  private static int participleHost(Sentence s, int participle) {
    Dependency head = s.headOf(participle);
    if (head == null || head.governor() < 0) return -1;
    // "a figure the government disputed, saying only three died": a participle the parser hung on a
    // verb with no relation of its own is that verb's adverbial, as "advcl" would be
    if ((head.is("advcl") || head.is("dep")) && s.token(head.governor()).isVerb()) return head.governor();
    if (head.is("acl") && s.token(head.governor()).isNoun()) {
      Dependency object = s.headOf(head.governor());
      if (object != null && object.is("obj") && object.governor() >= 0 && s.token(object.governor()).isVerb()) {
        return object.governor();
      }
    }
    return -1;
  }

  /**
   * "Al-Shabaab, in a statement on a website it uses, said ...": a reporting verb the parser left
   * without a subject, right after a comma, is reported by the noun phrase that opens the sentence
   * (with its acronym in brackets) and ends at the comma that opens the aside.
   */
  private Source openingPhrase(Sentence s, int verb) {
    if (verb < 1 || !s.token(verb - 1).word().equals(",")) return null;
    int end = 0;
    int noun = -1;
    while (end < verb - 1) {
      if (isNounPhraseWord(s.token(end)) || s.token(end).pos().equals("HYPH")) {
        noun = end++;
      } else if (bracketedName(s, end, verb - 1)) {
        // "The Myanmar National Democratic Alliance Army (MNDAA), which ..., said"
        end += 3;
      } else {
        break;
      }
    }
    boolean aside = noun >= 0 && end < verb - 1 && s.token(end).word().equals(",")
        && s.token(noun).pos().startsWith("NN");
    return aside ? source(s, new int[] {0, end - 1}) : null;
  }

  /** Whether a name in brackets opens at a token, before a limit: "(MNDAA)". */
  private static boolean bracketedName(Sentence s, int at, int limit) {
    return at > 0 && at + 2 < limit && s.token(at).pos().equals("-LRB-") && s.token(at + 1).pos().startsWith("NNP")
        && s.token(at + 2).pos().equals("-RRB-");
  }

  /**
   * The phrase a claimant's head heads, without the clauses after it: "the Gaza health ministry,
   * which does not distinguish ..." is the ministry.
   */
  private static int[] phrase(Sentence s, int head) {
    int[] r = s.subtreeRange(head);
    for (Dependency d : s.childrenOf(head)) {
      if (d.dependent() > head && d.is("acl")) {
        r[1] = Math.min(r[1], s.subtreeRange(d.dependent())[0] - 1);
      }
    }
    return r;
  }

  /** The reporting verb whose complement {@code verb} is, when {@code verb} reports nothing itself. */
  private static int reporter(Sentence s, int verb) {
    if (REPORTING.contains(s.token(verb).lemma())) return verb;
    Dependency up = s.headOf(verb);
    boolean reported = up != null && up.is("ccomp") && up.governor() >= 0
        && REPORTING.contains(s.token(up.governor()).lemma());
    return reported ? up.governor() : verb;
  }

  private Source accordingChild(Sentence s, Dependency child) {
    if (!(child.is("obl") || child.is("nmod") || child.is("advcl"))) return null;
    for (Dependency g : s.childrenOf(child.dependent())) {
      boolean per = isPer(s, g.dependent());
      if ((g.is("case") || g.is("mark")) && (isAccording(s.token(g.dependent())) || per)) {
        int[] r = phrase(s, child.dependent());
        int start = r[0];
        while (start <= r[1] && (isAccordingWord(s.token(start)) || per && start == g.dependent())) start++;
        return start <= r[1] ? source(s, new int[] {start, r[1]}) : null;
      }
    }
    return null;
  }

  /** "according to X" found by words alone, for unparsed sentences or odd parses. */
  private Source accordingTo(Sentence s, int from, int to) {
    for (int i = from; i + 1 < to; i++) {
      int first = isAccording(s.token(i)) && s.token(i + 1).word().equalsIgnoreCase("to") ? i + 2
          : isPer(s, i) ? i + 1 : -1;
      if (first < 0) continue;
      int end = first;
      while (end < to && !isBoundary(s, s.token(end))) end++;
      if (end > first) return source(s, new int[] {first, end - 1});
    }
    return null;
  }

  /**
   * "..., per the health ministry": "per" before a determiner, a possessive or a name is "according
   * to"; before a bare unit ("per day", "per cent") it is not.
   */
  private static boolean isPer(Sentence s, int i) {
    if (!s.token(i).word().equalsIgnoreCase("per") || i + 1 >= s.size()) return false;
    String next = s.token(i + 1).pos();
    return next.equals("DT") || next.equals("PRP$") || next.equals("NNP") || next.equals("NNPS");
  }

  private static int[] trimPunctuation(Sentence s, int[] range) {
    int lo = range[0], hi = range[1];
    while (lo < hi && isPunct(s.token(lo))) lo++;
    while (hi > lo && isPunct(s.token(hi)) && !closesBracket(s, lo, hi)) hi--;
    return new int[] {lo, hi};
  }

  /** "National Unity Government (NUG)": a closing bracket whose opening one is in the phrase stays. */
  private static boolean closesBracket(Sentence s, int lo, int hi) {
    if (!s.token(hi).word().equals(")")) return false;
    for (int i = hi - 1; i > lo; i--) if (s.token(i).word().equals("(")) return true;
    return false;
  }

  private static boolean isPunct(Token t) {
    return !Character.isLetterOrDigit(t.word().codePointAt(0));
  }

  private static boolean isAccordingWord(Token t) {
    return isAccording(t) || t.word().equalsIgnoreCase("to");
  }

  /** "according", by its word: the tagger reads it as a verb form and its lemma is then "accord". */
  private static boolean isAccording(Token t) {
    return t.word().equalsIgnoreCase("according");
  }

  private static boolean isBoundary(Sentence s, Token t) {
    // "the Houthi-run ministry": a participle joined by a hyphen belongs to the name
    Token before = t.index() > 0 ? s.token(t.index() - 1) : null;
    boolean hyphenated = before != null && before.word().equals("-")
        && (before.pos().equals("HYPH") || before.end() == t.start());
    return t.word().equals(",") || t.word().equals(".") || t.word().equals(";")
        || t.lemma().equals("that") || t.pos().equals("WP") || t.pos().equals("WDT")
        || t.pos().startsWith("VB") && !hyphenated;
  }

  private Source source(Sentence s, int[] range) {
    range = trimPunctuation(s, range);
    int start = s.token(range[0]).start();
    int end = s.token(range[1]).end();
    String text = doc.span(start, end);
    String actor = Pronouns.isPronoun(text)
        ? Pronouns.resolve(text, start, actors)
        : actors.actorIn(start, end);
    return new Source(text, actor, start, end);
  }
}
