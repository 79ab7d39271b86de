package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Corrects the tagger where war news trips it: weapon nouns read as verbs ("a drone hit the
 * terminal", "drone strikes", "rocket attacks"), which then send the parser astray. Runs on the
 * tags before the parser sees them, so every finder and the parse agree.
 */
final class WeaponTags {
  /** Weapons whose verb reading is rare in the news: a noun unless "to" or a modal comes first. */
  private static final Set<String> NOUNS = Set.of("drone", "drones", "missile", "missiles", "rocket",
      "rockets", "mortar", "mortars");
  /** "shell" is a verb too ("forces shell the town"): a noun only after a determiner or modifier. */
  private static final Set<String> SHELLS = Set.of("shell", "shells");
  private static final Set<String> NOUN_CONTEXT = Set.of("DT", "JJ", "JJR", "JJS", "CD", "PRP$",
      "POS", "IN");

  private WeaponTags() {}

  static void fix(List<CoreLabel> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      CoreLabel t = tokens.get(i);
      if (t.tag() == null || !t.tag().startsWith("VB")) continue;
      String word = t.word().toLowerCase(Locale.ROOT);
      String before = i == 0 ? "" : tokens.get(i - 1).tag();
      boolean noun = NOUNS.contains(word) ? !before.equals("TO") && !before.equals("MD")
          : SHELLS.contains(word) && NOUN_CONTEXT.contains(before);
      if (noun) t.setTag(word.endsWith("s") ? "NNS" : "NN");
    }
  }
}
