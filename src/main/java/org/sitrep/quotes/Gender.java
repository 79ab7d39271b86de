package org.sitrep.quotes;

import java.util.Locale;
import java.util.Set;
import org.sitrep.nlp.AnnotatedText;
import org.sitrep.nlp.EntityMention;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Gender hints for a named person, from the words around its mentions: an honorific ("Mr.",
 * "Ms.") or a gendered role noun ("spokeswoman") next to the name.
 * Unknown when there is no hint, and unknown agrees with both.
 */
enum Gender {
  MALE, FEMALE, UNKNOWN;

  private static final Set<String> MALE_WORDS = Set.of("mr", "mr.", "spokesman", "congressman",
      "chairman", "businessman", "king", "prince", "sir", "lord");
  private static final Set<String> FEMALE_WORDS = Set.of("mrs", "mrs.", "ms", "ms.", "miss",
      "spokeswoman", "congresswoman", "chairwoman", "businesswoman", "queen", "princess", "lady",
      "dame");
  /** How many tokens before a mention may carry its hint ("Mr.", "spokeswoman Maria ..."). */
  private static final int WINDOW = 2;

  static Gender ofPronoun(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.equals("he")) return MALE;
    if (w.equals("she")) return FEMALE;
    return UNKNOWN;
  }

  /**
   * The gender hinted before any mention of the same person: the same name, or a one-word mention
   * of its last name ("Mr. Peskov" for "Dmitry Peskov"). Family members who share a surname under
   * different first names ("Bill Clinton") are not the same person.
   */
  static Gender of(AnnotatedText text, EntityMention person) {
    String name = person.text();
    String last = lastWord(name);
    boolean single = !name.trim().contains(" ");
    for (EntityMention m : text.entities()) {
      if (!Antecedents.isPerson(m)) continue;
      boolean oneWord = !m.text().trim().contains(" ");
      boolean same = m.text().equals(name) || (oneWord || single) && lastWord(m.text()).equals(last);
      if (!same) continue;
      Gender g = near(text.sentences().get(m.sentence()), m);
      if (g != UNKNOWN) return g;
    }
    return UNKNOWN;
  }

  boolean agrees(Gender other) {
    return this == UNKNOWN || other == UNKNOWN || this == other;
  }

  static String lastWord(String name) {
    String[] words = name.trim().split("\\s+");
    return words[words.length - 1].toLowerCase(Locale.ROOT);
  }

  private static Gender near(Sentence s, EntityMention m) {
    int from = Math.max(0, m.firstToken() - WINDOW);
    for (int i = from; i < m.firstToken(); i++) {
      String w = s.token(i).word().toLowerCase(Locale.ROOT);
      if (MALE_WORDS.contains(w)) return MALE;
      if (FEMALE_WORDS.contains(w)) return FEMALE;
    }
    return UNKNOWN;
  }

  static boolean isGendered(Token t) {
    return ofPronoun(t.word()) != UNKNOWN;
  }
}
