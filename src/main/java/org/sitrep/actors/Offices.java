package org.sitrep.actors;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.nlp.AnnotatedText;
import org.sitrep.record.Actor;

/**
 * Titles without a name: "the South Korean president", "Russia's foreign minister", "the NATO
 * chief" resolve to whoever held the office on the article's date. A title followed by a name
 * ("President Volodymyr Zelensky") is left to the name.
 */
final class Offices {
  static final String FINDER = "actors.office";
  private static final Pattern TITLE = Pattern.compile(
      "\\G(?:'s)?\\s+((?i:(?:acting\\s+)?(?:president|prime minister|premier|foreign minister|"
          + "defen[cs]e minister|defen[cs]e secretary|secretary of state|secretary-general|"
          + "secretary general|foreign secretary|chancellor|supreme leader|leader|chief|"
          + "top diplomat|director-general|director general|king|emir)))\\b(?!\\s+[A-Z])");

  private final Catalog catalog;
  private final LocalDate date;

  Offices(Catalog catalog, LocalDate date) {
    this.catalog = catalog;
    this.date = date;
  }

  void find(AnnotatedText doc, List<ResolvedMention> mentions, Map<String, Actor> actors) {
    if (date == null) return;
    for (ResolvedMention holder : List.copyOf(mentions)) {
      Actor of = actors.get(holder.actor());
      if (of == null || !(of.kind().equals("country") || of.kind().equals("international"))) continue;
      Matcher m = TITLE.matcher(doc.text());
      m.region(holder.end(), doc.text().length());
      if (!m.find()) continue;
      CatalogEntry person = catalog.officeHolder(m.group(1), of.id(), date);
      if (person == null) continue;
      ActorFinder.register(actors, person);
      mentions.remove(holder);
      mentions.add(new ResolvedMention(holder.start(), m.end(), doc.span(holder.start(), m.end()),
          person.id(), FINDER));
    }
  }
}
