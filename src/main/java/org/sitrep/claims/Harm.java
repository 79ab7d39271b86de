package org.sitrep.claims;

import java.util.Locale;
import java.util.Set;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * What happened to counted people: the harm a verb, an adjective or a harm noun does to them
 * ("14 people killed", "losses of 450 servicemen", "5,000 troops out of action"), read from the
 * parse, then from the words where the parser hung the noun elsewhere.
 */
final class Harm {
  /** Measures that are a harm done to the people counted. */
  static final Set<String> HARMS = Set.of(Measures.KILLED, Measures.WOUNDED, Measures.CASUALTIES,
      Measures.CAPTURED, Measures.MISSING, Measures.DISPLACED);

  private Harm() {}

  /** The harm a verb does to the counted people ("killed", "killed or wounded"), or null. */
  static String of(Sentence s, int noun) {
    String fate = null;
    Dependency head = s.headOf(noun);
    // "270 soldiers and 120 civilians were returned": a conjunct shares its head's verb, and the
    // preposition of the first ("including 10 women and three infants").
    int member = noun;
    if (head != null && head.is("conj") && head.governor() >= 0) {
      member = head.governor();
      head = s.headOf(member);
    }
    // "inflicted losses of up to 450 servicemen": people counted "of" a harm noun suffered that harm.
    String harmNoun = ofHarmNoun(s, head, member);
    if (harmNoun != null) return harmNoun;
    // "25 civilians, including four children, were killed": the included share the including noun's verb.
    if (head != null && head.is("nmod") && head.governor() >= 0 && s.token(head.governor()).isNoun()
        && hasCase(s, member, "including")) {
      head = s.headOf(head.governor());
    }
    // "seven people were killed, among them three children": those among the harmed share their verb
    if (head != null && head.governor() >= 0 && among(s, head.governor())) head = s.headOf(head.governor());
    // "15 of its fighters were killed", "tens of thousands of people fled": the number heads the
    // partitive, and the verb is the number's.
    // A whole with a number of its own is not the part: in "killed 12 of the 30 passengers" the 30 were not all killed.
    for (int up = 0; up < 3 && head != null && head.is("nmod") && head.governor() >= 0
        && isNumber(s, head.governor()) && hasCase(s, head.dependent(), "of")
        && !counted(s, head.dependent()); up++) {
      head = s.headOf(head.governor());
    }
    // "23 soldiers and dozens of militia fighters had died": a partitive conjoined to another
    // noun shares that noun's verb
    if (head != null && head.is("conj") && head.governor() >= 0 && head.dependent() != noun
        && isNumber(s, head.dependent())) {
      head = s.headOf(head.governor());
    }
    // "announced the deaths of three of its members": the partitive is counted "of" the harm noun
    if (head != null && head.dependent() != member) {
      harmNoun = ofHarmNoun(s, head, head.dependent());
      if (harmNoun != null) return harmNoun;
    }
    if (head != null && head.governor() >= 0) fate = verbFate(s, head.governor());
    // "the dead included 12 children": what the harmed include suffered their harm
    if (fate == null && head != null && head.is("obj") && head.governor() >= 0
        && s.token(head.governor()).lemma().equals("include")) {
      fate = harmedSubject(s, head.governor());
    }
    // "killed three members of Hezbollah, the Israeli military said", parsed with the members as
    // the subject of "said" and the military in apposition: the verb "said" hangs on is theirs
    if (fate == null && head != null && head.is("nsubj") && head.governor() >= 0
        && Claimants.REPORTING.contains(s.token(head.governor()).lemma()) && s.childOf(noun, "appos") != null) {
      Dependency up = s.headOf(head.governor());
      if (up != null && up.governor() >= 0 && up.governor() < noun) fate = verbFate(s, up.governor());
    }
    // "forcing about 5,000 residents to flee": the object does what the verb's infinitive says
    if (fate == null && head != null && head.is("obj") && head.governor() >= 0) {
      Dependency xcomp = s.childOf(head.governor(), "xcomp");
      if (xcomp != null) fate = verbFate(s, xcomp.dependent());
      if (fate == null && drivenFromHome(s, head.governor())) fate = Measures.DISPLACED;
    }
    // "3 million people have been forced from their homes"
    if (fate == null && head != null && head.is("nsubj:pass") && head.governor() >= 0
        && drivenFromHome(s, head.governor())) {
      fate = Measures.DISPLACED;
    }
    // "two civilians were reported killed", "20 people are feared dead", "were believed to have been
    // killed": the harm the report, fear or belief is of
    if (fate == null && head != null && head.is("nsubj:pass") && head.governor() >= 0
        && BELIEVED.contains(s.token(head.governor()).lemma().toLowerCase(Locale.ROOT))) {
      for (Dependency c : s.childrenOf(head.governor())) {
        if (!(c.is("xcomp") || c.is("dep")) || c.dependent() < head.governor()) continue;
        String harm = verbFate(s, c.dependent());
        if (harm == null) harm = Measures.ofNoun(s.token(c.dependent()).word().toLowerCase(Locale.ROOT));
        if (harm != null && HARMS.contains(harm)) fate = harm;
      }
    }
    // "60,000 Israelis remain displaced", the people parsed as subject or oblique: the state they remain in
    if (fate == null && head != null && (head.is("nsubj") || head.is("obl")) && head.governor() >= 0
        && REMAINING.contains(s.token(head.governor()).lemma())) {
      Dependency xcomp = s.childOf(head.governor(), "xcomp");
      if (xcomp != null) fate = verbFate(s, xcomp.dependent());
      if (fate == null && inCustody(s, head.governor())) fate = Measures.CAPTURED;
    }
    // "300 fighters are in captivity": the noun the people are the subject of is where they are held
    if (fate == null && head != null && head.is("nsubj") && head.governor() >= 0
        && CUSTODY.contains(s.token(head.governor()).lemma().toLowerCase(Locale.ROOT))
        && hasCase(s, head.governor(), "in")) {
      fate = Measures.CAPTURED;
    }
    // "lost 200 fighters" are casualties; "families have lost everything" are not
    if (head != null && head.governor() >= 0 && s.token(head.governor()).lemma().equals("lose") && !head.is("obj")
        && !upToObject(s, head)) {
      fate = lostTheirLives(s, head) ? Measures.KILLED : null;
    }
    // "captured two wounded soldiers": those taken are captured, whatever state they were taken in
    boolean taken = Measures.CAPTURED.equals(fate);
    for (Dependency child : s.childrenOf(noun)) {
      if (taken && child.is("amod")) continue;
      if (child.is("acl") || child.is("amod")) fate = Measures.combine(fate, verbFate(s, child.dependent()));
      // "31 wounded patients", the tagger reading "wounded" as an adjective whose lemma is itself
      String adjective = child.is("amod") ? Measures.ofNoun(s.token(child.dependent()).word().toLowerCase(Locale.ROOT)) : null;
      if (Measures.WOUNDED.equals(adjective) || Measures.KILLED.equals(adjective)) fate = Measures.combine(fate, adjective);
    }
    if (fate == null && s.isParsed()) fate = passiveAfter(s, noun);
    if (fate == null) fate = amongThose(s, noun);
    if (fate == null) fate = facingHunger(s, noun);
    if (fate == null) fate = outOfAction(s, noun);
    if (fate == null && !s.isParsed()) fate = windowFate(s, noun);
    return fate;
  }

  /** The harm a verb's subject names when it is the harmed: "the dead", "the injured", "the casualties". */
  private static String harmedSubject(Sentence s, int verb) {
    Dependency subj = s.childOf(verb, "nsubj");
    if (subj == null) return null;
    String m = Measures.ofNoun(s.token(subj.dependent()).word().toLowerCase(Locale.ROOT));
    if (m == null) m = Measures.ofNoun(s.token(subj.dependent()).lemma().toLowerCase(Locale.ROOT));
    return m != null && HARMS.contains(m) ? m : null;
  }

  /** "shot dead", "found dead": a verb whose complement is "dead". */
  private static boolean leftDead(Sentence s, int verb) {
    for (Dependency d : s.childrenOf(verb)) {
      if ((d.is("xcomp") || d.is("advmod") || d.is("obj")) && d.dependent() > verb
          && s.token(d.dependent()).word().equalsIgnoreCase("dead")) {
        return true;
      }
    }
    return false;
  }

  /** "five soldiers lost their lives": the subject of losing a life was killed. */
  private static boolean lostTheirLives(Sentence s, Dependency head) {
    if (!head.is("nsubj")) return false;
    Dependency obj = s.childOf(head.governor(), "obj");
    return obj != null && s.token(obj.dependent()).lemma().toLowerCase(Locale.ROOT).equals("life");
  }

  /**
   * "had lost up to 1,400 soldiers", parsed with "up" as the verb's particle and the soldiers as an
   * oblique "to" them: the "up to" is the figure's bound, and the soldiers are the verb's object.
   */
  static boolean upToObject(Sentence s, Dependency head) {
    if (!head.is("obl")) return false;
    for (Dependency c : s.childrenOf(head.dependent())) {
      int to = c.dependent();
      if (c.is("case") && s.token(to).word().equalsIgnoreCase("to") && to > 0
          && s.token(to - 1).word().equalsIgnoreCase("up") && to < head.dependent()) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> REMAINING = Set.of("remain", "stay");
  private static final Set<String> BELIEVED = Set.of("report", "fear", "believe", "think", "confirm", "presume",
      "say");
  private static final Set<String> CUSTODY = Set.of("custody", "captivity", "detention", "prison", "jail");

  /** "remain in Russian custody": a verb of remaining held "in" custody. */
  private static boolean inCustody(Sentence s, int verb) {
    for (Dependency d : s.childrenOf(verb)) {
      if (d.is("obl") && CUSTODY.contains(s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT))
          && hasCase(s, d.dependent(), "in")) {
        return true;
      }
    }
    return false;
  }

  /** The harm noun ("losses", "deaths") a number or noun is counted "of", or null. */
  private static String ofHarmNoun(Sentence s, Dependency head, int counted) {
    if (head == null || !head.is("nmod") || head.governor() < 0 || !hasCase(s, counted, "of")) return null;
    String harm = Measures.ofNoun(s.token(head.governor()).lemma());
    return harm != null && HARMS.contains(harm) ? harm : null;
  }

  static final Set<String> DRIVING = Set.of("force", "drive", "push", "chase", "expel", "uproot");
  private static final Set<String> HOMES = Set.of("home", "house", "village", "town", "land", "city");

  /** "forced more than two million people from their homes": driven out, and so displaced. */
  static boolean drivenFromHome(Sentence s, int verb) {
    if (!DRIVING.contains(s.token(verb).lemma())) return false;
    for (Dependency d : s.childrenOf(verb)) {
      if (d.is("obl") && HOMES.contains(s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT))
          && (hasCase(s, d.dependent(), "from") || hasCase(s, d.dependent(), "out"))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a noun has a number of its own: "the 30 passengers". */
  private static boolean counted(Sentence s, int noun) {
    for (Dependency d : s.childrenOf(noun)) {
      if (d.is("nummod") && s.token(d.dependent()).pos().equals("CD")) return true;
    }
    return false;
  }

  /** Whether counted people stand "among them": "63 wounded, among them 17 children". */
  static boolean amongThem(Sentence s, int noun) {
    if (!s.isParsed() || noun < 0) return false;
    Dependency head = s.headOf(noun);
    // "among them 11 women and nine children": a conjunct is among them as its first conjunct is
    if (head != null && head.is("conj") && head.governor() >= 0) head = s.headOf(head.governor());
    return head != null && head.governor() >= 0 && among(s, head.governor());
  }

  /**
   * "the death toll had risen to nine, including three children", "killed 32 Palestinians ...,
   * including 11 members of one family": people included in what a figure just before in the
   * sentence counts, wherever the parser hung them.
   */
  static boolean includedIn(Sentence s, int noun) {
    if (!s.isParsed() || noun < 0) return false;
    Dependency head = s.headOf(noun);
    return head != null && (head.is("nmod") || head.is("obl")) && head.governor() >= 0 && hasCase(s, noun, "including");
  }

  /** "among them", "among whom": a pronoun for people just counted, under "among". */
  private static boolean among(Sentence s, int token) {
    String w = s.token(token).word().toLowerCase(Locale.ROOT);
    return (w.equals("them") || w.equals("whom") || w.equals("those")) && hasCase(s, token, "among");
  }

  /** Verbs of care that say the people cared for were hurt, with what they are treated for. */
  private static final Set<String> CARE = Set.of("treat", "hospitalize", "hospitalise", "admit");
  private static final Set<String> HURTS = Set.of("injury", "wound", "burn", "injuries", "wounds", "burns");

  /** Verbs that carry people somewhere: "taken to hospital", "rushed to hospital". */
  private static final Set<String> CARRY = Set.of("take", "rush", "bring", "admit", "carry", "evacuate", "fly");

  /**
   * "57 people were being treated for injuries", "hospitalised with burns", "30 others were taken
   * to hospital": wounded.
   */
  private static boolean caredForHurts(Sentence s, int verb) {
    if (CARRY.contains(s.token(verb).lemma())) {
      for (Dependency d : s.childrenOf(verb)) {
        String place = s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT);
        if (d.is("obl") && (place.equals("hospital") || place.equals("hospitals")) && hasCase(s, d.dependent(), "to")) {
          return true;
        }
      }
    }
    if (!CARE.contains(s.token(verb).lemma())) return false;
    for (Dependency d : s.childrenOf(verb)) {
      if (d.is("obl") && HURTS.contains(s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT))) return true;
    }
    return false;
  }

  /** Nouns that are numbers, by lemma: "tens", "thousands", "a dozen". */
  static final Set<String> NUMBER_NOUNS = Set.of(
      "ten", "dozen", "score", "hundred", "thousand", "million", "billion");

  /** A number, in figures or as a plural number noun ("tens", "thousands"). */
  private static boolean isNumber(Sentence s, int token) {
    return s.token(token).pos().equals("CD") || NUMBER_NOUNS.contains(s.token(token).lemma());
  }

  /**
   * "600 soldiers were being killed or wounded every day", "70 people were missing": the passive
   * harm (or the state of the missing) right after the noun,
   * read from the words when the parse hung the noun elsewhere (a clause that opens with "between"
   * reads to the parser as a prepositional phrase).
   */
  private static String passiveAfter(Sentence s, int noun) {
    int i = skipAside(s, noun + 1);
    // "270 soldiers and 120 civilians had been handed over": the people conjoined share the verb
    if (i < s.size() && s.token(i).pos().equals("CC")) {
      for (Dependency d : s.childrenOf(noun)) {
        if (d.is("conj") && d.dependent() > i && s.token(d.dependent()).isNoun()) return passiveAfter(s, d.dependent());
      }
    }
    boolean passive = false;
    while (i < s.size() && (s.token(i).lemma().equals("be") || s.token(i).lemma().equals("have")
        || s.token(i).pos().equals("RB"))) {
      passive |= s.token(i).lemma().equals("be");
      i++;
    }
    // "have lost everything" is active: the people lost something, they are not lost
    // "were missing", which the tagger may read as a participle of the present
    if (passive && i < s.size() && s.token(i).word().equalsIgnoreCase("missing")) return Measures.MISSING;
    if (!passive || i >= s.size() || !s.token(i).pos().equals("VBN")) return null;
    String fate = fateOfVerb(s, i);
    if (fate != null && i + 2 < s.size() && s.token(i + 1).pos().equals("CC")
        && s.token(i + 2).pos().equals("VBN")) {
      fate = Measures.combine(fate, Measures.ofVerb(s.token(i + 2).lemma()));
    }
    return fate;
  }

  /**
   * The fate a verb gives its object, combined with verbs conjoined to it that share that object
   * ("killed or wounded"); "killing 14 and wounding 47" gives each number its own verb.
   */
  static String verbFate(Sentence s, int verb) {
    String fate = caredForHurts(s, verb) ? Measures.WOUNDED : fateOfVerb(s, verb);
    // "were shot dead", "beaten to death"... the verb's complement says they were killed
    if (fate == null && leftDead(s, verb)) fate = Measures.KILLED;
    if (fate == null && crossedInto(s, verb)) fate = Measures.DISPLACED;
    for (Dependency c : s.childrenOf(verb)) {
      if (c.is("conj") && !hasOwnObject(s, c.dependent()) && !ownNumberAfter(s, verb, c.dependent())) {
        fate = Measures.combine(fate, Measures.ofVerb(s.token(c.dependent()).lemma()));
      }
    }
    return fate;
  }

  /**
   * "three children were among those killed", "are among the dead": the harm of those the people
   * are counted among, read from the words, as the parser seldom hangs "among" on the people.
   */
  private static String amongThose(Sentence s, int noun) {
    int i = noun + 1;
    boolean be = false;
    while (i < s.size() && (s.token(i).lemma().equals("be") || s.token(i).pos().equals("RB"))) {
      be |= s.token(i).lemma().equals("be");
      i++;
    }
    if (!be || i + 2 >= s.size() || !s.token(i).word().equalsIgnoreCase("among")) return null;
    String which = s.token(i + 1).word().toLowerCase(Locale.ROOT);
    if (!which.equals("those") && !which.equals("the")) return null;
    Token harmed = s.token(i + 2);
    String fate = harmed.isVerb() ? fateOfVerb(s, i + 2) : Measures.ofNoun(harmed.word().toLowerCase(Locale.ROOT));
    return HARMS.contains(String.valueOf(fate)) ? fate : null;
  }

  /** Verbs that give up the people they take with "over": "handed over", "turned over". */
  private static final Set<String> HANDING = Set.of("hand", "turn");

  /** The fate a verb names, its particle read too: those "handed over" are captured (given up). */
  private static String fateOfVerb(Sentence s, int verb) {
    Token t = s.token(verb);
    if (HANDING.contains(t.lemma()) && verb + 1 < s.size() && s.token(verb + 1).word().equalsIgnoreCase("over")) {
      return Measures.CAPTURED;
    }
    return Measures.ofVerb(t.lemma());
  }

  private static final Set<String> FACING = Set.of("face", "faces", "faced", "facing");
  private static final Set<String> HUNGER = Set.of("hunger", "famine", "starvation", "malnutrition", "insecurity");
  private static final int FACING_REACH = 12;
  private static final Set<String> AUXILIARIES = Set.of("be", "have", "will", "would", "could", "may", "might");
  private static final Set<String> QUOTE_MARKS = Set.of("``", "''");

  /**
   * "25 million people, half of Sudan's population, face acute hunger": read from the words, since
   * the parser often takes "face" for a noun. People who face hunger or famine are affected.
   */
  private static String facingHunger(Sentence s, int noun) {
    for (int i = noun + 1; i < s.size() && i <= noun + FACING_REACH; i++) {
      Token t = s.token(i);
      boolean facing = FACING.contains(t.word().toLowerCase(Locale.ROOT));
      // the people's own verb only: not "troops deployed to areas that face famine" ("were facing" is theirs)
      boolean auxiliary = AUXILIARIES.contains(t.lemma().toLowerCase(Locale.ROOT));
      boolean another = t.isVerb() && !facing && !auxiliary;
      if (t.pos().equals("CD") || t.word().equals(";") || t.pos().startsWith("W") || another) return null;
      if (!facing) continue;
      // "facing \"catastrophic\" hunger": three words on, not counting quotation marks
      int words = 0;
      for (int j = i + 1; j < s.size() && words < 3; j++) {
        if (QUOTE_MARKS.contains(s.token(j).pos())) continue;
        words++;
        if (HUNGER.contains(s.token(j).lemma().toLowerCase(Locale.ROOT))) return Measures.AFFECTED;
      }
      return null;
    }
    return null;
  }

  /**
   * "10,000 people crossed into Burundi", "3.8 million have crossed into neighbouring countries":
   * people who cross a border into a country have fled.
   */
  static boolean crossedInto(Sentence s, int verb) {
    if (!s.token(verb).lemma().equalsIgnoreCase("cross")) return false;
    for (Dependency d : s.childrenOf(verb)) {
      Token into = s.token(d.dependent());
      boolean country = into.isProperNoun() || COUNTRIES.contains(into.lemma().toLowerCase(Locale.ROOT));
      if (d.is("obl") && hasCase(s, d.dependent(), "into") && country) return true;
    }
    return false;
  }

  private static final Set<String> COUNTRIES = Set.of("country", "state", "nation");

  /** Whether a noun's own preposition is a word ("of", "including"). */
  static boolean hasCase(Sentence s, int noun, String word) {
    for (Dependency c : s.childrenOf(noun)) {
      if (c.is("case") && s.token(c.dependent()).word().equalsIgnoreCase(word)) return true;
    }
    return false;
  }

  private static boolean hasOwnObject(Sentence s, int verb) {
    if (s.childOf(verb, "obj") != null || s.childOf(verb, "nsubj:pass") != null || s.childOf(verb, "nsubj") != null) {
      return true;
    }
    // "100 people dead and 1,000 injured": a harm with a number of its own counts its own people
    for (Dependency d : s.childrenOf(verb)) {
      if (d.dependent() < verb && s.token(d.dependent()).pos().equals("CD")) return true;
    }
    return false;
  }

  /**
   * "killed 14 people on Sunday and wounded at least 37, officials said", the parser hanging the 37
   * elsewhere: when the first verb's object comes before the second verb, a number right after the
   * second (past its qualifier) is the second's own; in "killed or wounded 30 people" it is shared.
   */
  private static boolean ownNumberAfter(Sentence s, int verb, int conj) {
    Dependency object = s.childOf(verb, "obj");
    if (object == null || object.dependent() > conj) return false;
    for (int i = conj + 1; i < s.size() && i <= conj + 3; i++) {
      if (s.token(i).pos().equals("CD")) return true;
      if (!NUMBER_QUALIFIERS.contains(s.token(i).word().toLowerCase(Locale.ROOT))) break;
    }
    return false;
  }

  /** Words that may come between a verb and its number: "at least", "more than", "nearly". */
  private static final Set<String> NUMBER_QUALIFIERS = Set.of("at", "least", "more", "than", "nearly", "almost",
      "about", "around", "some", "over", "up", "to", "roughly", "approximately");

  /** Words an aside between commas may take: ", including three South Africans,". */
  private static final int ASIDE_REACH = 8;

  /** The token after an aside that opens at {@code i} (", including ...,"), or {@code i} itself. */
  private static int skipAside(Sentence s, int i) {
    if (i >= s.size() || !s.token(i).word().equals(",")) return i;
    for (int j = i + 1; j < s.size() && j <= i + ASIDE_REACH; j++) {
      if (s.token(j).word().equals(",")) return j + 1;
    }
    return i;
  }

  /** Words that may stand between the counted people and "out of action": "were", "put", a quote mark. */
  private static final Set<String> TO_ACTION = Set.of("be", "put", "have", "\"", "“", "'", "‘");

  /** "5,000 troops were 'out of action'", "put out of action": casualties. */
  private static String outOfAction(Sentence s, int noun) {
    int i = noun + 1;
    while (i < s.size() && i <= noun + 4 && TO_ACTION.contains(s.token(i).lemma().toLowerCase(Locale.ROOT))) i++;
    if (i + 2 >= s.size()) return null;
    boolean phrase = s.token(i).word().equalsIgnoreCase("out") && s.token(i + 1).word().equalsIgnoreCase("of")
        && s.token(i + 2).word().equalsIgnoreCase("action");
    return phrase && i > noun + 1 ? Measures.CASUALTIES : null;
  }

  private static String windowFate(Sentence s, int noun) {
    String fate = null;
    for (int i = Math.max(0, noun - 4); i < Math.min(s.size(), noun + 5); i++) {
      fate = Measures.combine(fate, Measures.ofVerb(s.token(i).lemma()));
    }
    return fate;
  }
}
