package org.sitrep.actors;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.sitrep.nlp.AnnotatedText;
import org.sitrep.nlp.Datelines;
import org.sitrep.nlp.EntityMention;
import org.sitrep.nlp.Sentence;
import org.sitrep.record.Actor;

/**
 * Where a story is told from and where it happens, for the bare bodies of {@link RoleNouns}:
 * <ul>
 *   <li>the <em>dateline state</em>: the state the dateline names ("KYIV, Aug 12 (Wire) -"), by its
 *       name, its capital or a town the gazetteer knows;
 *   <li>the <em>lead's states</em>: those whose places the story's first sentence names, by a
 *       state's name or capital after a word of place ("in Ukraine", "attacked Kyiv"), or a place
 *       the NER finds and the gazetteer knows ("in the Lviv region"). A demonym ("Israeli
 *       strikes") or a state as the one who acts ("Russia has lost ...") names a side, not a place.
 * </ul>
 * A story is told <em>at home</em> when it has a dateline state and its lead names no place, or
 * names that state or a place in it ("KYIV - Russia fired 240 drones at Ukraine"). A story from
 * one state about another ("CAIRO - Israeli strikes killed 30 people in Gaza") is not; its
 * <em>theatre</em> is the one state its lead places it in, if only one. The dateline state is a
 * <em>party</em> to the story when the lead names it in any way, demonyms and its bodies included
 * ("TAIPEI - Taiwan detected 27 Chinese aircraft", "MOSCOW - Russian forces took a village in
 * Ukraine"). A story from a bureau abroad that never names the bureau's state again, and whose
 * lead names one state only, is that state's ("BANGKOK - Myanmar's ruling junta said ...").
 *
 * @param dateline the dateline's state (ISO alpha-3), or null
 * @param places the states the lead places the story in, in order
 * @param parties the states the lead names, or whose people or bodies it names
 * @param datelineNamed whether the story names the dateline's state, its people or its bodies
 *     anywhere after the dateline
 */
record StoryHome(String dateline, Set<String> places, Set<String> parties, boolean datelineNamed) {
  /**
   * The state whose home bodies (police, health ministry) the story's bare ones are: the
   * dateline's when the story is told at home, else the one state the lead places it in, else
   * null; null without a dateline.
   */
  String homeState() {
    if (dateline == null) return null;
    if (atHome()) return dateline;
    return places.size() == 1 ? places.iterator().next() : null;
  }

  /** Whether the lead places the story nowhere, or in the dateline's state among others. */
  private boolean atHome() {
    return places.isEmpty() || places.contains(dateline);
  }

  /**
   * The state whose forces, defence ministry and government the story's bare ones are: the
   * dateline's when the story is told at home or the dateline state is a party to it; else, when
   * the story never names the dateline's state again and the lead names one state only, in any
   * way, that state ("DAKAR - Gunmen attacked ... in Mali's capital Bamako ... The junta said");
   * else null.
   */
  String partyState() {
    if (dateline == null) return null;
    if (atHome() || parties.contains(dateline)) return dateline;
    return !datelineNamed && parties.size() == 1 ? parties.iterator().next() : null;
  }

  static StoryHome of(AnnotatedText doc, List<ResolvedMention> mentions, Map<String, Actor> actors,
      Function<String, String> placeCountry) {
    int end = Datelines.end(doc);
    String state = end > 0 ? datelineState(mentions, actors, placeCountry, doc.text().substring(0, end), end) : null;
    Sentence lead = state == null ? null : lead(doc, end);
    if (lead == null) return new StoryHome(state, Set.of(), Set.of(), false);
    int from = Math.max(lead.start(), end);
    Set<String> places = places(doc, from, lead.end(), mentions, actors, placeCountry);
    Set<String> parties = new LinkedHashSet<>(places);
    for (ResolvedMention r : mentions) {
      Actor a = actors.get(r.actor());
      if (r.start() < from || r.end() > lead.end() || a == null) continue;
      String side = "country".equals(a.kind()) ? a.id() : a.country();
      if (side != null) parties.add(side);
    }
    return new StoryHome(state, places, parties, named(mentions, actors, state, end));
  }

  /** Whether a state, its people or its bodies are named after an offset. */
  private static boolean named(List<ResolvedMention> mentions, Map<String, Actor> actors, String state, int after) {
    for (ResolvedMention r : mentions) {
      Actor a = actors.get(r.actor());
      if (r.start() >= after && a != null && (state.equals(a.id()) || state.equals(a.country()))) return true;
    }
    return false;
  }

  /** The state a dateline names by a state's name or capital, else by a town the gazetteer knows; or null. */
  private static String datelineState(List<ResolvedMention> mentions, Map<String, Actor> actors,
      Function<String, String> placeCountry, String dateline, int end) {
    for (ResolvedMention r : mentions) {
      Actor a = actors.get(r.actor());
      if (r.end() <= end && a != null && "country".equals(a.kind())) return a.id();
    }
    return placeCountry.apply(Datelines.place(dateline));
  }

  /** The first sentence that ends after the dateline. */
  private static Sentence lead(AnnotatedText doc, int after) {
    for (Sentence s : doc.sentences()) {
      if (s.end() > after && !doc.text().substring(Math.max(s.start(), after), s.end()).isBlank()) return s;
    }
    return null;
  }

  /** The states of the places named in [from, to), in the order named. */
  private static Set<String> places(AnnotatedText doc, int from, int to, List<ResolvedMention> mentions,
      Map<String, Actor> actors, Function<String, String> placeCountry) {
    Set<String> states = new LinkedHashSet<>();
    for (Placed p : placed(doc, from, to, mentions, actors, placeCountry)) states.add(p.state());
    return states;
  }

  /**
   * The state of the latest place named before an offset, within {@link RoleNouns#REACH} ("... in
   * Gaza City, the territory's"), or null.
   */
  static String lastPlace(AnnotatedText doc, int before, List<ResolvedMention> mentions, Map<String, Actor> actors,
      Function<String, String> placeCountry) {
    List<Placed> all = placed(doc, Math.max(0, before - RoleNouns.REACH), before, mentions, actors, placeCountry);
    return all.isEmpty() ? null : all.get(all.size() - 1).state();
  }

  private record Placed(int start, String state) {}

  /** Words before a state's name that make it a place: "in", "at", "across the", "attacked". */
  private static final java.util.regex.Pattern LOCATIVE = java.util.regex.Pattern.compile(
      "(?i)\\b(?:in|at|on|into|onto|across|over|near|inside|throughout|towards?|against|from|of|"
          + "attack(?:ed|ing)?|struck|hit|shelled|invaded|entered)\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s?(?:'s|\u2019s)\\s+)?$");

  /**
   * The places named in [from, to), by start: a state by its name or capital (not by a demonym),
   * or a place the NER finds and the gazetteer knows.
   */
  private static List<Placed> placed(AnnotatedText doc, int from, int to, List<ResolvedMention> mentions,
      Map<String, Actor> actors, Function<String, String> placeCountry) {
    List<Placed> out = new java.util.ArrayList<>();
    for (ResolvedMention r : mentions) {
      if (r.start() < from || r.end() > to) continue;
      Actor a = actors.get(r.actor());
      // "Russia has lost ..." names a side; "attacked Ukraine", "in Ukraine" a place
      if (a != null && "country".equals(a.kind()) && !r.finder().endsWith(CatalogEntry.How.DEMONYM.label())
          && LOCATIVE.matcher(doc.text().substring(Math.max(from, r.start() - 24), r.start())).find()) {
        out.add(new Placed(r.start(), a.id()));
      }
    }
    for (EntityMention e : doc.entities()) {
      if (!"LOCATION".equals(e.type()) || e.start() < from || e.end() > to
          || ActorFinder.overlaps(mentions, e.start(), e.end())) {
        continue;
      }
      String state = placeCountry.apply(e.text());
      if (state != null) out.add(new Placed(e.start(), state));
    }
    out.sort(java.util.Comparator.comparingInt(Placed::start));
    return out;
  }
}
