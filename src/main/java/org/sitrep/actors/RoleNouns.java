package org.sitrep.actors;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.nlp.AnnotatedText;
import org.sitrep.nlp.Sentence;
import org.sitrep.record.Actor;

/**
 * "The ministry said ...", "the group claimed ...", "In Sudan, the army ...": a definite role noun
 * with no modifier of its own refers to an actor of that role already in the story. The rule, so
 * that every link can be explained:
 * <ol>
 *   <li>a body type of the catalog ("the army", "the government", "the foreign ministry") is the
 *       latest body of that type named in the {@value #REACH} characters before it, else, in a
 *       sentence that opens "In Sudan, ...", that state's body; plural people ("the soldiers",
 *       "the troops") only the latter; "police", with or without "the", and "the interior
 *       ministry", "the health ministry" or "the State Emergency Service" (not followed by "in"),
 *       else the body of the state the story's dateline names ("PORT-AU-PRINCE, April 2 -",
 *       "KHARKIV, Aug 14 -"), since they serve at home;
 *   <li>"the ministry" is the latest ministry named; "the group", "the militants", "the rebels" (and
 *       "the paramilitary group", "the jihadist militia") the latest armed group; "the alliance",
 *       "the bloc", "the organisation", "the mission" the latest international body, each within
 *       the same reach; "the agency" the latest body named an agency or news agency; "the office"
 *       the latest body named an office; and "an agency spokeswoman", "a ministry official" the
 *       latest of those whose spokesperson or official speaks.
 * </ol>
 * Anything else stays unresolved.
 */
final class RoleNouns {
  static final String FINDER = "actors.role-noun";
  /** How far back an antecedent may be: a few paragraphs of a news story. */
  static final int REACH = 1500;
  private static final Pattern THE = Pattern.compile("(?i)\\bthe\\s+$");
  private static final Pattern GENERIC = Pattern.compile(
      "(?i)\\bthe\\s+(ministry|group|militants|militia|rebels|insurgents|alliance|bloc|organi[sz]ation|mission|agency"
          + "|office)\\b"
          // "the paramilitary group", "the jihadist militia": a word for the kind of armed group
          // before the noun ("the armed forces" are no group)
          + "|\\bthe\\s+(?:paramilitary|armed|militant|rebel|jihadist|islamist|insurgent|extremist|separatist)\\s+"
          + "(group|militia|movement)\\b"
          // "an agency spokeswoman", "a ministry official": the body whose spokesperson speaks
          + "|\\ban?\\s+(ministry|agency|office|group|mission)(?=\\s+(?:spokes(?:wo)?man|spokesperson|official)\\b)");
  private static final String ARMED_FORCES = "armed-forces";
  private static final Set<String> ARMED = Set.of("group", "militants", "militia", "rebels", "insurgents");

  private RoleNouns() {}

  static void resolve(AnnotatedText doc, Catalog catalog, List<CatalogMatch> bodyTypes,
      List<ResolvedMention> mentions, Map<String, Actor> actors, java.util.function.Function<String, String> placeCountry) {
    String text = doc.text();
    StoryHome story = null;
    for (CatalogMatch m : bodyTypes) {
      Matcher the = THE.matcher(text.substring(Math.max(0, m.start() - 5), m.start()));
      boolean definite = the.find();
      boolean police = POLICE.contains(m.text().toLowerCase(Locale.ROOT));
      // "a police spokesman", "police officers": bare police that only modify a noun are no actor
      if (!definite && (!police || modifiesNoun(doc, m.end())) || followedByOf(text, m.end())) continue;
      int start = definite ? m.start() - (the.end() - the.start()) : m.start();
      // "The Defence Ministry said": a body type the NER also took for a name of its own
      List<ResolvedMention> named = nerWithin(mentions, start, m.end());
      if (named == null) continue;
      String suffix = m.entry().id().substring(2);
      String id = people(m.text()) ? null : antecedent(doc, mentions, actors, m, start, suffix);
      if (id == null) id = bodyOfTheSetting(doc, catalog, mentions, actors, m, start);
      boolean home = police || definite && HOME.contains(m.text().toLowerCase(Locale.ROOT)) && !followedByIn(text, m.end());
      if (story == null) story = StoryHome.of(doc, mentions, actors, placeCountry);
      if (id == null && home) id = body(catalog, actors, m, story.homeState(), false);
      if (id == null && definite && forces(m) && !people(m.text()) && !followedByIn(text, m.end())) {
        id = body(catalog, actors, m, story.partyState(), true);
      }
      if (id == null) continue;
      mentions.removeAll(named);
      renamed(mentions, named, id);
      mentions.add(new ResolvedMention(start, m.end(), text.substring(start, m.end()), id, FINDER));
    }
    Matcher g = GENERIC.matcher(text);
    while (g.find()) {
      if (ActorFinder.overlaps(mentions, g.start(), g.end()) || followedByOf(text, g.end())) continue;
      boolean armedKind = g.group(2) != null;
      String noun = (g.group(1) != null ? g.group(1) : armedKind ? g.group(2) : g.group(3)).toLowerCase(Locale.ROOT);
      Predicate<Actor> fits = noun.equals("ministry") ? a -> "organization".equals(a.kind()) && a.id().endsWith("-ministry")
          // "the group" also a rights or aid group just named ("the Sudan Doctors Network said ... The group said")
          : noun.equals("group") && !armedKind ? a -> "armed_group".equals(a.kind()) || civilGroup(catalog, a)
          : armedKind || ARMED.contains(noun) ? a -> "armed_group".equals(a.kind())
          // "the agency": a body named an agency ("UN refugee agency", "Middle East News Agency") or a news agency
          : noun.equals("agency") ? a -> agency(catalog, a)
          // "the office": a body named an office ("the UN human rights office", "Zelensky's office")
          : noun.equals("office") ? a -> office(catalog, a)
          : a -> "international".equals(a.kind());
      String id = latest(text, mentions, actors, g.start(), fits);
      if (id != null) mentions.add(new ResolvedMention(g.start(), g.end(), g.group(), id, FINDER));
    }
  }

  /** Words that name a body of people banded together: "Sudan Doctors Network", "Syria Civil Defence Committee". */
  private static final Pattern GROUP_NAME = Pattern.compile(
      "(?i)\\b(?:network|group|committee|coalition|union|council|watch|observatory|monitor|association|federation)\\b");

  /**
   * Whether an actor is a group of civil society: a rights or aid group of the catalog, or a body
   * the tagger named whose name says it is a group ("Sudan Doctors Network").
   */
  private static boolean civilGroup(Catalog catalog, Actor a) {
    CatalogEntry e = catalog.byId(a.id());
    if (e != null) return "NGO".equals(e.sector());
    return "organization".equals(a.kind()) && GROUP_NAME.matcher(a.name()).find();
  }

  /** Whether an actor is named an office ("UN human rights office", "Foreign Office"); not a state. */
  private static boolean office(Catalog catalog, Actor a) {
    if ("country".equals(a.kind())) return false;
    if (a.name().toLowerCase(Locale.ROOT).contains("office")) return true;
    CatalogEntry e = catalog.byId(a.id());
    return e != null && e.aliases().stream().anyMatch(n -> n.text().toLowerCase(Locale.ROOT).contains("office"));
  }

  /**
   * Whether an actor is named an agency ("UN migration agency", "Middle East News Agency") or is
   * a news agency ("Xinhua"); not the UN itself, nor a state.
   */
  private static boolean agency(Catalog catalog, Actor a) {
    if (a.name().toLowerCase(Locale.ROOT).contains("agency")) return true;
    CatalogEntry e = catalog.byId(a.id());
    return e != null && ("MED".equals(e.sector())
        || e.aliases().stream().anyMatch(n -> n.text().toLowerCase(Locale.ROOT).contains("agency")));
  }

  /**
   * The mentions overlapping [start, end), when all are names only the NER found and they lie
   * within it ("Defence Ministry" in "The Defence Ministry"); null when another mention overlaps.
   */
  private static List<ResolvedMention> nerWithin(List<ResolvedMention> mentions, int start, int end) {
    List<ResolvedMention> out = new java.util.ArrayList<>();
    for (ResolvedMention r : mentions) {
      if (!r.overlaps(start, end)) continue;
      if (!ActorFinder.NER.equals(r.finder()) || r.start() < start || r.end() > end) return null;
      out.add(r);
    }
    return out;
  }

  /** The other mentions of the NER's names a role noun turned out to be, now of that body. */
  private static void renamed(List<ResolvedMention> mentions, List<ResolvedMention> named, String id) {
    Set<String> ids = new java.util.HashSet<>();
    for (ResolvedMention r : named) ids.add(r.actor());
    for (int i = 0; i < mentions.size(); i++) {
      ResolvedMention r = mentions.get(i);
      if (ActorFinder.NER.equals(r.finder()) && ids.contains(r.actor())) {
        mentions.set(i, new ResolvedMention(r.start(), r.end(), r.text(), id, FINDER));
      }
    }
  }

  /** Whether the word after an offset, in its sentence, is a noun. */
  private static boolean modifiesNoun(AnnotatedText doc, int end) {
    Sentence s = doc.sentenceAt(end);
    if (s == null) return false;
    for (int i = 0; i < s.size(); i++) {
      if (s.token(i).start() >= end) return s.token(i).isNoun();
    }
    return false;
  }

  /** Police serve their own state: a story's bare "police" are the dateline's. */
  private static final Set<String> POLICE = Set.of("police", "police force");
  /**
   * Ministries that, like police, serve at home: "the interior ministry", "the health ministry"
   * with no state named before are the dateline state's. Not a foreign or defence ministry, which
   * a story as often quotes from the other side.
   */
  private static final Set<String> HOME = Set.of("interior ministry", "ministry of interior", "ministry of the interior",
      "health ministry", "ministry of health", "emergency service", "state emergency service", "emergency services",
      "emergencies ministry", "emergency ministry", "ministry of emergency situations", "civil defence", "civil defense",
      "rescue service");

  /** "the health ministry in Gaza": the phrase names its own place. */
  private static boolean followedByIn(String text, int end) {
    return text.regionMatches(true, end, " in ", 0, 4);
  }

  /**
   * "PORT-AU-PRINCE — ... Police said", "KYIV — ... the air force said": the body of a type of the
   * state the story's setting gives ({@link StoryHome}), or null when it gives none; with
   * {@code armed}, only of a state the catalog lists armed forces for (Gaza has no air force and
   * no defence ministry).
   */
  private static String body(Catalog catalog, Map<String, Actor> actors, CatalogMatch m, String state,
      boolean armed) {
    if (state == null || armed && catalog.listedBody(ARMED_FORCES, state) == null) return null;
    CatalogEntry body = catalog.body(m.entry().id(), state);
    if (body == null) return null;
    ActorFinder.register(actors, body);
    return body.id();
  }

  /**
   * A state's forces, its defence ministry and its government: a story as often quotes the other
   * side's, so only the dateline state's when the story is told at home or names that state as a
   * party, or the one state the lead names ({@link StoryHome#partyState()}).
   */
  private static boolean forces(CatalogMatch m) {
    return "MIL".equals(m.entry().sector()) || m.entry().id().endsWith("-defence-ministry")
        // "the junta", "the government"; not "the regime", a word a story uses of the other side
        || m.entry().id().endsWith("-government") && !m.text().toLowerCase(Locale.ROOT).endsWith("regime");
  }

  /**
   * The latest body of the type named before a role noun, within reach; not one named under
   * another noun earlier in the same sentence ("Russian forces launched 240 drones, the air force
   * said"): a body that reports on itself says "its forces".
   */
  private static String antecedent(AnnotatedText doc, List<ResolvedMention> mentions, Map<String, Actor> actors,
      CatalogMatch m, int start, String suffix) {
    ResolvedMention r = latestMention(null, mentions, actors, start, a -> a.id().endsWith("-" + suffix));
    if (r == null) return null;
    Sentence s = doc.sentenceAt(start);
    boolean sameSentence = s != null && r.start() >= s.start();
    return sameSentence && !lastWord(r.text()).equals(lastWord(m.text())) ? null : r.actor();
  }

  private static String lastWord(String phrase) {
    String[] words = phrase.toLowerCase(Locale.ROOT).split("\\s+");
    return words[words.length - 1];
  }

  /**
   * "the soldiers", "the troops", "the authorities": people, not an institution, and in a war story
   * as likely to be the other side's as the side named last; only a scene set by a state ("In
   * Sudan, the troops") places them.
   */
  private static boolean people(String alias) {
    return !alias.contains(" ") && alias.toLowerCase(Locale.ROOT).endsWith("s");
  }

  /** "the army of Sudan", "the group of experts": the phrase names its own owner, or is no role. */
  private static boolean followedByOf(String text, int end) {
    return text.regionMatches(true, end, " of ", 0, 4);
  }

  /**
   * The latest fitting mention before an offset. With the text, a name that only modifies another
   * word through a hyphen ("the al Qaeda-affiliated group", "Iran-backed militias") is passed over:
   * it names who the group is tied to, not the group.
   */
  private static String latest(String text, List<ResolvedMention> mentions, Map<String, Actor> actors, int offset,
      Predicate<Actor> fits) {
    ResolvedMention best = latestMention(text, mentions, actors, offset, fits);
    return best == null ? null : best.actor();
  }

  private static ResolvedMention latestMention(String text, List<ResolvedMention> mentions, Map<String, Actor> actors,
      int offset, Predicate<Actor> fits) {
    ResolvedMention best = null;
    for (ResolvedMention m : mentions) {
      Actor a = actors.get(m.actor());
      if (m.end() > offset || m.end() < offset - REACH || a == null || !fits.test(a)) continue;
      if (text != null && m.end() < text.length() && text.charAt(m.end()) == '-') continue;
      if (best == null || m.end() > best.end()) best = m;
    }
    return best;
  }

  private static final Pattern IN = Pattern.compile("(?i)\\s*in\\s+(?:the\\s+)?");
  private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");

  /**
   * "In Sudan, the army ...": a sentence that opens by setting the scene in a state makes a bare
   * body type that state's. Only that form: a state named anywhere else in the sentence may be the
   * other side.
   */
  private static String bodyOfTheSetting(AnnotatedText doc, Catalog catalog, List<ResolvedMention> mentions,
      Map<String, Actor> actors, CatalogMatch m, int start) {
    String text = doc.text();
    Sentence sentence = null;
    for (Sentence s : doc.sentences()) if (s.start() <= start && start < s.end()) sentence = s;
    if (sentence == null) return null;
    for (ResolvedMention r : mentions) {
      if (r.start() < sentence.start() || r.end() > start
          || !IN.matcher(text.substring(sentence.start(), r.start())).matches()
          || !COMMA.matcher(text.substring(r.end(), start)).matches()) {
        continue;
      }
      Actor a = actors.get(r.actor());
      String state = a == null ? null : "country".equals(a.kind()) ? a.id() : null;
      CatalogEntry body = state == null ? null : catalog.body(m.entry().id(), state);
      if (body == null) return null;
      ActorFinder.register(actors, body);
      return body.id();
    }
    return null;
  }
}
