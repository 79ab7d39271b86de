package org.sitrep.nlp;

/**
 * A typed dependency between two tokens of one sentence (Universal Dependencies relation names).
 *
 * @param governor index of the head token, or -1 for the root
 * @param dependent index of the dependent token
 * @param relation relation name such as "nsubj", "obj" or "nmod:poss"
 */
public record Dependency(int governor, int dependent, String relation) {

  public boolean is(String name) {
    return relation.equals(name) || relation.startsWith(name + ":");
  }
}
