package org.sitrep.actors;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.record.Actor;

/**
 * A person or body the catalog does not know takes the side its introduction names, for the rest
 * of the article (every later mention resolves to the same actor):
 * <ul>
 *   <li>a national or group modifier with a title before the name: "Iranian Foreign Minister X",
 *       "Nigerian junior foreign minister X", "Hamas commander X";
 *   <li>an apposition after it: "X, Turkey's defence minister,", "X, a Hamas commander,";
 *   <li>an "of" phrase: "King X of Morocco".
 * </ul>
 * The words between the side and the name must be title words (a role noun and its modifiers), so
 * that "Russia said X" gives X nothing.
 */
final class NationalModifiers {
  private static final Set<String> ROLES = Set.of(
      "president", "minister", "premier", "leader", "commander", "chief", "spokesman",
      "spokeswoman", "spokesperson", "general", "official", "ambassador", "envoy", "secretary",
      "king", "queen", "prince", "emir", "sheikh", "governor", "mayor", "colonel", "lieutenant",
      "major", "captain", "admiral", "marshal", "negotiator", "diplomat", "judge", "prosecutor",
      "lawmaker", "senator", "deputy", "member", "head", "chairman", "director", "officer",
      "militant", "fighter", "rebel", "activist", "politician", "cleric", "opposition", "adviser",
      "advisor", "representative", "counterpart", "mp", "gen.", "col.", "lt.", "maj.", "capt.");
  private static final Pattern TITLE_WORDS = Pattern.compile("\\s*(?:['’]s\\s+)?(?:[\\p{L}.-]+\\s+){0,5}");
  private static final Pattern APPOSITION = Pattern.compile("^,\\s+(?:a|an|the)?\\s*([^,.;()]{0,80}?)(?:,|\\.|;|$)");
  private static final Pattern OF = Pattern.compile("^\\s+of\\s+(?:the\\s+)?$");

  private NationalModifiers() {}

  static void apply(String text, List<ResolvedMention> mentions, Map<String, Actor> actors) {
    List<ResolvedMention> sorted = mentions.stream().sorted(java.util.Comparator.comparingInt(ResolvedMention::start)).toList();
    for (int i = 0; i < sorted.size(); i++) {
      ResolvedMention m = sorted.get(i);
      Actor a = actors.get(m.actor());
      if (a == null || a.country() != null || a.affiliation() != null || !m.finder().equals(ActorFinder.NER)) continue;
      Actor side = i > 0 ? before(text, sorted.get(i - 1), m, actors) : null;
      if (side == null && i + 1 < sorted.size()) side = after(text, m, sorted.get(i + 1), actors);
      if (side != null) actors.put(a.id(), new Actor(a.id(), a.name(), a.kind(), countryOf(side), side.id(), List.of()));
    }
  }

  /** "Iranian Foreign Minister X", "Hamas commander X", "Turkey's defence minister X". */
  private static Actor before(String text, ResolvedMention prev, ResolvedMention m, Map<String, Actor> actors) {
    if (prev.end() > m.start()) return null;
    String gap = text.substring(prev.end(), m.start());
    if (!TITLE_WORDS.matcher(gap).matches() || !hasRole(gap)) return null;
    return sideOf(prev, actors);
  }

  /** "X, Turkey's defence minister," and "King X of Morocco". */
  private static Actor after(String text, ResolvedMention m, ResolvedMention next, Map<String, Actor> actors) {
    if (next.start() < m.end()) return null;
    String gap = text.substring(m.end(), next.start());
    if (OF.matcher(gap).matches()) return sideOf(next, actors);
    var ap = APPOSITION.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 120)));
    if (!ap.find()) return null;
    int phraseEnd = m.end() + ap.end(1);
    if (next.end() > phraseEnd || !hasRole(ap.group(1))) return null;
    return sideOf(next, actors);
  }

  private static boolean hasRole(String words) {
    for (String w : words.toLowerCase(java.util.Locale.ROOT).split("[\\s,]+")) if (ROLES.contains(w)) return true;
    return false;
  }

  /** The country, armed group or international body a mention stands for, or null for a person. */
  private static Actor sideOf(ResolvedMention m, Map<String, Actor> actors) {
    Actor a = actors.get(m.actor());
    if (a == null || "person".equals(a.kind())) return null;
    if (a.affiliation() != null && actors.containsKey(a.affiliation()) && !"armed_group".equals(a.kind())) {
      return actors.get(a.affiliation());
    }
    return a.country() != null || "international".equals(a.kind()) || "armed_group".equals(a.kind()) ? a : null;
  }

  private static String countryOf(Actor side) {
    return "country".equals(side.kind()) ? side.id() : side.country();
  }
}
