package org.sitrep.actors;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A term of office: who held which office for which state or body, from when until when.
 *
 * @param office a canonical office name (see {@link #normalize})
 * @param of ISO alpha-3 of the state, or the id of the body
 * @param from first day in office, or null when unknown
 * @param to first day out of office, or null while still in office or unknown
 * @param title the title as written, e.g. "Secretary of State" or "Acting President", or null
 */
public record Office(
    String person, String office, String of, LocalDate from, LocalDate to, String title) {

  /** Offices tried, in this order, for a generic "leader" or "chief" of a state or body. */
  static final List<String> HEAD = List.of(
      "leader", "supreme leader", "chancellor", "president", "prime minister",
      "secretary general", "director general", "high representative", "emir", "king");

  private static final Map<String, String> CANONICAL = Map.ofEntries(
      Map.entry("premier", "prime minister"),
      Map.entry("pm", "prime minister"),
      Map.entry("head of state", "president"),
      Map.entry("foreign secretary", "foreign minister"),
      Map.entry("secretary of state", "foreign minister"),
      Map.entry("foreign affairs minister", "foreign minister"),
      Map.entry("minister of foreign affairs", "foreign minister"),
      Map.entry("top diplomat", "foreign minister"),
      Map.entry("defense minister", "defence minister"),
      Map.entry("defence secretary", "defence minister"),
      Map.entry("defense secretary", "defence minister"),
      Map.entry("secretary of defense", "defence minister"),
      Map.entry("secretary of war", "defence minister"),
      Map.entry("war secretary", "defence minister"),
      Map.entry("minister of defence", "defence minister"),
      Map.entry("minister of defense", "defence minister"),
      Map.entry("secretary-general", "secretary general"),
      Map.entry("director-general", "director general"),
      Map.entry("spokesman", "spokesperson"),
      Map.entry("spokeswoman", "spokesperson"),
      Map.entry("spokesperson", "spokesperson"),
      Map.entry("chief", "leader"),
      Map.entry("head", "leader"),
      Map.entry("foreign policy chief", "high representative"));

  /** Maps a title as written ("Defense Secretary", "NATO chief" minus the body) to a canonical office. */
  public static String normalize(String title) {
    String t = title.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    if (t.startsWith("the ")) t = t.substring(4);
    if (t.startsWith("acting ")) t = t.substring(7);
    return CANONICAL.getOrDefault(t, t);
  }

  /** True when this term covers the date (from inclusive, to exclusive; open ends cover all). */
  public boolean covers(LocalDate date) {
    return (from == null || !date.isBefore(from)) && (to == null || date.isBefore(to));
  }
}
