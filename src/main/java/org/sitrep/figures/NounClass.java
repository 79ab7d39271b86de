package org.sitrep.figures;

import java.util.Locale;
import java.util.Map;

/**
 * The class of what a figure counts, from its head noun: troops, civilians, children, women,
 * people (a toll, the dead or wounded too), or the noun itself (singular) for anything else.
 * Losses are troops, unless the words say civilians.
 * Demonyms ("Palestinians") count people:
 * whose people they are is the subject's state, kept apart. Fighters are not troops: in a war story
 * they are as a rule the other side's ("23 soldiers and dozens of militia fighters had died").
 */
final class NounClass {
  private static final Map<String, String> CLASSES = Map.ofEntries(
      Map.entry("troops", "troops"), Map.entry("troop", "troops"), Map.entry("soldiers", "troops"),
      Map.entry("soldier", "troops"), Map.entry("servicemen", "troops"),
      Map.entry("serviceman", "troops"), Map.entry("personnel", "troops"),
      Map.entry("forces", "troops"),
      Map.entry("combatants", "troops"), Map.entry("conscripts", "troops"),
      Map.entry("mercenaries", "troops"), Map.entry("recruits", "troops"),
      Map.entry("members", "troops"), Map.entry("civilians", "civilians"),
      Map.entry("civilian", "civilians"), Map.entry("residents", "civilians"),
      Map.entry("noncombatants", "civilians"), Map.entry("children", "children"),
      Map.entry("child", "children"), Map.entry("kids", "children"), Map.entry("minors", "children"),
      Map.entry("women", "women"), Map.entry("people", "people"), Map.entry("persons", "people"),
      Map.entry("person", "people"), Map.entry("individuals", "people"),
      // a toll counts people: "the toll rose to 115" is the people killed
      Map.entry("toll", "people"), Map.entry("deaths", "people"), Map.entry("dead", "people"),
      Map.entry("fatalities", "people"), Map.entry("casualties", "people"), Map.entry("victims", "people"),
      Map.entry("injured", "people"), Map.entry("wounded", "people"), Map.entry("bodies", "people"));

  private NounClass() {}

  /** The class for a counted noun, falling back to the last word of the subject text. */
  static String of(String unit, String subjectText) {
    String noun = unit != null && !unit.isBlank() ? unit : lastWord(subjectText);
    if (noun == null) return "";
    String lower = noun.toLowerCase(Locale.ROOT);
    String known = CLASSES.get(lower);
    if (known != null) return known;
    // "North Korean losses", "Russia's losses": in a war story the losses a side counts are its
    // troops', unless the words say civilians
    if (lower.equals("losses") || lower.equals("loss")) {
      return subjectText != null && subjectText.toLowerCase(Locale.ROOT).contains("civilian") ? "civilians" : "troops";
    }
    if (Character.isUpperCase(noun.charAt(0)) && lower.endsWith("s")) return "people";
    return singular(lower);
  }

  private static String lastWord(String text) {
    if (text == null || text.isBlank()) return null;
    String[] words = text.strip().split("[\\s\\p{Punct}]+");
    return words.length == 0 ? null : words[words.length - 1];
  }

  private static String singular(String w) {
    if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) return w.substring(0, w.length() - 1);
    return w;
  }
}
