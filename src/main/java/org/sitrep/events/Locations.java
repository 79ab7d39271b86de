package org.sitrep.events;

import java.util.List;
import java.util.Set;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Sentence;
import org.sitrep.record.Place;

/**
 * Where an event happened: a place inside the trigger's own phrase ("struck a building in Dnipro",
 * "a strike on Dnipro"), never one only mentioned in passing ("the first such attack since
 * Bristol") and never one inside the actor's name ("Seoul's foreign ministry").
 */
final class Locations {
  private static final Set<String> PASSING = Set.of("since", "like", "than", "unlike", "from", "after", "before");
  /** Prepositions that place an event; "between North Korea and Russia" names parties, not a place. */
  private static final Set<String> LOCATIVE = Set.of(
      "in", "at", "near", "on", "outside", "inside", "across", "throughout", "into", "around",
      "over", "off", "along", "within", "of");

  private Locations() {}

  static Place place(Sentence s, int trigger, List<Place> places) {
    Place own = place(s, trigger, trigger, places);
    // "A drone strike hit a bus station in Amhara": an attack noun that is the subject of what it
    // did takes the place of that verb's clause
    Dependency role = s.isParsed() && s.token(trigger).isNoun() ? s.headOf(trigger) : null;
    if (own != null || role == null || !role.is("nsubj") || role.governor() < 0
        || !STRIKING.contains(s.token(role.governor()).lemma().toLowerCase(java.util.Locale.ROOT))) {
      return own;
    }
    return place(s, role.governor(), trigger, places);
  }

  /** Verbs by which an attack does what it does to a place: "a strike hit", "the blast killed". */
  private static final Set<String> STRIKING = Set.of("hit", "strike", "kill", "destroy", "damage", "wound",
      "injure", "target", "pound", "level", "flatten", "leave", "claim", "rock", "tear");

  private static Place place(Sentence s, int root, int trigger, List<Place> places) {
    int[] scope = s.isParsed() ? s.subtreeRange(root) : new int[] {0, s.size() - 1};
    int scopeStart = s.token(scope[0]).start();
    int scopeEnd = s.token(scope[1]).end();
    Place best = null;
    for (Place p : places) {
      if (p.start() == null || p.start() < scopeStart || p.end() > scopeEnd) continue;
      int tok = s.tokenAt(p.start());
      if (tok < 0 || inSubject(s, trigger, tok) || inPassing(s, tok, root) || inOtherClause(s, tok, root)
          || hyphenated(s, p)) {
        continue;
      }
      if (s.isParsed() && !locative(s, tok)) continue;
      if (best == null || p.fineness() > best.fineness()) best = p;
    }
    return best;
  }

  /** "the Rwanda-backed rebels", "a Gaza-based group": a place joined by a hyphen to a word is a modifier's. */
  private static boolean hyphenated(Sentence s, Place p) {
    int last = s.tokenAt(p.end() - 1);
    if (last < 0 || last + 1 >= s.size()) return false;
    var next = s.token(last + 1);
    return next.pos().equals("HYPH") || (next.word().equals("-") || next.word().equals("–")) && next.start() == p.end();
  }

  private static boolean inSubject(Sentence s, int trigger, int tok) {
    for (Dependency d : s.childrenOf(trigger)) {
      if (d.is("nsubj") || d.is("nmod:poss") || EventFinder.hasCase(s, d, Set.of("by"))) {
        int[] r = s.subtreeRange(d.dependent());
        if (r[0] <= tok && tok <= r[1]) return true;
      }
    }
    return false;
  }

  /**
   * The place's own preposition is locative ("in Dnipro", "the city of Dnipro"), or that of the
   * noun it owns ("in Haiti's Artibonite region").
   */
  private static boolean locative(Sentence s, int tok) {
    int node = tok;
    Dependency head = s.headOf(node);
    while (head != null && (head.is("compound") || head.is("flat")
        || head.is("nmod:poss") && PARTS.contains(s.token(head.governor()).lemma().toLowerCase(java.util.Locale.ROOT)))) {
      node = head.governor();
      head = s.headOf(node);
    }
    for (Dependency c : s.childrenOf(node)) {
      if (c.is("case")) return LOCATIVE.contains(s.token(c.dependent()).lemma());
    }
    return head != null && head.is("obl");
  }

  /** Parts of a place its name may own: "Haiti's Artibonite region", "East Timor's capital". */
  private static final Set<String> PARTS = Set.of("region", "province", "state", "district", "county",
      "capital", "city", "town", "village", "north", "south", "east", "west", "coast", "oblast",
      "governorate", "department", "territory", "enclave", "port", "outskirts");

  /** Clauses of their own under a trigger: a place in them is where something else happens. */
  private static final Set<String> CLAUSES = Set.of("advcl", "ccomp", "parataxis", "csubj", "acl:relcl");

  /**
   * A place in a clause of its own under the trigger ("strikes killed 45 across the Gaza Strip,
   * while negotiators in Cairo failed to agree"), or under a verb conjoined or loosely hung on it
   * ("imposed sanctions, accusing them of attacks in Darfur").
   */
  private static boolean inOtherClause(Sentence s, int tok, int trigger) {
    if (!s.isParsed()) return false;
    int node = tok;
    for (int guard = 0; node >= 0 && node != trigger && guard < s.size(); guard++) {
      Dependency head = s.headOf(node);
      if (head == null) return false;
      boolean clause = CLAUSES.contains(head.relation())
          || (head.is("conj") || head.is("dep")) && s.token(node).isVerb();
      if (clause) return true;
      node = head.governor();
    }
    return false;
  }

  /** Acts that take someone from where they were: "abducted 227 pupils from a school in Niger state". */
  private static final Set<String> TAKING = Set.of("abduct", "kidnap", "seize", "snatch", "abduction", "kidnapping");

  /**
   * A place under "since", "like" or "than" on its way up to the trigger; under "from" too, but
   * where people were taken from is where they were taken.
   */
  private static boolean inPassing(Sentence s, int tok, int trigger) {
    boolean taking = TAKING.contains(s.token(trigger).lemma().toLowerCase(java.util.Locale.ROOT));
    int node = tok;
    for (int guard = 0; node >= 0 && node != trigger && guard < s.size(); guard++) {
      for (Dependency c : s.childrenOf(node)) {
        String word = s.token(c.dependent()).lemma();
        if (c.is("case") && PASSING.contains(word) && !(taking && word.equals("from"))) return true;
      }
      Dependency head = s.headOf(node);
      node = head == null ? -1 : head.governor();
    }
    return false;
  }
}
