package org.sitrep.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.actors.ActorMentions;
import org.sitrep.actors.ResolvedMention;
import org.sitrep.claims.ClaimFinder;
import org.sitrep.nlp.AnnotatedText;
import org.sitrep.places.Gazetteer;
import org.sitrep.places.PlaceEntry;
import org.sitrep.places.PlaceMatch;
import org.sitrep.record.Place;

/**
 * The places of an article, from the gazetteer, resolved in context:
 * <ol>
 *   <li>a capital or building standing for its government ("Moscow said", "the Kremlin") is an
 *       actor, not a place, unless a locative preposition comes right before it ("in Moscow") or
 *       it is what an attack hit ("missiles struck Kyiv", "the strike on Kyiv"), or it is named as
 *       the capital ("Mali's capital Bamako");
 *   <li>of several places with one name, a region when a plural type word follows the names it
 *       shares ("the Belgorod and Kursk regions"), else the one in a country the article names,
 *       then the gazetteer's own ranking (precision, population).
 * </ol>
 */
final class PlaceFinder {
  private static final Pattern LOCATIVE_BEFORE = Pattern.compile(
      "(?i)\\b(?:in|at|near|outside|to|from|into|across|around|over|towards?|of)\\s+(?:the\\s+)?$"
          // "Mali's capital Bamako", "the capital, Kyiv": a capital named as the capital is a place
          + "|\\bcapital,?\\s+$");
  private static final int LOOKBEHIND = 30;

  private final Gazetteer gazetteer;

  PlaceFinder(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  List<Place> find(AnnotatedText doc, ActorMentions actors) {
    Set<String> countries = countriesNamed(actors);
    List<Place> out = new ArrayList<>();
    for (PlaceMatch m : gazetteer.match(doc.text())) {
      if (standsForGovernment(doc.text(), m, actors)) continue;
      PlaceEntry e = sharedRegionWord(doc.text(), m) ? region(m) : null;
      if (e == null) e = choose(m, countries);
      if (e == null) continue;
      String region = PlaceEntry.REGION.equals(e.kind()) ? e.name() : e.admin1();
      out.add(new Place(m.text(), e.name(), e.country(), region, e.lat(), e.lon(), e.kind(), m.start(), m.end()));
    }
    return out;
  }

  private static boolean standsForGovernment(String text, PlaceMatch m, ActorMentions actors) {
    for (ResolvedMention a : actors.within(m.start(), m.end())) {
      boolean metonym = a.finder().endsWith(".capital") || a.finder().endsWith(".building");
      String before = text.substring(Math.max(0, m.start() - LOOKBEHIND), m.start());
      if (metonym && !LOCATIVE_BEFORE.matcher(before).find() && !ClaimFinder.ATTACKED_BEFORE.matcher(before).find()) {
        return true;
      }
    }
    return false;
  }

  /** "the Belgorod and Kursk regions": names that share a plural type word after the last of them. */
  private static final Pattern PLURAL_TYPE = Pattern.compile(
      "^(?:\\s*(?:,|and|&)?\\s*\\p{Lu}[\\p{L}'’-]*)*\\s+(?:regions|provinces|oblasts|governorates|states)\\b");

  private static boolean sharedRegionWord(String text, PlaceMatch m) {
    return PLURAL_TYPE.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 80))).find();
  }

  /** The match's region candidate, or null when it names none. */
  private static PlaceEntry region(PlaceMatch m) {
    for (PlaceEntry c : m.candidates()) if (PlaceEntry.REGION.equals(c.kind())) return c;
    return null;
  }

  private static PlaceEntry choose(PlaceMatch m, Set<String> countries) {
    for (PlaceEntry c : m.candidates()) if (countries.contains(c.country())) return c;
    return m.best();
  }

  private static Set<String> countriesNamed(ActorMentions actors) {
    Set<String> out = new HashSet<>();
    for (ResolvedMention m : actors.mentions()) {
      String state = actors.stateOf(m.actor());
      var a = actors.actor(state);
      if (a != null && a.country() != null) out.add(a.country());
    }
    return out;
  }
}
