package org.sitrep.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.record.Actor;
import org.sitrep.record.Article;
import org.sitrep.record.Claim;
import org.sitrep.record.Record;
import org.sitrep.record.Source;
import org.sitrep.record.Span;
import org.sitrep.record.Subject;

class EntriesTest {
  private static final String TEXT = "The ministry spoke. It claimed that about 30 soldiers were killed.";
  private static final Actor MINISTRY = new Actor("rus-defence-ministry", "Russian Defence Ministry",
      "organization", "RUS", "RUS", List.of());

  private static Claim claimBy(Source source) {
    int at = TEXT.indexOf("30");
    return new Claim("killed", "soldiers", new Span("30", at, at + 2), 30.0, 30.0, "approximate", null,
        "total", new Subject("soldiers", "UKR", null, null), null, null, source, true,
        new Span(TEXT, 0, TEXT.length()), "test");
  }

  private static Record record(Claim c) {
    Article a = new Article("b".repeat(64), null, null, "Toll", "2025-03-08", null, "en", TEXT, List.of(),
        Article.ANALYZED, null, List.of(), null, null, null);
    return new Record(Record.SCHEMA, a, List.of(MINISTRY), List.of(c), List.of(), List.of());
  }

  @Test
  void aResolvedPronounClaimantShowsTheActorItStandsFor() {
    Claim c = claimBy(new Source("It", "rus-defence-ministry", 20, 22));
    assertEquals("Russian Defence Ministry", Entries.claimantName(c, record(c)));
  }

  @Test
  void namedClaimantsKeepTheirOwnWords() {
    Claim c = claimBy(new Source("Russia's defence ministry", "rus-defence-ministry", 0, 25));
    assertEquals("Russia's defence ministry", Entries.claimantName(c, record(c)));
  }

  @Test
  void anUnresolvedPronounStaysAsWritten() {
    Claim c = claimBy(new Source("It", null, 20, 22));
    assertEquals("It", Entries.claimantName(c, record(c)));
    assertNull(Entries.claimantName(claimBy(null), record(claimBy(null))));
  }
}
