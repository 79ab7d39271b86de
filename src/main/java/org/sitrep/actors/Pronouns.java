package org.sitrep.actors;

import java.util.Locale;
import java.util.Set;
import org.sitrep.record.Actor;

/**
 * A small, explainable coreference for pronouns: "he" and "she" are a person, "it" and "they" a
 * state, body or group; where the parse places the pronoun in what a subject says or makes it the
 * next sentence's subject, that subject ({@link Salience}), else the last one named before it.
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
    java.util.function.Predicate<Actor> kind = a -> personal == isPerson(a);
    ResolvedMention m = actors.salient(offset, kind);
    if (m == Salience.NONE) return null;
    if (m == null) m = actors.before(offset, kind);
    return m == null ? null : m.actor();
  }

  private static boolean isPerson(Actor a) {
    return a != null && "person".equals(a.kind());
  }
}
