package org.sitrep.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Harms told as none: "no civilians were killed", "there were no casualties", "nobody was hurt",
 * "denied that any soldiers died". Each is a figure of zero: one side's answer to the other's toll.
 * Only a harm that happened is read: a conditional, a wish or a question ("if no one is hurt") is
 * none, nor is "no more than 12", which is a number.
 */
final class Denials {
  /**
   * A harm put at zero.
   *
   * @param first the first token of the words that say none ("no", "nobody", "no one")
   * @param last the last of them
   * @param noun the people or harm noun counted ("civilians", "casualties"), or -1 for "nobody"
   * @param measure killed, wounded or casualties
   */
  record Denial(int first, int last, int noun, String measure) {}

  /** Nouns that name a harm done to people, with its measure. */
  private static final Map<String, String> HARM_NOUNS = Map.of(
      "casualty", Measures.CASUALTIES, "death", Measures.KILLED, "fatality", Measures.KILLED,
      "injury", Measures.WOUNDED);
  /** Nouns of news about a harm: "no reports of casualties". */
  private static final Set<String> NEWS_OF = Set.of("report", "word", "sign", "indication", "information");
  private static final Set<String> NOBODY = Set.of("nobody", "none", "no-one");
  private static final Set<String> HYPOTHETICAL = Set.of("will", "would", "could", "may", "might", "should",
      "must", "can", "shall", "if", "unless", "whether", "to");
  private static final Set<String> NEGATIONS = Set.of("not", "n't", "never");
  private static final Set<String> DENYING = Set.of("deny", "reject", "dismiss");
  private static final java.util.regex.Pattern CUES = java.util.regex.Pattern.compile(
      "(?i)\\b(?:no|nobody|none|no-one|any)\\b");
  private static final java.util.regex.Pattern HARMS = java.util.regex.Pattern.compile(
      "(?i)\\b(?:kill|die|died|dead|wound|injur|hurt|casualt|death|fatalit)");

  private Denials() {}

  /** The harms a sentence puts at zero, in text order; the sentence is parsed only when its words may tell one. */
  static List<Denial> of(Sentence s, String text) {
    String words = text.substring(s.start(), s.end());
    if (!CUES.matcher(words).find() || !HARMS.matcher(words).find() || words.strip().endsWith("?")) return List.of();
    List<Denial> out = new ArrayList<>();
    for (int i = 0; i < s.size(); i++) {
      String w = s.token(i).word().toLowerCase(Locale.ROOT);
      Denial d = switch (w) {
        case "no" -> none(s, i, false);
        case "any" -> none(s, i, true);
        default -> NOBODY.contains(w) ? nobody(s, i) : null;
      };
      if (d == null) continue;
      out.add(d);
      out.addAll(conjoined(s, d));
    }
    return out;
  }

  /**
   * "no injuries or deaths", "no officers were killed or wounded": each harm joined to the one
   * denied is denied with it.
   */
  private static List<Denial> conjoined(Sentence s, Denial d) {
    List<Denial> out = new ArrayList<>();
    int counted = d.noun() >= 0 ? d.noun() : d.last();
    if (HARM_NOUNS.containsKey(s.token(counted).lemma().toLowerCase(Locale.ROOT))) {
      for (Dependency c : s.childrenOf(counted)) {
        String m = c.is("conj") ? HARM_NOUNS.get(s.token(c.dependent()).lemma().toLowerCase(Locale.ROOT)) : null;
        if (m != null && !m.equals(d.measure())) out.add(new Denial(d.first(), d.last(), c.dependent(), m));
      }
      return out;
    }
    int verb = harmVerb(s, counted);
    if (verb < 0) return out;
    for (Dependency c : s.childrenOf(verb)) {
      String m = c.is("conj") ? harmOf(s.token(c.dependent())) : null;
      if (m != null && !m.equals(d.measure())) out.add(new Denial(d.first(), d.last(), d.noun(), m));
    }
    return out;
  }

  /** "no civilians were killed", "no casualties", "no reports of casualties"; with "any", only where denied. */
  private static Denial none(Sentence s, int det, boolean any) {
    Dependency head = s.headOf(det);
    if (head == null || !head.is("det") || head.governor() < 0) return null;
    int noun = head.governor();
    String lemma = s.token(noun).lemma().toLowerCase(Locale.ROOT);
    if (NEWS_OF.contains(lemma)) {
      Dependency of = s.childOf(noun, "nmod");
      if (of == null || !HARM_NOUNS.containsKey(s.token(of.dependent()).lemma().toLowerCase(Locale.ROOT))) return null;
      noun = of.dependent();
      lemma = s.token(noun).lemma().toLowerCase(Locale.ROOT);
    }
    String measure = HARM_NOUNS.get(lemma);
    int verb;
    if (measure != null) {
      verb = clauseOf(s, noun);
    } else if (lemma.equals("one") || Measures.isPeople(lemma)) {
      verb = harmVerb(s, noun);
      measure = verb < 0 ? null : harmOf(s.token(verb));
    } else {
      return null;
    }
    if (measure == null || hypothetical(s, verb)) return null;
    if (any && !denied(s, verb)) return null;
    int last = lemma.equals("one") ? noun : det;
    return new Denial(det, last, lemma.equals("one") ? -1 : noun, measure);
  }

  /** "nobody was hurt", "none of the crew died". */
  private static Denial nobody(Sentence s, int word) {
    int verb = harmVerb(s, word);
    String measure = verb < 0 ? null : harmOf(s.token(verb));
    if (measure == null || hypothetical(s, verb)) return null;
    // "none of those doctors were killed": the people named after it are those counted
    Dependency of = s.childOf(word, "nmod");
    int noun = of != null && Measures.isPeople(s.token(of.dependent()).lemma()) ? of.dependent() : -1;
    return new Denial(word, word, noun, measure);
  }

  /** The harm verb whose subject (or object: "killed no civilians") the word is, or -1. */
  private static int harmVerb(Sentence s, int word) {
    Dependency head = s.headOf(word);
    if (head == null || head.governor() < 0) return -1;
    if (!head.is("nsubj") && !head.is("obj")) return -1;
    return harmOf(s.token(head.governor())) == null ? -1 : head.governor();
  }

  private static String harmOf(Token verb) {
    String m = Measures.ofVerb(verb.lemma().toLowerCase(Locale.ROOT));
    if (m == null) m = Measures.ofVerb(verb.word().toLowerCase(Locale.ROOT));
    return Measures.KILLED.equals(m) || Measures.WOUNDED.equals(m) ? m : null;
  }

  /** The verb of the clause a noun belongs to ("reported no casualties", "there were no deaths"), or -1. */
  private static int clauseOf(Sentence s, int noun) {
    int at = noun;
    for (int hops = 0; hops < 3; hops++) {
      Dependency head = s.headOf(at);
      if (head == null || head.governor() < 0) return at;
      if (head.is("nsubj") || head.is("obj") || head.is("nsubj:pass") || head.is("root")) return head.governor();
      at = head.governor();
    }
    return at;
  }

  /**
   * Whether the clause of a verb tells no harm that happened: not in the past ("no civilians are
   * killed"), or a condition, a wish or a plan, its own or that of a clause it hangs from ("would
   * ensure that no one is hurt", "if no one was killed").
   */
  private static boolean hypothetical(Sentence s, int verb) {
    if (verb < 0 || !past(s, verb)) return true;
    int at = verb;
    for (int hops = 0; hops < 3 && at >= 0; hops++) {
      if (WISHES.contains(s.token(at).lemma().toLowerCase(Locale.ROOT))) return true;
      for (Dependency d : s.childrenOf(at)) {
        if ((d.is("aux") || d.is("mark")) && HYPOTHETICAL.contains(s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
      Dependency up = s.headOf(at);
      at = up == null ? -1 : up.governor();
    }
    return false;
  }

  /** Verbs of a harm wished or prevented, not told: "ensure that no civilians were harmed". */
  private static final Set<String> WISHES = Set.of("ensure", "hope", "want", "prevent", "aim", "pray", "avoid",
      "try", "seek", "make");

  /** "were killed", "died", "have been reported", "there were": a verb of the past or perfect. */
  private static boolean past(Sentence s, int verb) {
    if (s.token(verb).pos().equals("VBD")) return true;
    for (Dependency d : s.childrenOf(verb)) {
      Token aux = s.token(d.dependent());
      if ((d.is("aux") || d.is("cop")) && (aux.pos().equals("VBD") || aux.lemma().equalsIgnoreCase("have"))) return true;
    }
    return false;
  }

  /**
   * Verbs of telling or owning up whose negation withholds a figure, not denies it: "did not
   * confirm any deaths", "did not give any casualty figures".
   */
  private static final Set<String> WITHHOLDING = Set.of("confirm", "acknowledge", "admit", "disclose", "reveal",
      "give", "provide", "release", "publish", "announce", "specify", "detail", "mention", "comment", "verify",
      "say", "know", "report");

  /** "did not cause any casualties", "denied that any civilians were killed"; not "did not confirm any deaths". */
  private static boolean denied(Sentence s, int verb) {
    int at = verb;
    for (int hops = 0; hops < 3 && at >= 0; hops++) {
      for (Dependency d : s.childrenOf(at)) {
        if (NEGATIONS.contains(s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT))) {
          return !WITHHOLDING.contains(s.token(at).lemma().toLowerCase(Locale.ROOT));
        }
      }
      if (DENYING.contains(s.token(at).lemma().toLowerCase(Locale.ROOT))) return true;
      Dependency up = s.headOf(at);
      at = up == null ? -1 : up.governor();
    }
    return false;
  }
}
