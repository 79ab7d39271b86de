package org.sitrep.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A repair of one common misparse of news sentences. In "Gunmen killed 70 people in an attack on
 * Thursday, the UN said on Friday", the parser often hangs the attack and its day on the trailing
 * "said" instead of on "killed". A trailing reporting verb (a {@code parataxis} or {@code dep} of
 * the verb before it, whose subject follows a comma) reports from the comma on; the adverbials it
 * took from before that comma go back to the verb it hangs on. One taken for that verb's
 * complement ({@code ccomp} with no "that") is such a reporter too.
 */
final class TrailingReporters {
  private static final Set<String> REPORTING = Set.of(
      "say", "tell", "report", "announce", "add", "state", "claim", "confirm", "write", "estimate");
  private static final Set<String> ADVERBIAL = Set.of("obl", "obl:tmod", "obl:npmod", "nmod:tmod", "advcl", "advmod");

  private TrailingReporters() {}

  /** The dependencies with the adverbials of trailing reporters given back to their clause. */
  static List<Dependency> rehang(List<String> words, List<String> lemmas, List<Dependency> deps) {
    deps = subjectsTakenForAppositions(lemmas, words, deps);
    List<Dependency> out = new ArrayList<>(deps);
    for (Dependency reporter : deps) {
      int verb = reporter.dependent();
      int host = reporter.governor();
      boolean complement = reporter.relation().equals("ccomp") && !hasChild(deps, verb, "mark");
      // "abducted 50 people, most of them women ..., police and residents said": a reporter with no
      // relative pronoun, taken for a relative clause of a noun, reports the clause that noun is in
      boolean relative = reporter.relation().equals("acl:relcl") && !hasRelativePronoun(words, deps, verb);
      if (relative) host = predicateOf(deps, host);
      if (host < 0 || host > verb || !(reporter.relation().equals("parataxis") || reporter.relation().equals("dep")
          || complement || relative) || !REPORTING.contains(lemmas.get(verb))) {
        continue;
      }
      int subject = -1;
      for (Dependency d : deps) if (d.governor() == verb && d.relation().equals("nsubj")) subject = d.dependent();
      if (subject < 0 || subject > verb) continue;
      int comma = -1;
      for (int i = start(deps, subject) - 1; i > host; i--) {
        if (words.get(i).equals(",")) {
          comma = i;
          break;
        }
      }
      if (comma < 0) continue;
      // "42 civilians were killed when shells hit a market, the mission said": a reporter the parser
      // took for the complement of the verb before its comma reports that verb
      if (complement || relative) out.set(out.indexOf(reporter), new Dependency(host, verb, "parataxis"));
      for (int k = 0; k < out.size(); k++) {
        Dependency d = out.get(k);
        if (d.governor() == verb && ADVERBIAL.contains(d.relation()) && end(deps, d.dependent()) <= comma) {
          out.set(k, new Dependency(host, d.dependent(), d.relation()));
        }
      }
    }
    return out;
  }

  /**
   * "... attacked the districts of Solino and Nazon, the International Organization for Migration
   * said": the parser may take the reporter's subject for an apposition of the noun before the
   * comma and leave the reporter with none. A subject-less trailing reporter gets back the
   * apposition that runs from that comma up to it.
   */
  private static List<Dependency> subjectsTakenForAppositions(List<String> lemmas, List<String> words,
      List<Dependency> deps) {
    List<Dependency> out = new ArrayList<>(deps);
    for (Dependency reporter : deps) {
      int verb = reporter.dependent();
      if (!(reporter.relation().equals("parataxis") || reporter.relation().equals("dep"))
          || reporter.governor() > verb || !REPORTING.contains(lemmas.get(verb))) {
        continue;
      }
      if (hasChild(deps, verb, "nsubj")) {
        objectTakenForTheSubject(words, deps, out, verb);
        continue;
      }
      for (int k = 0; k < out.size(); k++) {
        Dependency d = out.get(k);
        int head = d.dependent();
        int from = start(deps, head);
        if (d.relation().equals("appos") && d.governor() < head && end(deps, head) == verb - 1 && from > 0
            && words.get(from - 1).equals(",")) {
          out.set(k, new Dependency(verb, head, "nsubj"));
          break;
        }
      }
    }
    return out;
  }

  /**
   * "stormed a base on Friday, killing at least 17 soldiers, a military officer said": the parser
   * may make the object of the participle before the comma the reporter's subject, and the
   * reporter's true subject that object's apposition. When the apposition runs from the comma up to
   * the reporter and a dependent of the reporter stands right before the object, the apposition is
   * the subject again, the object that dependent's, and the dependent an adverbial clause of the
   * reporter's own head.
   */
  private static void objectTakenForTheSubject(List<String> words, List<Dependency> deps, List<Dependency> out,
      int verb) {
    int subject = -1;
    for (Dependency d : deps) if (d.governor() == verb && d.relation().equals("nsubj")) subject = d.dependent();
    int act = subject < 0 ? -1 : start(deps, subject) - 1;
    Dependency actHead = act < 0 ? null : headOf(deps, act);
    if (actHead == null || actHead.governor() != verb || subject > verb) return;
    for (Dependency d : deps) {
      int head = d.dependent();
      int from = start(deps, head);
      if (d.governor() == subject && d.relation().equals("appos") && end(deps, head) == verb - 1 && from > 0
          && words.get(from - 1).equals(",")) {
        int host = headOf(deps, verb).governor();
        out.set(out.indexOf(d), new Dependency(verb, head, "nsubj"));
        out.set(out.indexOf(headOf(deps, subject)), new Dependency(act, subject, "obj"));
        out.set(out.indexOf(actHead), new Dependency(host, act, "advcl"));
        return;
      }
    }
  }

  static Dependency headOf(List<Dependency> deps, int token) {
    for (Dependency d : deps) if (d.dependent() == token) return d;
    return null;
  }

  private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "whom", "whose", "which", "that");
  private static final Set<String> ARGUMENTS = Set.of("nsubj", "nsubj:pass", "obj", "iobj", "xcomp", "obl");

  private static boolean hasRelativePronoun(List<String> words, List<Dependency> deps, int verb) {
    for (Dependency d : deps) {
      if (d.governor() == verb && RELATIVE_PRONOUNS.contains(words.get(d.dependent()).toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** The predicate a noun is an argument of, or -1. */
  private static int predicateOf(List<Dependency> deps, int noun) {
    for (Dependency d : deps) {
      if (d.dependent() == noun) return ARGUMENTS.contains(d.relation()) ? d.governor() : -1;
    }
    return -1;
  }

  static boolean hasChild(List<Dependency> deps, int token, String relation) {
    for (Dependency d : deps) if (d.governor() == token && d.relation().equals(relation)) return true;
    return false;
  }

  private static int start(List<Dependency> deps, int token) {
    int lo = token;
    for (Dependency d : deps) if (d.governor() == token) lo = Math.min(lo, start(deps, d.dependent()));
    return lo;
  }

  private static int end(List<Dependency> deps, int token) {
    int hi = token;
    for (Dependency d : deps) if (d.governor() == token) hi = Math.max(hi, end(deps, d.dependent()));
    return hi;
  }
}
