package org.sitrep.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.nlp.AnnotatedText;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.EntityMention;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;
import org.sitrep.record.Span;

/**
 * A small, explainable coreference for speakers. A speaker that names someone resolves to itself
 * (or to the person named inside it, or in apposition to it); otherwise, as a cascade:
 *
 * <ol>
 *   <li>"he"/"she": the nearest earlier sentence with a PERSON of agreeing gender; there, the
 *       subject if it is one, else the first. A sentence whose subject is the same pronoun is
 *       skipped, as it continues the chain.
 *   <li>"it"/"they"/"we": the organisation or body that spoke in the sentence before ("The military
 *       said ... It said"), else the nearest ORGANIZATION in the last few sentences.
 *   <li>a role noun ("the spokesman"): the latest PERSON named next to the same role word, else
 *       the latest earlier phrase headed by that word that says whose it is ("a Hezbollah
 *       official"); an institution noun ("the ministry"): the latest ORGANIZATION whose name
 *       holds the word.
 *   <li>anything else: the speaker itself.
 * </ol>
 */
final class Antecedents {
  /** Pronouns reach back this many sentences, as news paragraphs re-name speakers often. */
  private static final int PERSON_REACH = 8;
  private static final int ORGANIZATION_REACH = 4;
  /** How many heads up from a pronoun its governing speaker may sit. */
  private static final int GOVERNOR_REACH = 6;
  /** Tokens on either side of a name that may hold its role word ("spokesman Dmitry Peskov"). */
  private static final int ROLE_WINDOW = 4;
  private static final Set<String> GROUP_PRONOUNS = Set.of("it", "they", "we");
  private static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they", "we", "i", "you",
      "him", "her", "them", "us", "me", "his", "its", "their", "our", "my", "your");

  private final AnnotatedText text;

  Antecedents(AnnotatedText text) {
    this.text = text;
  }

  /** The named mention a speaker stands for; the speaker itself when it is a name. */
  Span resolve(Attribution a) {
    Span self = Span.of(text.text(), a.start(), a.end());
    EntityMention named = personWithin(a);
    if (named == null) named = apposed(a);
    if (named != null) return span(named);
    Span name = apposedName(a);
    if (name != null) return name;
    if (hasName(a)) return self;
    Token head = a.sentence().token(a.head());
    String word = head.word().toLowerCase(Locale.ROOT);
    EntityMention found = null;
    if (Gender.isGendered(head)) {
      Span governing = governingSubject(a, Gender.ofPronoun(word));
      if (governing != null) return governing;
      Span person = person(a, Gender.ofPronoun(word));
      if (person != null) return person;
    }
    else if (GROUP_PRONOUNS.contains(word)) {
      Span before = speakerGoesOn(a);
      if (before != null) return before;
      found = organization(a.sentence().index());
    }
    else if (Roles.isPersonRole(head.lemma())) {
      Set<String> side = namedSide(a);
      found = personWithRole(a, head.lemma(), side);
      if (found == null) {
        Span described = describedRole(a, head.lemma(), side);
        if (described != null) return described;
      }
    }
    else if (Roles.isInstitution(head.lemma())) found = institution(a, head.lemma());
    // "the ministry issued a statement saying ...": the statement stands for whoever issued it
    else if (Cues.isNoun(head.lemma())) {
      Span issuer = issuer(a);
      if (issuer != null) return issuer;
    }
    // "the 67-year-old retired teacher said": a person described by age is the one named last
    else if (AGED.matcher(self.text()).find() && self.text().toLowerCase(Locale.ROOT).startsWith("the ")) {
      Span person = person(a, Gender.UNKNOWN);
      if (person != null) return person;
    }
    return found == null ? self : span(found);
  }

  /** The subject of the verb a statement noun is the object of ("issued a statement"), or null. */
  private Span issuer(Attribution a) {
    Sentence s = a.sentence();
    Dependency up = s.headOf(a.head());
    if (up == null || !up.is("obj") || up.governor() < 0 || !s.token(up.governor()).isVerb()) return null;
    Dependency subj = s.childOf(up.governor(), "nsubj");
    if (subj == null || s.token(subj.dependent()).isVerb()) return null;
    int[] r = Nominal.span(null, s, subj.dependent());
    return Span.of(text.text(), s.token(r[0]).start(), s.token(r[1]).end());
  }

  private static final java.util.regex.Pattern AGED =
      java.util.regex.Pattern.compile("\\b\\d+\\s?-?\\s?year\\s?-?\\s?old\\b");

  /**
   * "A Hezbollah official, who asked not to be named, said ... 'The enemy ...,' the official said":
   * with no person named beside the role, the latest earlier phrase headed by the same role word
   * that says more than its determiner (whose side it names), within the person reach.
   */
  private Span describedRole(Attribution a, String role, Set<String> side) {
    int last = a.sentence().index();
    for (int si = last; si >= 0 && si >= last - PERSON_REACH; si--) {
      Sentence s = text.sentences().get(si);
      int end = si == last ? a.first() : s.size();
      for (int i = end - 1; i >= 0; i--) {
        if (!s.token(i).lemma().equals(role) || !s.token(i).isNoun()) continue;
        int[] r = Nominal.span(null, s, i);
        int first = r[0];
        while (first < i && s.token(first).pos().equals("DT")) first++;
        // "an M23 spokesman" is not "a government spokesman" named before
        if (first < i && names(s, first, i, side)) return Span.of(text.text(), s.token(first).start(), s.token(i).end());
        // "A spokesperson for the U.S. State Department said ...": whose it is, said after the word
        if (side.isEmpty() && r[1] > i + 1 && s.token(i + 1).pos().equals("IN") && namesABody(s, i + 2, r[1])) {
          return Span.of(text.text(), s.token(first).start(), s.token(r[1]).end());
        }
      }
    }
    return null;
  }

  private EntityMention personWithin(Attribution a) {
    EntityMention best = null;
    for (EntityMention m : text.entities()) {
      if (m.sentence() != a.sentence().index() || !isPerson(m)) continue;
      if (m.firstToken() < a.first() || m.endToken() - 1 > a.last()) continue;
      if (possessorOfRole(a, m)) continue;
      if (best == null || (m.firstToken() <= a.head() && a.head() < m.endToken())) best = m;
    }
    return best;
  }

  /**
   * "An army spokesman, Brigadier General Nabil Abdallah, said", "Taiwan's president Lai Ching-te
   * told": the person in apposition to the speaker, or named right after its role word (which the
   * parser may hang on it as a bare dependent).
   */
  private EntityMention apposed(Attribution a) {
    Sentence s = a.sentence();
    for (Dependency d : s.childrenOf(a.head())) {
      boolean adjacent = d.is("dep") && s.subtreeRange(d.dependent())[0] == a.head() + 1;
      if (!d.is("appos") && !adjacent) continue;
      EntityMention m = entityAt(s, d.dependent());
      if (m != null && isPerson(m)) return m;
    }
    return null;
  }

  /**
   * "Its spokesman, Zaw Min Tun, said": a proper name after a comma in apposition to a person's
   * role word is that person, whatever the tagger took the name for; null when there is none.
   */
  private Span apposedName(Attribution a) {
    Sentence s = a.sentence();
    if (!Roles.isPersonRole(s.token(a.head()).lemma())) return null;
    for (Dependency d : s.childrenOf(a.head())) {
      if (!d.is("appos") || !s.token(d.dependent()).pos().equals("NNP")) continue;
      int[] r = s.subtreeRange(d.dependent());
      if (r[0] < 1 || !s.token(r[0] - 1).word().equals(",")) continue;
      for (int i = r[0]; i <= d.dependent(); i++) if (!s.token(i).pos().equals("NNP")) return null;
      return Span.of(text.text(), s.token(r[0]).start(), s.token(d.dependent()).end());
    }
    return null;
  }

  /**
   * "Putin's spokesman said": a person who holds the speaker's role ("spokesman", "strategist")
   * speaks, not the person whose it is. Only the role's own possessor: in "a spokesperson from
   * Seoul's foreign ministry" the name belongs to the ministry and still tells whose spokesperson.
   */
  private static boolean possessorOfRole(Attribution a, EntityMention m) {
    Sentence s = a.sentence();
    if (a.head() >= m.firstToken() && a.head() < m.endToken()) return false;
    if (!Roles.isPersonRole(s.token(a.head()).lemma())) return false;
    Dependency up = s.headOf(m.endToken() - 1);
    return isPerson(m) && up != null && up.is("nmod:poss") && up.governor() == a.head();
  }

  private boolean hasName(Attribution a) {
    EntityMention possessor = null;
    for (EntityMention m : text.entities()) {
      if (m.sentence() == a.sentence().index() && m.firstToken() >= a.first()
          && m.endToken() - 1 <= a.last() && possessorOfRole(a, m)) {
        possessor = m;
      }
    }
    for (int i = a.first(); i <= a.last(); i++) {
      if (possessor != null && i >= possessor.firstToken() && i < possessor.endToken()) continue;
      Token t = a.sentence().token(i);
      if (t.isProperNoun() || t.isEntity() && !t.pos().startsWith("PRP")) return true;
    }
    return false;
  }

  /**
   * The person "he" or "she" stands for: a PERSON of agreeing gender earlier in the pronoun's own
   * sentence, else in the nearest earlier sentence that names one (its subject first) or that has
   * a speaker named by role alone ("Turkey's foreign minister said"), which beats a person named
   * there in passing.
   */
  private Span person(Attribution a, Gender gender) {
    EntityMention here = earlierInSentence(a, gender);
    if (here != null) return span(here);
    int sentence = a.sentence().index();
    for (int k = sentence - 1; k >= 0 && k >= sentence - PERSON_REACH; k--) {
      Sentence s = text.sentences().get(k);
      List<EntityMention> agreeing = text.entitiesIn(s).stream()
          .filter(m -> isPerson(m) && Gender.of(text, m).agrees(gender)).toList();
      boolean role = hasRoleNoun(s);
      // the parse is read only where a person could be found: most sentences name none
      if (agreeing.isEmpty() && !role || subjectIsPronoun(s, gender)) continue;
      for (EntityMention m : agreeing) if (isSubject(s, m)) return span(m);
      Span speaker = role ? roleSpeaker(s) : null;
      if (speaker != null) return speaker;
      if (!agreeing.isEmpty()) return span(notOnlyPossessor(s, agreeing));
    }
    return null;
  }

  /**
   * "Putin's aide Yuri Ushakov said": with no person the subject, the first one not named only as
   * a possessor ("Putin's"), as whose aide, office or city it was does not speak; the first one
   * when all are.
   */
  private static EntityMention notOnlyPossessor(Sentence s, List<EntityMention> agreeing) {
    for (EntityMention m : agreeing) {
      int next = m.endToken();
      if (next >= s.size() || !s.token(next).pos().equals("POS")) return m;
    }
    return agreeing.get(0);
  }

  /**
   * Whether a role noun stands right before or after a cue verb ("foreign minister said", "said
   * the spokesman"), read from the words so that only such sentences are parsed.
   */
  private static boolean hasRoleNoun(Sentence s) {
    for (int i = 0; i < s.size(); i++) {
      Token t = s.token(i);
      if (!t.isNoun() || !Roles.isPersonRole(t.lemma())) continue;
      for (int j = Math.max(0, i - 2); j <= Math.min(s.size() - 1, i + 2); j++) {
        if (j != i && s.token(j).isVerb() && Cues.isVerb(s.token(j).lemma())) return true;
      }
    }
    return false;
  }

  /**
   * "Turkey's foreign minister said": the subject of a cue verb headed by a role noun that says
   * whose role it is, with no name in it.
   */
  private Span roleSpeaker(Sentence s) {
    for (int i = s.size() - 1; i >= 0; i--) {
      if (!Cues.isVerb(s.token(i).lemma()) || !s.token(i).isVerb()) continue;
      Dependency subj = s.childOf(i, "nsubj");
      if (subj == null || !Roles.isPersonRole(s.token(subj.dependent()).lemma())) continue;
      int[] r = Nominal.span(null, s, subj.dependent());
      int first = r[0];
      while (first < subj.dependent() && s.token(first).pos().equals("DT")) first++;
      boolean named = false;
      for (int t = r[0]; t <= r[1]; t++) named |= s.token(t).ner().equals("PERSON");
      // "the senator" alone names someone named before: the older sentences will find them
      if (!named && first < subj.dependent()) return Span.of(text.text(), s.token(r[0]).start(), s.token(r[1]).end());
    }
    return null;
  }

  /**
   * "Clinton says she appreciated ...": the named or role-noun subject of a verb above the pronoun
   * in its own sentence, before it.
   */
  private Span governingSubject(Attribution a, Gender gender) {
    Sentence s = a.sentence();
    int v = a.head();
    for (int depth = 0; depth < GOVERNOR_REACH; depth++) {
      Dependency up = s.headOf(v);
      if (up == null || up.governor() < 0) return null;
      v = up.governor();
      Dependency subj = s.childOf(v, "nsubj");
      if (subj == null || subj.dependent() >= a.first() || subj.dependent() == a.head()) continue;
      // '"Denmark will stand with Ukraine," she said': the quote's own subject says nothing of who spoke
      if (quoted(s, subj.dependent())) continue;
      Token t = s.token(subj.dependent());
      if (t.pos().startsWith("PRP") || t.pos().startsWith("W")) continue;
      EntityMention m = entityAt(s, subj.dependent());
      if (m != null && isPerson(m)) return Gender.of(text, m).agrees(gender) ? span(m) : null;
      if (t.isProperNoun() || Roles.isPersonRole(t.lemma())) {
        int[] r = Nominal.span(null, s, subj.dependent());
        return Span.of(text.text(), s.token(r[0]).start(), s.token(r[1]).end());
      }
      return null;
    }
    return null;
  }

  private static final Set<String> QUOTE_MARKS = Set.of("\"", "``", "''", "\u201c", "\u201d", "\u00ab", "\u00bb");

  /** Whether a token stands inside quotation marks opened earlier in its sentence. */
  private static boolean quoted(Sentence s, int token) {
    int marks = 0;
    for (int i = 0; i < token; i++) if (QUOTE_MARKS.contains(s.token(i).word())) marks++;
    return marks % 2 == 1;
  }

  private EntityMention entityAt(Sentence s, int token) {
    for (EntityMention m : text.entitiesIn(s)) {
      if (m.firstToken() <= token && token < m.endToken()) return m;
    }
    return null;
  }

  /** The nearest PERSON before the pronoun in its own sentence ("X said Y was right when he said"). */
  private EntityMention earlierInSentence(Attribution a, Gender gender) {
    EntityMention found = null;
    for (EntityMention m : text.entitiesIn(a.sentence())) {
      if (m.endToken() > a.first()) break;
      // '"... if Donald Trump is elected ...," he said': a person named inside the quote did not say it
      if (isPerson(m) && Gender.of(text, m).agrees(gender) && !quoted(a.sentence(), m.firstToken())) found = m;
    }
    return found;
  }

  /**
   * "The military said it struck a Hamas command centre. It said ...": a group pronoun that is the
   * subject of a verb of saying, right after a sentence whose main verb says, is that verb's
   * subject when it names an organisation or is a common noun; not an organisation named inside
   * what was said.
   */
  private Span speakerGoesOn(Attribution a) {
    Sentence s = a.sentence();
    Dependency up = s.headOf(a.head());
    if (s.index() == 0 || up == null || !up.is("nsubj") || up.governor() != s.root()
        || !Cues.isVerb(s.token(s.root()).lemma())) {
      return null;
    }
    Sentence previous = text.sentences().get(s.index() - 1);
    int root = previous.root();
    if (root < 0 || !Cues.isVerb(previous.token(root).lemma())) return null;
    Dependency subject = previous.childOf(root, "nsubj");
    if (subject == null) return null;
    EntityMention m = entityAt(previous, subject.dependent());
    if (m != null) return isOrganization(m) ? span(m) : null;
    String pos = previous.token(subject.dependent()).pos();
    if (!pos.equals("NN") && !pos.equals("NNS")) return null;
    int[] r = Nominal.span(null, previous, subject.dependent());
    return Span.of(text.text(), previous.token(r[0]).start(), previous.token(r[1]).end());
  }

  private EntityMention organization(int sentence) {
    for (int k = sentence - 1; k >= 0 && k >= sentence - ORGANIZATION_REACH; k--) {
      List<EntityMention> in = text.entitiesIn(text.sentences().get(k));
      for (EntityMention m : in) if (isOrganization(m)) return m;
    }
    return null;
  }

  /**
   * The names a role phrase names its side with ("an M23 spokesman", "a White House spokesman"),
   * lower case; empty when it names none ("the spokesman", "a military spokesman").
   */
  private static Set<String> namedSide(Attribution a) {
    Set<String> side = new java.util.HashSet<>();
    Sentence s = a.sentence();
    for (int i = a.first(); i < a.head(); i++) {
      String w = s.token(i).word();
      // "M23" is tagged a common noun: a capital letter tells a name
      boolean name = s.token(i).isProperNoun() || !s.token(i).pos().equals("DT") && Character.isUpperCase(w.charAt(0));
      if (name && compoundOf(s, i, a.head())) side.add(w.toLowerCase(Locale.ROOT));
    }
    return side;
  }

  /**
   * Whether a token modifies a head as (part of) a compound: "White" and "House" of "White House
   * spokesman"; not a possessor ("Putin's spokesman" is the Kremlin's).
   */
  private static boolean compoundOf(Sentence s, int token, int head) {
    int node = token;
    for (int step = 0; step < 4; step++) {
      Dependency up = s.headOf(node);
      if (up == null || !(up.is("compound") || up.is("flat"))) return false;
      if (up.governor() == head) return true;
      node = up.governor();
    }
    return false;
  }

  /** Whether the words from {@code from} to {@code to} (inclusive) hold a name: "the U.S. State Department". */
  private static boolean namesABody(Sentence s, int from, int to) {
    for (int i = from; i <= to && i < s.size(); i++) if (s.token(i).isProperNoun()) return true;
    return false;
  }

  /** Whether the words from {@code from} to {@code to} (exclusive) in a sentence hold every word of a side. */
  private static boolean names(Sentence s, int from, int to, Set<String> side) {
    Set<String> words = new java.util.HashSet<>();
    for (int i = Math.max(0, from); i < Math.min(s.size(), to); i++) words.add(s.token(i).word().toLowerCase(Locale.ROOT));
    return words.containsAll(side);
  }

  /**
   * The latest PERSON named next to the role word before the speaker; for a role of a named side
   * ("an M23 spokesman"), only one named with that side ("M23 spokesman Lawrence Kanyuka"), not
   * another side's ("government spokesman Patrick Muyaya").
   */
  private EntityMention personWithRole(Attribution a, String role, Set<String> side) {
    EntityMention found = null;
    for (EntityMention m : text.entities()) {
      if (m.start() >= a.start()) break;
      Sentence at = text.sentences().get(m.sentence());
      if (!side.isEmpty() && !names(at, m.firstToken() - ROLE_WINDOW, m.endToken() + ROLE_WINDOW, side)) continue;
      if (isPerson(m) && roleNear(at, m, role)) {
        found = m;
      }
    }
    return found;
  }

  private EntityMention institution(Attribution a, String noun) {
    EntityMention found = null;
    for (EntityMention m : text.entities()) {
      if (m.start() >= a.start()) break;
      if (isOrganization(m) && m.text().toLowerCase(Locale.ROOT).contains(noun)) {
        found = m;
      }
    }
    return found;
  }

  private static boolean roleNear(Sentence s, EntityMention m, String role) {
    int from = Math.max(0, m.firstToken() - ROLE_WINDOW);
    int to = Math.min(s.size(), m.endToken() + ROLE_WINDOW);
    for (int i = from; i < to; i++) if (s.token(i).lemma().equals(role)) return true;
    return false;
  }

  private static boolean subjectIsPronoun(Sentence s, Gender gender) {
    int root = s.root();
    Dependency subj = root < 0 ? null : s.childOf(root, "nsubj");
    return subj != null && gender != Gender.UNKNOWN
        && Gender.ofPronoun(s.token(subj.dependent()).word()) == gender;
  }

  private static boolean isSubject(Sentence s, EntityMention m) {
    for (int i = m.firstToken(); i < m.endToken(); i++) {
      Dependency d = s.headOf(i);
      if (d != null && d.is("nsubj") && (d.governor() < m.firstToken() || d.governor() >= m.endToken())) {
        return true;
      }
    }
    return false;
  }

  /** A named person: the NER also tags pronouns ("she") as PERSON mentions, which name nobody. */
  static boolean isPerson(EntityMention m) {
    return m.type().equals("PERSON") && isName(m);
  }

  static boolean isOrganization(EntityMention m) {
    return m.type().equals("ORGANIZATION") && isName(m);
  }

  private static boolean isName(EntityMention m) {
    String t = m.text();
    return !t.isEmpty() && Character.isUpperCase(t.charAt(0))
        && !PRONOUNS.contains(t.toLowerCase(Locale.ROOT));
  }

  private Span span(EntityMention m) {
    return Span.of(text.text(), m.start(), m.end());
  }
}
