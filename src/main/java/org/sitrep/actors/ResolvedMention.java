package org.sitrep.actors;

/**
 * A span of the text resolved to an actor.
 *
 * @param actor the actor id
 * @param finder the rule that resolved it
 */
public record ResolvedMention(int start, int end, String text, String actor, String finder) {

  boolean overlaps(int s, int e) {
    return start < e && s < end;
  }
}
