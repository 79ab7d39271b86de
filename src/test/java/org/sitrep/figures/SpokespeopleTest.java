package org.sitrep.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.record.Actor;
import org.sitrep.record.Article;
import org.sitrep.record.Claim;
import org.sitrep.record.Mention;
import org.sitrep.record.Record;
import org.sitrep.record.Source;
import org.sitrep.record.Span;

class SpokespeopleTest {
  /** A record of {@code text} whose actors are named at the first occurrence of each of their names. */
  private static Record record(String text, Actor... actors) {
    Article a = new Article("c".repeat(64), null, null, "Toll", "2025-06-13", null, "en", text, List.of(),
        Article.ANALYZED, null, List.of(), null, null, null);
    return new Record(Record.SCHEMA, a, List.of(actors), List.of(), List.of(), List.of());
  }

  /** An actor named by each of {@code names}, at every place the text has it. */
  private static Actor actor(String text, String id, String kind, String... names) {
    List<Mention> mentions = new ArrayList<>();
    for (String n : names) {
      for (int at = text.indexOf(n); at >= 0; at = text.indexOf(n, at + n.length())) {
        mentions.add(new Mention(n, at, at + n.length(), "test"));
      }
    }
    mentions.sort(java.util.Comparator.comparingInt(Mention::start));
    return new Actor(id, names[0], kind, null, null, mentions);
  }

  private static Claim claimBy(Source source) {
    return new Claim("wounded", "people", new Span("12", 0, 2), 12.0, 12.0, "exact", null, "incident",
        null, null, null, source, false, null, "test");
  }

  private static Source source(String text, String words, String actor) {
    int at = text.indexOf(words);
    return new Source(words, actor, at, at + words.length());
  }

  @Test
  void aSpokesmanNamedWithHisBodySpeaksForIt() {
    String text = "Twelve people were wounded, police said. Two more were hurt later, police spokesman Major "
        + "Louay Arzeiqat said.";
    Record r = record(text, actor(text, "louay-arzeiqat", "person", "Louay Arzeiqat"));
    Spokespeople s = Spokespeople.of(r);
    assertEquals("police", s.bodyOf(source(text, "police spokesman Major Louay Arzeiqat", "louay-arzeiqat")));
    assertEquals(Entries.claimantKey(claimBy(source(text, "police", null)), "x", "Wire", s),
        Entries.claimantKey(claimBy(source(text, "police spokesman Major Louay Arzeiqat", "louay-arzeiqat")), "x",
            "Courier", s));
    assertNull(s.bodyOf(source(text, "police", null)), "a body's own words need no spokesperson");
  }

  @Test
  void theBodyIsTheActorNamedBeforeOrAfterTheRoleWord() {
    String text = "Israeli military spokesman Lt Col Avi Dror said nine fighters were killed. Kateryna Ivanova, "
        + "a spokeswoman for Ukraine's interior ministry in Kyiv, said 20 were wounded.";
    Record r = record(text,
        actor(text, "lt-col-avi-dror", "person", "Lt Col Avi Dror"),
        actor(text, "isr-armed-forces", "organization", "Israeli military"),
        actor(text, "UKR", "country", "Ukraine"),
        actor(text, "ukr-interior-ministry", "organization", "Ukraine's interior ministry"),
        actor(text, "kateryna-ivanova", "person", "Kateryna Ivanova"));
    Spokespeople s = Spokespeople.of(r);
    assertEquals("isr-armed-forces",
        s.bodyOf(source(text, "Israeli military spokesman Lt Col Avi Dror", "lt-col-avi-dror")));
    assertEquals("ukr-interior-ministry", s.bodyOf(source(text, "Kateryna Ivanova", "kateryna-ivanova")),
        "introduced after her name, the ministry and not the city it sits in");
  }

  @Test
  void aBodyNamedWithItsArticleIsThatBody() {
    String text = "The ministry said 12 were killed. Later the ministry's spokesman said 14 had died.";
    Record r = record(text, actor(text, "pse-health-ministry", "organization", "the ministry"));
    assertEquals("pse-health-ministry", Spokespeople.of(r).bodyOf(source(text, "the ministry's spokesman", null)));
  }

  @Test
  void aPersonIntroducedAsSpokespersonSpeaksForTheBodyLater() {
    String text = "Hamas spokesman Hazem Qassem rejected the plan. Qassem said 40 fighters had been killed.";
    Record r = record(text,
        actor(text, "HAMAS", "armed_group", "Hamas"),
        actor(text, "hazem-qassem", "person", "Hazem Qassem", "Qassem"));
    assertEquals("HAMAS", Spokespeople.of(r).bodyOf(source(text, "Qassem said", "hazem-qassem")));
  }

  @Test
  void noBodyBesideTheRoleWordChangesNothing() {
    String text = "The ministry said on Tuesday that a spokesman, Ivan Petrov, said 30 were killed.";
    Record r = record(text, actor(text, "ivan-petrov", "person", "Ivan Petrov"));
    Spokespeople s = Spokespeople.of(r);
    assertNull(s.bodyOf(source(text, "a spokesman", null)));
    assertNull(s.bodyOf(source(text, "Ivan Petrov", "ivan-petrov")));
    String told = "Officials said on Tuesday that army spokesman Ivan Petrov had counted 30 dead.";
    Record t = record(told, actor(told, "ivan-petrov", "person", "Ivan Petrov"));
    assertEquals("army", Spokespeople.of(t).bodyOf(source(told, "Ivan Petrov", "ivan-petrov")),
        "only the words next to the role word name the body");
  }
}
