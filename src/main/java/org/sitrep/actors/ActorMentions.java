package org.sitrep.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.nlp.AnnotatedText;
import org.sitrep.record.Actor;
import org.sitrep.record.Mention;

/** The actors of one article and where each is mentioned; answers "which actor is here?". */
public final class ActorMentions {
  private final List<ResolvedMention> mentions;
  private final Map<String, Actor> actors;

  /** The article text, to read the words before a mention; null for mentions resolved elsewhere. */
  private final String text;

  /** The parsed article, to place pronouns in their sentences ({@link Salience}); null when not known. */
  private final AnnotatedText doc;

  ActorMentions(List<ResolvedMention> mentions, Map<String, Actor> actors) {
    this(mentions, actors, (AnnotatedText) null);
  }

  ActorMentions(List<ResolvedMention> mentions, Map<String, Actor> actors, AnnotatedText doc) {
    this(mentions, actors, doc == null ? null : doc.text(), doc);
  }

  private ActorMentions(List<ResolvedMention> mentions, Map<String, Actor> actors, String text, AnnotatedText doc) {
    this.mentions = mentions.stream().sorted(Comparator.comparingInt(ResolvedMention::start)).toList();
    this.actors = actors;
    this.text = text;
    this.doc = doc;
  }

  /** Mentions resolved elsewhere (by hand in tests, or from a stored record). */
  public static ActorMentions of(List<ResolvedMention> mentions, List<Actor> actors) {
    return of(mentions, actors, null);
  }

  /** The same, with the text the offsets point into, so that phrases can be read around mentions. */
  public static ActorMentions of(List<ResolvedMention> mentions, List<Actor> actors, String text) {
    Map<String, Actor> byId = new LinkedHashMap<>();
    for (Actor a : actors) byId.put(a.id(), a);
    return new ActorMentions(mentions, byId, text, null);
  }

  public static ActorMentions none() {
    return new ActorMentions(List.of(), Map.of());
  }

  public List<ResolvedMention> mentions() {
    return mentions;
  }

  public Actor actor(String id) {
    return actors.get(id);
  }

  /** The actors with their mentions, in order of first mention. */
  public List<Actor> actors() {
    Map<String, List<Mention>> byActor = new LinkedHashMap<>();
    for (ResolvedMention m : mentions) {
      byActor.computeIfAbsent(m.actor(), k -> new ArrayList<>())
          .add(new Mention(m.text(), m.start(), m.end(), m.finder()));
    }
    List<Actor> out = new ArrayList<>();
    byActor.forEach((id, ms) -> {
      Actor a = actors.get(id);
      out.add(new Actor(id, a.name(), a.kind(), a.country(), a.affiliation(), ms));
    });
    return out;
  }

  /**
   * The state or body an actor acts for: a country's armed forces or ministry count as the
   * country in figures ("North Korean troops" are PRK's). People and unaffiliated actors are
   * themselves.
   */
  public String stateOf(String id) {
    Actor a = id == null ? null : actors.get(id);
    if (a == null || "person".equals(a.kind()) || a.affiliation() == null) return id;
    return a.affiliation();
  }

  /** Whether a demonym names a nation's people over the span ("Britons", "South Africans"). */
  public boolean demonymAt(int start, int end) {
    String demonym = ActorFinder.CATALOG + CatalogEntry.How.DEMONYM.label();
    for (ResolvedMention m : mentions) {
      if (m.overlaps(start, end) && m.finder().equals(demonym)) return true;
    }
    return false;
  }

  /**
   * Whether a span lies inside a longer proper name, the catalog's or the NER's: the "Support" of
   * the "Rapid Support Forces".
   */
  public boolean insideName(int start, int end) {
    String name = ActorFinder.CATALOG + CatalogEntry.How.NAME.label();
    String alias = ActorFinder.CATALOG + CatalogEntry.How.ALIAS.label();
    for (ResolvedMention m : mentions) {
      boolean proper = m.finder().equals(ActorFinder.NER) || m.finder().equals(name) || m.finder().equals(alias);
      if (proper && m.overlaps(start, end) && (m.start() < start || m.end() > end)) return true;
    }
    return false;
  }

  /** Mentions that overlap a span, in text order. */
  public List<ResolvedMention> within(int start, int end) {
    return mentions.stream().filter(m -> m.overlaps(start, end)).toList();
  }

  /**
   * The actor a span refers to: the most specific mention inside it (the last one, since English
   * heads come last: "Seoul's foreign ministry" is the ministry), leaving out a place the phrase
   * is in ("the UN force in Lebanon" is the UN's) unless nothing else is named, and always a backer
   * ("Russian-backed separatists"), or null.
   */
  public String actorIn(int start, int end) {
    // "Russian-backed separatists" are not Russia's forces: a backer never owns the phrase
    List<ResolvedMention> in = within(start, end).stream().filter(m -> !backer(m, end)).toList();
    if (in.isEmpty()) return null;
    // "the UN force in Lebanon", "Russian troops in Ukraine": where the phrase is does not own it
    List<ResolvedMention> owners = in.stream().filter(m -> !located(m, start)).toList();
    if (!owners.isEmpty()) in = owners;
    // "The Institute for the Study of War, a U.S. think tank": an apposition describes the name before it
    int apposition = apposition(start, end);
    List<ResolvedMention> named = apposition < 0 ? List.of() : in.stream().filter(m -> m.end() <= apposition).toList();
    if (!named.isEmpty()) in = named;
    ResolvedMention best = in.get(in.size() - 1);
    for (ResolvedMention m : in) if (m.end() - m.start() > best.end() - best.start() && m.end() >= best.end()) best = m;
    // "Amnesty International Kenya": a country right after a body's name is its branch, not its owner
    int at = in.indexOf(best);
    if (at > 0 && isCountry(best) && !isCountry(in.get(at - 1)) && text != null
        && text.substring(in.get(at - 1).end(), best.start()).isBlank()) {
      best = in.get(at - 1);
    }
    return best.actor();
  }

  private static final java.util.regex.Pattern APPOSITION = java.util.regex.Pattern.compile(",\\s+(?:a|an|the)\\s");

  /** Words in an apposition that make it a list ("and") or name whom a role speaks for ("for"). */
  private static final java.util.regex.Pattern NOT_A_DESCRIPTION = java.util.regex.Pattern.compile("\\b(?:and|or|for)\\b");

  /**
   * Where an apposition opens inside [start, end) (", a U.S. think tank", ", one of the states"),
   * or -1; not a list (", the Arizona Republic and the Cincinnati Enquirer"), nor a role that
   * names the body it speaks for (", a spokesman for the police", whose body is the claimant).
   */
  private int apposition(int start, int end) {
    if (text == null || start < 0 || end > text.length() || start >= end) return -1;
    java.util.regex.Matcher m = APPOSITION.matcher(text).region(start, end);
    if (!m.find()) return -1;
    return NOT_A_DESCRIPTION.matcher(text.substring(m.end(), end)).find() ? -1 : m.start();
  }

  private boolean isCountry(ResolvedMention m) {
    Actor a = actors.get(m.actor());
    return a != null && "country".equals(a.kind());
  }

  private static final java.util.regex.Pattern LOCATIVE = java.util.regex.Pattern.compile(
      "(?i)\\b(?:in|at|near|inside|outside|across|around|throughout)\\s+(?:the\\s+)?$");

  private static final java.util.regex.Pattern BACKED = java.util.regex.Pattern.compile(
      "(?i)^\\s*-\\s*(?:backed|supported|sponsored|funded|armed|allied|aligned|trained)\\b");

  /** Whether a mention is the backer in "Russian-backed ..." inside a phrase that ends at {@code end}. */
  private boolean backer(ResolvedMention m, int end) {
    if (text == null || m.end() >= end) return false;
    return BACKED.matcher(text.substring(m.end(), Math.min(end, m.end() + 16))).find();
  }

  /** Whether a mention follows a locative preposition inside the phrase that starts at {@code start}. */
  private boolean located(ResolvedMention m, int start) {
    if (text == null || m.start() <= start) return false;
    String before = text.substring(Math.max(start, m.start() - 16), m.start());
    return LOCATIVE.matcher(before).find();
  }

  /**
   * The mention the pronoun at an offset stands for by its place in the parse ({@link Salience}),
   * whose actor satisfies a kind filter, or null when the parse does not decide.
   */
  ResolvedMention salient(int offset, java.util.function.Predicate<Actor> filter) {
    return new Salience(doc, this, filter).antecedent(offset);
  }

  /**
   * The person the text named before an offset by a longer name ending in a word ("Mahmoud Basal"
   * before a bare "Basal", which the tagger may not take for a name), or null when none or several.
   */
  public String personBySurname(String word, int offset) {
    String found = null;
    if (word == null || word.isBlank() || word.strip().contains(" ") || !Character.isUpperCase(word.strip().charAt(0))) {
      return null;
    }
    for (ResolvedMention m : mentions) {
      if (m.end() > offset) break;
      Actor a = actors.get(m.actor());
      String name = m.text().strip();
      if (a == null || !"person".equals(a.kind()) || !name.contains(" ") || !name.endsWith(" " + word.strip())) continue;
      if (found != null && !found.equals(a.id())) return null;
      found = a.id();
    }
    return found;
  }

  /** The last mention that ends before an offset, whose actor satisfies a kind filter, or null. */
  public ResolvedMention before(int offset, java.util.function.Predicate<Actor> filter) {
    ResolvedMention found = null;
    for (ResolvedMention m : mentions) {
      if (m.end() > offset) break;
      if (filter.test(actors.get(m.actor()))) found = m;
    }
    return found;
  }
}
