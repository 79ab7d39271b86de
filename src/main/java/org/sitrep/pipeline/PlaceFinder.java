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
import org.sitrep.nlp.Datelines;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;
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
    List<Place> capitals = new ArrayList<>();
    for (PlaceMatch m : gazetteer.match(doc.text())) {
      if (standsForGovernment(doc.text(), m, actors)) continue;
      PlaceEntry e = sharedRegionWord(doc.text(), m) ? region(m) : null;
      if (e == null) e = choose(m, countries);
      if (e == null) continue;
      Place p = place(m.text(), e, m.start(), m.end());
      out.add(p);
      if (e.capital()) capitals.add(p);
    }
    out.addAll(capitalsByRole(doc, actors, capitals));
    out.addAll(unlisted(doc.text(), actors, out));
    out.sort(java.util.Comparator.comparing(Place::start));
    out.addAll(countriesByRole(doc, out));
    out.sort(java.util.Comparator.comparing(Place::start));
    return out;
  }

  private static Place place(String text, PlaceEntry e, int start, int end) {
    String region = PlaceEntry.REGION.equals(e.kind()) ? e.name() : e.admin1();
    return new Place(text, e.name(), e.country(), region, e.lat(), e.lon(), e.kind(), start, end);
  }

  /**
   * A national capital named by its role alone, placed on the word "capital": "the Ukrainian
   * capital" and "Sudan's capital" are their country's; a bare "the capital" is the capital the
   * story named last, its dateline's included ("KYIV - ... debris fell across the capital"), and
   * nothing when it named none. Not "the regional capital", "capital markets", nor a capital named
   * right after its word ("the capital, Kyiv") or with "of" ("the capital of North Darfur").
   */
  private List<Place> capitalsByRole(AnnotatedText doc, ActorMentions actors, List<Place> named) {
    List<Place> out = new ArrayList<>();
    int dateline = Datelines.end(doc);
    PlaceEntry home = dateline > 0 ? capitalNamed(Datelines.place(doc.text().substring(0, dateline))) : null;
    for (Sentence s : doc.sentences()) {
      for (int i = 1; i < s.size(); i++) {
        Token t = s.token(i);
        if (!t.word().equals("capital") || !t.pos().equals("NN") || namedAfter(s, i)) continue;
        Token before = s.token(i - 1);
        PlaceEntry e = null;
        if (before.word().equalsIgnoreCase("the")) e = lastNamed(named, t.start(), home);
        else if (before.pos().equals("POS") && i >= 2) e = capitalOf(actors, s.token(i - 2));
        else if (i >= 2 && s.token(i - 2).word().equalsIgnoreCase("the")) e = capitalOf(actors, before);
        if (e != null) out.add(place(t.word(), e, t.start(), t.end()));
      }
    }
    return out;
  }

  /**
   * "the country" named by its role, placed on its word: the country the story's places (its
   * dateline's among them) named most often before it, the latest of a tie ("PORT-AU-PRINCE - ...
   * a mission with 1,000 officers in the country"), and nothing when it named none. Not "the
   * country director" nor "the country, Chad".
   */
  private List<Place> countriesByRole(AnnotatedText doc, List<Place> named) {
    List<Place> out = new ArrayList<>();
    int dateline = Datelines.end(doc);
    List<PlaceEntry> home = dateline > 0 ? gazetteer.lookup(Datelines.place(doc.text().substring(0, dateline)))
        : List.of();
    for (Sentence s : doc.sentences()) {
      for (int i = 1; i < s.size(); i++) {
        Token t = s.token(i);
        if (!t.word().equals("country") || !t.pos().equals("NN") || !s.token(i - 1).word().equalsIgnoreCase("the")
            || namedAfter(s, i) && !s.token(i + 1).word().equals("of")) {
          continue;
        }
        java.util.Map<String, Integer> votes = new java.util.HashMap<>();
        if (!home.isEmpty()) votes.put(home.get(0).country(), 1);
        String iso3 = home.isEmpty() ? null : home.get(0).country();
        for (Place p : named) {
          if (p.end() > t.start() || p.country() == null) continue;
          int n = votes.merge(p.country(), 1, Integer::sum);
          if (iso3 == null || n >= votes.get(iso3)) iso3 = p.country();
        }
        PlaceEntry e = iso3 == null ? null : gazetteer.country(iso3);
        if (e != null) out.add(place(t.word(), e, t.start(), t.end()));
      }
    }
    return out;
  }

  /** "the central Malian town of Boulkessi": a settlement named with its nation's adjective. */
  private static final Pattern UNLISTED_TOWN = Pattern.compile(
      "\\b(\\p{Lu}[\\p{L}-]+)\\s+(?:(?:border|mining|market|garrison|desert|coastal|frontline|front-line)\\s+)?"
          + "(?:town|village|city|hamlet|commune|settlement|port)\\s+of\\s+"
          + "(\\p{Lu}[\\p{L}'\u2019-]+(?:[\\s-]\\p{Lu}[\\p{L}'\u2019-]+){0,2})\\b");

  /**
   * Settlements the gazetteer does not list, named with their nation's adjective ("near the central
   * Malian town of Boulkessi"): a locality of that country, with no coordinates, at that name and
   * wherever the story names it again ("the attack in Boulkessi").
   */
  private static List<Place> unlisted(String text, ActorMentions actors, List<Place> listed) {
    List<Place> out = new ArrayList<>();
    java.util.regex.Matcher m = UNLISTED_TOWN.matcher(text);
    while (m.find()) {
      String iso3 = countryNamedAt(actors, m.start(1), m.end(1));
      if (iso3 == null || overlaps(listed, m.start(2), m.end(2)) || overlaps(out, m.start(2), m.end(2))) continue;
      String name = m.group(2);
      java.util.regex.Matcher again = Pattern.compile("\\b" + Pattern.quote(name) + "\\b").matcher(text);
      while (again.find()) {
        if (overlaps(listed, again.start(), again.end()) || overlaps(out, again.start(), again.end())) continue;
        out.add(new Place(name, name, iso3, null, null, null, PlaceEntry.LOCALITY, again.start(), again.end()));
      }
    }
    return out;
  }

  private static boolean overlaps(List<Place> places, int start, int end) {
    for (Place p : places) if (p.start() != null && p.start() < end && start < p.end()) return true;
    return false;
  }

  /** The country an adjective or name over a span names ("Malian"), or null. */
  private static String countryNamedAt(ActorMentions actors, int start, int end) {
    for (ResolvedMention m : actors.within(start, end)) {
      var a = actors.actor(m.actor());
      if (a != null && "country".equals(a.kind()) && a.country() != null) return a.country();
    }
    return null;
  }

  /** "the capital, Kyiv", "the capital Bamako", "the capital of North Darfur", "capital markets". */
  private static boolean namedAfter(Sentence s, int capital) {
    if (capital + 1 >= s.size()) return false;
    Token next = s.token(capital + 1);
    if (next.word().equals(",")) return capital + 2 < s.size() && s.token(capital + 2).isProperNoun();
    return next.word().equals("of") || next.isNoun() && !next.word().equals("city");
  }

  /** The capital named last before an offset, else the dateline's, as a gazetteer entry; null when none. */
  private PlaceEntry lastNamed(List<Place> capitals, int offset, PlaceEntry dateline) {
    Place last = null;
    for (Place p : capitals) if (p.end() <= offset) last = p;
    return last == null ? dateline : gazetteer.capital(last.country());
  }

  /** The national capital a name means first in the gazetteer ("KYIV"), or null. */
  private PlaceEntry capitalNamed(String name) {
    List<PlaceEntry> found = name.isEmpty() ? List.of() : gazetteer.lookup(name);
    return !found.isEmpty() && found.get(0).capital() ? found.get(0) : null;
  }

  /** The capital of the country a word names ("Ukrainian", the "Sudan" of "Sudan's"); null when none. */
  private PlaceEntry capitalOf(ActorMentions actors, Token word) {
    for (ResolvedMention m : actors.within(word.start(), word.end())) {
      var a = actors.actor(m.actor());
      if (a != null && "country".equals(a.kind()) && a.country() != null) return gazetteer.capital(a.country());
    }
    return null;
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
