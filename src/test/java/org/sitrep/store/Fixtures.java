package org.sitrep.store;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.record.Actor;
import org.sitrep.record.Article;
import org.sitrep.record.Claim;
import org.sitrep.record.Event;
import org.sitrep.record.Mention;
import org.sitrep.record.Place;
import org.sitrep.record.Quote;
import org.sitrep.record.Record;
import org.sitrep.record.Source;
import org.sitrep.record.Span;
import org.sitrep.record.Subject;
import org.sitrep.record.TimeRef;

/** Hand-built records over short wire-style texts written for these tests. */
public final class Fixtures {
  public static final String DRONES = "KYIV, March 3 (Northwire) - Ukraine's air force said on Monday"
      + " that Russia launched 112 drones and six missiles overnight, and that 96 of the drones were"
      + " shot down over central regions. \"The attack targeted energy sites again,\" air force"
      + " spokesman Ihor Lenko told reporters. Officials in Kharkiv said at least 4 people were killed"
      + " and 19 wounded when a missile hit a residential block. Russia's defence ministry said its"
      + " forces had struck military targets and denied hitting civilian buildings.";

  /** The same story as carried by another outlet: new dateline, a phrase cut, a credit line added. */
  public static final String DRONES_COPY = "KYIV, March 3 (Eastwire) - Ukraine's air force said"
      + " that Russia launched 112 drones and six missiles overnight, and that 96 of the drones were"
      + " shot down over central regions. \"The attack targeted energy sites again,\" air force"
      + " spokesman Ihor Lenko told reporters. Officials in Kharkiv said at least 4 people were killed"
      + " and 19 wounded when a missile hit a residential block. Russia's defence ministry said its"
      + " forces had struck military targets and denied hitting civilian buildings. Reporting by the"
      + " Eastwire desk.";

  public static final String GAZA = "GAZA CITY, April 12 (Southpost) - The health ministry in Gaza"
      + " said 37 people had been killed in Israeli strikes over the past 24 hours. The Israeli"
      + " military said it had hit militant infrastructure in the south of the territory and that"
      + " its troops would keep operating there. \"We have no more beds,\" a hospital director in"
      + " Khan Younis said, asking not to be named.";

  private Fixtures() {}

  public static Record drones() {
    return drones(DRONES, "https://northwire.example/kyiv-drones", "Northwire", "2025-03-03T09:15:00Z");
  }

  public static Record dronesCopy() {
    return drones(DRONES_COPY, "https://eastwire.example/a/771", "Eastwire", "2025-03-03T11:40:00Z");
  }

  static Record drones(String text, String url, String source, String published) {
    Article article = article(text, url, source, published);
    List<Actor> actors = List.of(
        actor(text, "UKR", "Ukraine", "state", "UKR", "Ukraine's air force"),
        actor(text, "RUS", "Russia", "state", "RUS", "Russia launched", "Russia's defence ministry"));
    Claim drones = new Claim("launched", "drones", span(text, "112 drones"), 112.0, 112.0, null, null,
        "snapshot", new Subject("drones", null, text.indexOf("drones"), text.indexOf("drones") + 6),
        null, new TimeRef("overnight", "2025-03-02", text.indexOf("overnight"), text.indexOf("overnight") + 9),
        source(text, "Ukraine's air force", "UKR"), false, sentence(text, "Russia launched"), "test.rule");
    Claim killed = new Claim("killed", "people", span(text, "at least 4 people"), 4.0, null, "at least",
        null, "total", new Subject("people", null, null, null),
        new Place("Kharkiv", "Kharkiv", "UKR", 49.99, 36.23, "city", text.indexOf("Kharkiv"),
            text.indexOf("Kharkiv") + 7),
        null, source(text, "Officials in Kharkiv", null), true, sentence(text, "Officials in Kharkiv"),
        "test.rule");
    Quote quote = new Quote("The attack targeted energy sites again,", text.indexOf("The attack"),
        text.indexOf("The attack") + 39, "told", source(text, "Ihor Lenko", "UKR"), "test.quotes");
    Event strike = new Event("ASSAULT", "aerial", List.of("RUS"), List.of("UKR"), null, null, false,
        false, false, "launched", List.of(sentence(text, "Russia launched"), sentence(text, "Officials")),
        "test.events");
    return new Record(Record.SCHEMA, article, actors, List.of(drones, killed), List.of(quote),
        List.of(strike));
  }

  public static Record gaza() {
    String text = GAZA;
    Article article = article(text, "https://southpost.example/gaza-0412", "Southpost", "2024-04-12");
    List<Actor> actors = List.of(
        actor(text, "PSE-MOH", "Gaza health ministry", "government", "PSE", "The health ministry in Gaza"),
        actor(text, "ISR-IDF", "Israeli military", "military", "ISR", "Israeli strikes", "The Israeli military"));
    Claim killed = new Claim("killed", "people", span(text, "37 people"), 37.0, 37.0, null, null,
        "increment", new Subject("people", null, null, null), null,
        new TimeRef("the past 24 hours", null, null, null),
        source(text, "The health ministry in Gaza", "PSE-MOH"), false, sentence(text, "The health"), "test.rule");
    Quote quote = new Quote("We have no more beds,", text.indexOf("We have"), text.indexOf("We have") + 21,
        "said", source(text, "a hospital director in Khan Younis", null), "test.quotes");
    Event strike = new Event("ASSAULT", null, List.of("ISR-IDF"), List.of(), null, null, false, false,
        false, "strikes", List.of(sentence(text, "The health")), "test.events");
    return new Record(Record.SCHEMA, article, actors, List.of(killed), List.of(quote), List.of(strike));
  }

  public static Article article(String text, String url, String source, String published) {
    return new Article(Columns.contentHash(text), null, url, text.substring(0, 40), published, source,
        "en", text, List.of("Share this article"), Article.ANALYZED, null, List.of("Staff"), null, url,
        source.toLowerCase(java.util.Locale.ROOT) + ".example");
  }

  static Actor actor(String text, String id, String name, String kind, String country, String... said) {
    List<Mention> mentions = new ArrayList<>();
    for (String s : said) {
      int at = text.indexOf(s);
      if (at >= 0) mentions.add(new Mention(s, at, at + s.length(), "test.actors"));
    }
    return new Actor(id, name, kind, country, null, mentions);
  }

  static Span span(String text, String part) {
    int at = text.indexOf(part);
    return Span.of(text, at, at + part.length());
  }

  static Source source(String text, String part, String actor) {
    int at = text.indexOf(part);
    return new Source(part, actor, at, at + part.length());
  }

  /** The sentence that contains {@code part}: from after the previous ". " to the next ". ". */
  static Span sentence(String text, String part) {
    int at = text.indexOf(part);
    int start = Math.max(text.lastIndexOf(". ", at) + 2, 0);
    if (start == 1) start = 0;
    int end = text.indexOf(". ", at);
    return Span.of(text, start, end < 0 ? text.length() : end + 1);
  }
}
