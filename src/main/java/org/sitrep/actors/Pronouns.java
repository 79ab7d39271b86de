package org.sitrep.actors;

import java.util.Locale;
import java.util.Set;
import org.sitrep.record.Actor;

/**
 * A small, explainable coreference for pronouns: "he" and "she" are the last person named before
 * them, "it" and "they" the last state, body or group.
 */
public final class Pronouns {
  private static final Set<String> PERSONAL = Set.of("he", "she", "him", "her", "his");
  private static final Set<String> COLLECTIVE = Set.of("it", "they", "them", "its", "their", "we");

  private Pronouns() {}

  public static boolean isPronoun(String text) {
    String t = text.toLowerCase(Locale.ROOT);
    return PERSONAL.contains(t) || COLLECTIVE.contains(t);
  }

  /** Whether a pronoun stands for a person ("he", "her") rather than a state, body or group. */
  public static boolean isPersonal(String pronoun) {
    return PERSONAL.contains(pronoun.toLowerCase(Locale.ROOT));
  }

  /** The actor a pronoun at an offset refers to, or null when nothing fits. */
  public static String resolve(String pronoun, int offset, ActorMentions actors) {
    boolean personal = PERSONAL.contains(pronoun.toLowerCase(Locale.ROOT));
    ResolvedMention m = actors.before(offset, a -> personal == isPerson(a));
    return m == null ? null : m.actor();
  }

  private static boolean isPerson(Actor a) {
    return a != null && "person".equals(a.kind());
  }
}
