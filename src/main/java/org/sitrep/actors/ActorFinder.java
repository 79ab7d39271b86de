package org.sitrep.actors;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.nlp.AnnotatedText;
import org.sitrep.nlp.EntityMention;
import org.sitrep.record.Actor;

/**
 * Finds the actors of an article, in a cascade where earlier finders claim their spans first:
 * <ol>
 *   <li>catalog names: countries, demonyms, capitals, buildings, bodies, groups and people;
 *   <li>titles without a name ("the South Korean president"), through the office holders on the
 *       article's date ({@link Offices});
 *   <li>"his country": the country of the person the pronoun refers to;
 *   <li>people and organisations the NER model finds and the catalog does not know; a later
 *       surname alone ("Lysak") is the person named earlier;
 *   <li>the side such a person or body is introduced with ("Iranian Foreign Minister X", "X, a
 *       Hamas commander"), kept for the rest of the article ({@link NationalModifiers});
 *   <li>"its forces", "their foreign ministry", "his army": the body of that type of the state the
 *       pronoun refers to;
 *   <li>"the ministry", "the group", "the army": the actor of that role already in the story
 *       ({@link RoleNouns}).
 * </ol>
 */
public final class ActorFinder {
  static final String CATALOG = "actors.catalog.";
  static final String NER = "actors.ner";
  static final String SURNAME = "actors.surname";
  static final String POSSESSIVE = "actors.his-country";
  static final String POSSESSIVE_BODY = "actors.possessive-body";
  /** Kinds of actor whose "its"/"his" body is their state's, unlike armed groups, parties and international bodies. */
  private static final java.util.Set<String> STATE_SIDE = java.util.Set.of("country", "organization", "person");
  private static final java.util.regex.Pattern POSSESSOR = java.util.regex.Pattern.compile(
      "(?i)\\b(its|their|his|her|the (?:country|island|nation|kingdom|republic|territory|enclave)['’]s)\\s+$");
  /** "the territory's", "the enclave's": a place, not a state, so the state of the place named last. */
  private static final java.util.regex.Pattern TERRITORY = java.util.regex.Pattern.compile(
      "(?i)the (?:territory|enclave)['’]s");

  private final Catalog catalog;
  private final java.util.function.Predicate<String> placeName;
  private final java.util.function.Function<String, String> placeCountry;

  public ActorFinder(Catalog catalog) {
    this(catalog, name -> false, name -> null);
  }

  /** {@code placeName} tells a known place name ("El Obeid"), which the NER may take for a person. */
  public ActorFinder(Catalog catalog, java.util.function.Predicate<String> placeName) {
    this(catalog, placeName, name -> null);
  }

  /**
   * {@code placeName} tells a known place name ("El Obeid"), which the NER may take for a person;
   * {@code placeCountry} the state a place name most likely lies in ("Kharkiv": UKR), or null.
   */
  public ActorFinder(Catalog catalog, java.util.function.Predicate<String> placeName,
      java.util.function.Function<String, String> placeCountry) {
    this.catalog = catalog;
    this.placeName = placeName;
    this.placeCountry = placeCountry;
  }

  public ActorMentions find(AnnotatedText doc, LocalDate date) {
    Map<String, Actor> actors = new LinkedHashMap<>();
    List<ResolvedMention> mentions = new ArrayList<>();
    ResolvedMention last = null;
    List<CatalogMatch> bodyTypes = new ArrayList<>();
    Map<Integer, String> namedFor = new java.util.HashMap<>();
    for (CatalogMatch m : catalog.match(doc.text())) {
      if (m.entry().isTemplate()) bodyTypes.add(m);
      CatalogEntry e = choose(m, actors, doc);
      if (e == null || e.isTemplate() || ethnic(doc.text(), m, last) || anotherPerson(doc, m)
          || namesakeNamedBefore(doc, m, e, actors) || wordNotName(doc, m, e, actors)
          || namesAPlace(doc.text(), m, e)) continue;
      if (insideOrganisation(doc, m, e)) {
        namedFor.put(m.start(), e.id());
        continue;
      }
      register(actors, e);
      last = new ResolvedMention(m.start(), m.end(), m.text(), e.id(), CATALOG + m.how().label());
      mentions.add(last);
    }
    new Offices(catalog, date).find(doc, mentions, actors);
    hisCountry(doc, mentions, actors);
    nerEntities(doc, mentions, actors, namedFor);
    NationalModifiers.apply(doc.text(), mentions, actors);
    possessiveBodies(doc, bodyTypes, mentions, actors);
    RoleNouns.resolve(doc, catalog, bodyTypes, mentions, actors, placeCountry);
    // "The group's spokesman said its forces ...": "its" may stand for a role noun resolved just now
    possessiveBodies(doc, bodyTypes, mentions, actors);
    return new ActorMentions(mentions, actors, doc);
  }

  /**
   * "It said its forces struck ...": a body type named only through a possessive pronoun is that
   * body of the state the pronoun refers to (by {@link Pronouns}), "the island's defence
   * ministry" ("the country's", "the kingdom's") that of the state named last, and "the
   * territory's health ministry" ("the enclave's") that of the place named last, since a demonym
   * before it may be the other side's ("Israeli strikes killed 30 people in Gaza City, the
   * territory's health ministry said"); the mention spans pronoun and noun. The forces of an armed group, a party or an international body ("their fighters") are
   * that actor itself; its other body types ("its foreign ministry") are left alone, as is a pronoun
   * that refers to nothing.
   */
  private void possessiveBodies(AnnotatedText doc, List<CatalogMatch> bodyTypes, List<ResolvedMention> mentions,
      Map<String, Actor> actors) {
    String text = doc.text();
    for (CatalogMatch m : bodyTypes) {
      var p = POSSESSOR.matcher(text.substring(Math.max(0, m.start() - 20), m.start()));
      if (!p.find()) continue;
      int start = m.start() - (p.end() - p.start());
      if (overlaps(mentions, start, m.end())) continue;
      ActorMentions known = new ActorMentions(mentions, actors, doc);
      // "the island's defence ministry": the state named last before it
      if (TERRITORY.matcher(p.group(1)).matches()) {
        String state = StoryHome.lastPlace(doc, start, mentions, actors, placeCountry);
        CatalogEntry body = state == null ? null : catalog.body(m.entry().id(), state);
        if (body == null) continue;
        register(actors, body);
        mentions.add(new ResolvedMention(start, m.end(), text.substring(start, m.end()), body.id(), POSSESSIVE_BODY));
        continue;
      }
      ResolvedMention named = p.group(1).toLowerCase(Locale.ROOT).startsWith("the ")
          ? known.before(start, a -> a != null && "country".equals(a.kind())) : null;
      String who = named != null ? named.actor()
          : p.group(1).toLowerCase(Locale.ROOT).startsWith("the ") ? null
          : Pronouns.resolve(p.group(1), start, known);
      Actor a = who == null ? null : actors.get(who);
      if (a == null) continue;
      String id;
      if (STATE_SIDE.contains(a.kind())) {
        String state = a.kind().equals("country") ? a.id() : a.country();
        CatalogEntry body = state == null ? null : catalog.body(m.entry().id(), state);
        if (body == null) continue;
        register(actors, body);
        id = body.id();
      } else if ("MIL".equals(m.entry().sector())) {
        id = a.id(); // an armed group's or an alliance's own fighters are the group itself
      } else {
        continue;
      }
      mentions.add(new ResolvedMention(start, m.end(), text.substring(start, m.end()), id, POSSESSIVE_BODY));
    }
  }

  private static final java.util.regex.Pattern ETHNIC = java.util.regex.Pattern.compile("(?i)\\bethnic\\s+$");

  /**
   * A demonym that names an ethnic group rather than a state's people: "ethnic Albanians", or the
   * second of two ("Bosnian Serbs", "Iraqi Kurds" live in Bosnia and Iraq).
   */
  private static boolean ethnic(String text, CatalogMatch m, ResolvedMention last) {
    if (m.how() != CatalogEntry.How.DEMONYM) return false;
    if (ETHNIC.matcher(text.substring(Math.max(0, m.start() - 10), m.start())).find()) return true;
    return last != null && last.finder().equals(CATALOG + CatalogEntry.How.DEMONYM.label())
        && last.end() <= m.start() && text.substring(last.end(), m.start()).isBlank();
  }

  /** The entry a match means: for a shared surname, the candidate already named in the article. */
  private static CatalogEntry choose(CatalogMatch m, Map<String, Actor> seen, AnnotatedText doc) {
    boolean shared = m.candidates().size() > 1;
    boolean oneSideSurname = shared && m.how() == CatalogEntry.How.SURNAME && oneSide(m.candidates());
    if (m.ambiguous() && !oneSideSurname && isPersonByNer(doc, m.start(), m.end())) return null;
    if (!shared) return m.entry();
    for (CatalogEntry c : m.candidates()) if (seen.containsKey(c.id())) return c;
    // "Congo's government ... the Congolese government": the body of the state already named
    if (m.how() == CatalogEntry.How.BODY) {
      for (CatalogEntry c : m.candidates()) if (c.country() != null && seen.containsKey(c.country())) return c;
    }
    return m.how() == CatalogEntry.How.SURNAME && !oneSideSurname ? null : m.entry();
  }

  /**
   * Whether every candidate of a shared surname acts for the same side ("President Bush" is one of
   * two US presidents): the first stands for them, since which one it is does not change the side.
   */
  private static boolean oneSide(List<CatalogEntry> candidates) {
    String side = candidates.get(0).affiliation();
    return side != null && candidates.stream().allMatch(c -> side.equals(c.affiliation()));
  }

  /**
   * "Hamas spokesman Hazem Qassem" is not Naim Qassem, nor "Lee Seong-kweun" Lee Ju-ho: a surname
   * the catalog knows, inside a longer person's name (given name before it, or after it where the
   * family name comes first), belongs to someone else of that name.
   */
  private static boolean anotherPerson(AnnotatedText doc, CatalogMatch m) {
    if (m.how() != CatalogEntry.How.SURNAME) return false;
    for (EntityMention e : doc.entities()) {
      boolean longer = e.start() < m.start() || m.end() < e.end();
      if (e.type().equals("PERSON") && e.start() <= m.start() && m.end() <= e.end() && longer) return true;
    }
    return false;
  }

  /**
   * "Lee Seong-kweun, who sits on the committee, told reporters ... 'Quote,' Lee said": a surname
   * alone, for a person of the catalog not yet named in the article, is the person the article
   * named before by a longer name holding that surname (first or last), not the catalog's.
   */
  private static boolean namesakeNamedBefore(AnnotatedText doc, CatalogMatch m, CatalogEntry e,
      Map<String, Actor> seen) {
    if (m.how() != CatalogEntry.How.SURNAME || seen.containsKey(e.id())) return false;
    String surname = m.text().toLowerCase(Locale.ROOT);
    for (EntityMention p : doc.entities()) {
      if (!p.type().equals("PERSON") || p.end() > m.start()) continue;
      String[] words = p.text().toLowerCase(Locale.ROOT).split("\\s+");
      boolean holds = words.length > 1 && (words[0].equals(surname) || words[words.length - 1].equals(surname));
      boolean catalogs = e.aliases().stream().anyMatch(a -> a.text().equalsIgnoreCase(p.text()));
      if (holds && !catalogs) return true;
    }
    return false;
  }

  /** Words of an organisation's name that make it a body of its state: "the Ukraine Air Force", "Department of Justice". */
  private static final java.util.Set<String> STATE_BODIES = java.util.Set.of("ministry", "army", "forces", "force",
      "government", "police", "navy", "military", "guard", "guards", "parliament", "assembly", "council",
      "embassy", "cabinet", "presidency", "court", "service", "services", "command", "agency", "authority",
      "administration", "office", "intelligence", "corps", "department", "mission", "delegation");

  /**
   * "the Sudan Doctors Network": a country's name opening an organisation's longer name (by the
   * NER) with no word of a state body in it names the organisation, not the state; the
   * organisation is of that state.
   */
  private static boolean insideOrganisation(AnnotatedText doc, CatalogMatch m, CatalogEntry e) {
    if (!"country".equals(e.kind())) return false;
    for (EntityMention o : doc.entities()) {
      if (!o.type().equals("ORGANIZATION") || o.start() != m.start() || o.end() <= m.end()) continue;
      String[] words = o.text().split("\\s+");
      return words.length > 1
          && java.util.Arrays.stream(words).noneMatch(w -> STATE_BODIES.contains(w.toLowerCase(Locale.ROOT)));
    }
    return false;
  }

  /**
   * "No civilians were killed" does not name North Korea's No Kwang-chol: a surname alone, for a
   * person not yet named in the article, is that person only where the NER also takes it for one.
   */
  private static boolean wordNotName(AnnotatedText doc, CatalogMatch m, CatalogEntry e, Map<String, Actor> seen) {
    return m.how() == CatalogEntry.How.SURNAME && !seen.containsKey(e.id())
        && !isPersonByNer(doc, m.start(), m.end());
  }

  /** A country's name or demonym that opens a facility's proper name: "the Indonesian Hospital". */
  private static final java.util.regex.Pattern FACILITY_NAME = java.util.regex.Pattern.compile(
      "^(?:\\s+\\p{Lu}[\\p{L}-]*){0,2}?\\s+(?:Hospital|Clinic|Medical\\s+Cent(?:er|re)|University|College|School|Airport"
          + "|Airlines|Airways|Street|Avenue|Square|Mosque|Church|Cathedral|Hotel|Museum|Stadium|Bridge|Camp)\\b");

  /**
   * "a medical source at the Saudi Hospital", "the Indonesian Hospital in northern Gaza", "the
   * Jordanian Field Hospital": a country word that opens the capitalised name of a building or a
   * place names that place, not the state (a hospital in Saudi Arabia is "a Saudi hospital").
   */
  private static boolean namesAPlace(String text, CatalogMatch m, CatalogEntry e) {
    boolean countryWord = m.how() == CatalogEntry.How.DEMONYM || m.how() == CatalogEntry.How.NAME;
    if (!"country".equals(e.kind()) || !countryWord) return false;
    return FACILITY_NAME.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 60))).find();
  }

  private static boolean isPersonByNer(AnnotatedText doc, int start, int end) {
    for (EntityMention e : doc.entities()) {
      if (e.start() <= start && end <= e.end() && e.type().equals("PERSON")) return true;
    }
    return false;
  }

  static void register(Map<String, Actor> actors, CatalogEntry e) {
    actors.putIfAbsent(e.id(), new Actor(e.id(), e.name(), e.kind(), e.country(), e.affiliation(), List.of()));
  }

  private void hisCountry(AnnotatedText doc, List<ResolvedMention> mentions, Map<String, Actor> actors) {
    var m = java.util.regex.Pattern.compile("\\b(?:his|her|His|Her) country\\b").matcher(doc.text());
    while (m.find()) {
      String person = Pronouns.resolve("his", m.start(), new ActorMentions(mentions, actors, doc));
      Actor p = person == null ? null : actors.get(person);
      if (p == null || p.country() == null || overlaps(mentions, m.start(), m.end())) continue;
      CatalogEntry country = catalog.byId(p.country());
      if (country == null) continue;
      register(actors, country);
      mentions.add(new ResolvedMention(m.start(), m.end(), m.group(), country.id(), POSSESSIVE));
    }
  }

  /**
   * People and organisations the NER finds; {@code namedFor} gives the state whose name opens an
   * organisation's name, by the offset of its start ("the Sudan Doctors Network" is Sudanese).
   */
  private void nerEntities(AnnotatedText doc, List<ResolvedMention> mentions, Map<String, Actor> actors,
      Map<Integer, String> namedFor) {
    for (EntityMention e : doc.entities()) {
      boolean person = e.type().equals("PERSON");
      if (!person && !e.type().equals("ORGANIZATION")) continue;
      if (overlaps(mentions, e.start(), e.end()) || Pronouns.isPronoun(e.text()) || modifiesNoun(doc, e)) continue;
      if (placeTakenForActor(doc, e) || calledAPlace(doc, e)) continue;
      String earlier = person ? earlierPerson(e.text(), actors) : null;
      if (earlier != null) {
        mentions.add(new ResolvedMention(e.start(), e.end(), e.text(), earlier, SURNAME));
        continue;
      }
      String id = slug(e.text());
      if (id.isEmpty()) continue;
      actors.putIfAbsent(id, new Actor(id, e.text(), person ? "person" : "organization", namedFor.get(e.start()), null, List.of()));
      mentions.add(new ResolvedMention(e.start(), e.end(), e.text(), id, NER));
    }
  }

  private static final java.util.Set<String> TOWARDS = java.util.Set.of("in", "to", "towards", "toward",
      "from", "near", "into", "outside", "around");

  /**
   * "fled towards El Obeid": a PERSON or ORGANIZATION the gazetteer knows as a place, when it is more than one word
   * or comes after a preposition of place; a one-word name alone may be a person ("Florence").
   */
  private boolean placeTakenForActor(AnnotatedText doc, EntityMention e) {
    if (!placeName.test(e.text())) return false;
    if (e.text().strip().contains(" ")) return true;
    var s = doc.sentences().get(e.sentence());
    return e.firstToken() > 0 && TOWARDS.contains(s.token(e.firstToken() - 1).word().toLowerCase(java.util.Locale.ROOT));
  }

  private static final java.util.Set<String> SETTLEMENTS = java.util.Set.of("town", "city", "village", "district",
      "province", "region", "port", "county", "camp", "municipality", "suburb", "neighbourhood", "neighborhood",
      // "a resident of Djibo", "the outskirts of Siversk", "the mayor of Goma": nouns of a place's own
      "resident", "residents", "inhabitant", "inhabitants", "outskirts", "mayor");

  /**
   * "around the town of Sake", "a resident of Djibo": a name a place noun's "of" gives is a place's,
   * whatever the NER took it for.
   */
  private static boolean calledAPlace(AnnotatedText doc, EntityMention e) {
    var s = doc.sentences().get(e.sentence());
    int of = e.firstToken() - 1;
    return of > 0 && s.token(of).word().equalsIgnoreCase("of")
        && SETTLEMENTS.contains(s.token(of - 1).word().toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * "Iskander missiles", "Shahed drones": a one-word name before a common noun names a thing; any
   * name before a place noun ("the Abu Shouk camp") names a place.
   */
  private static boolean modifiesNoun(AnnotatedText doc, EntityMention e) {
    var s = doc.sentences().get(e.sentence());
    if (e.endToken() >= s.size()) return false;
    var next = s.token(e.endToken());
    // "the Abu Shouk camp": a name of any length before a place noun names the place
    if (SETTLEMENTS.contains(next.word().toLowerCase(java.util.Locale.ROOT))) return true;
    if (e.endToken() - e.firstToken() != 1) return false;
    // "Interior Minister Ihor Klymenko": a word of a title, however the tagger capitalised it (not
    // an acronym: "FBI Director" names the FBI)
    boolean acronym = e.text().equals(e.text().toUpperCase(java.util.Locale.ROOT));
    return next.pos().equals("NN") || next.pos().equals("NNS")
        || !acronym && TITLE_WORDS.contains(next.word().toLowerCase(java.util.Locale.ROOT));
  }

  private static final java.util.Set<String> TITLE_WORDS = java.util.Set.of("minister", "secretary", "spokesman",
      "spokeswoman", "spokesperson", "commander", "chief", "director", "governor");

  /** A one-word name that is a word of a person named earlier ("Lysak", "Kim"). */
  private static String earlierPerson(String name, Map<String, Actor> actors) {
    if (name.contains(" ")) return null;
    for (Actor a : actors.values()) {
      if (!a.kind().equals("person")) continue;
      for (String word : a.name().split("[\\s-]+")) if (word.equals(name)) return a.id();
    }
    return null;
  }

  static boolean overlaps(List<ResolvedMention> mentions, int start, int end) {
    for (ResolvedMention m : mentions) if (m.overlaps(start, end)) return true;
    return false;
  }

  /** A stable id for a name the catalog does not know: "Serhiy Lysak" is serhiy-lysak. */
  static String slug(String name) {
    String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
  }
}
