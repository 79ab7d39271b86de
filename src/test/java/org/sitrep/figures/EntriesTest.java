package org.sitrep.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
  void aResolvedPronounClaimantShowsTheWordsTheTextLastNamedItWith() {
    String text = "Russia's defence ministry spoke. It claimed that about 30 soldiers were killed.";
    Actor named = new Actor(MINISTRY.id(), MINISTRY.name(), MINISTRY.kind(), MINISTRY.country(), MINISTRY.affiliation(),
        List.of(new org.sitrep.record.Mention("Russia's defence ministry", 0, 25, "actors.catalog.body"),
            new org.sitrep.record.Mention("It", 33, 35, "actors.pronoun")));
    Claim c = claimBy(new Source("It", MINISTRY.id(), 33, 35));
    Record r = new Record(Record.SCHEMA, record(c).article(), List.of(named), List.of(c), List.of(), List.of());

    assertEquals("Russia's defence ministry", Entries.claimantName(c, r));
  }

  @Test
  void aRoleNounClaimantShowsNoWordsThatNameTheBodysMembers() {
    Actor army = new Actor("isr-armed-forces", "Israel Defense Forces", "organization", "ISR", "ISR",
        List.of(new org.sitrep.record.Mention("Israeli soldiers", 0, 16, "actors.catalog.name"),
            new org.sitrep.record.Mention("The military", 20, 32, "actors.role-noun")));
    Claim c = claimBy(new Source("The military", army.id(), 20, 32));
    Record r = new Record(Record.SCHEMA, record(c).article(), List.of(army), List.of(c), List.of(), List.of());

    assertEquals("Israel Defense Forces", Entries.claimantName(c, r));
  }

  @Test
  void aRoleNounClaimantShowsTheActorItStandsFor() {
    Claim c = claimBy(new Source("The ministry", "rus-defence-ministry", 20, 32));
    assertEquals("Russian Defence Ministry", Entries.claimantName(c, record(c)));
    Claim unresolved = claimBy(new Source("the regional governor", null, 20, 41));
    assertEquals("the regional governor", Entries.claimantName(unresolved, record(unresolved)));
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

  /** A claim on "3,000" in {@code sentence}, dated by {@code when} (its text and value). */
  private static Claim dated(String sentence, String when, String value) {
    int at = sentence.indexOf("3,000");
    int t = sentence.indexOf(when);
    return new Claim("casualties", "soldiers", new Span("3,000", at, at + 5), 3000.0, 3000.0, "exact", null,
        "total", new Subject("soldiers", "PRK", null, null), null,
        new org.sitrep.record.TimeRef(when, value, t, t + when.length()), null, false,
        new Span(sentence, 0, sentence.length()), "test");
  }

  @Test
  void anEstimateTheTextDatesBeforeTheReportIsOfItsOwnDay() {
    String up = "It said 4,000 were killed or wounded, up from an estimate of 3,000 in January.";
    assertEquals("2025-01-31", Entries.asOf(dated(up, "January", "2025-01"), "total", "2025-02-27"));
    assertEquals("2024-12-31", Entries.asOf(dated("In 2024, 3,000 were killed.", "2024", "2024"), "total", "2025-02-27"));
    assertEquals("2025-02-03", Entries.asOf(dated("By Feb. 3, 3,000 had fled.", "Feb. 3", "2025-02-03"), "snapshot",
        "2025-02-27"));
    // a time borrowed from the sentence before ("over the same period", after "since the 2021 coup")
    String same = "The UN says 3,000 civilians were killed over the same period.";
    Claim borrowed = dated(same, "same period", "2021");
    Claim moved = new Claim(borrowed.measure(), borrowed.unit(), borrowed.quantity(), borrowed.low(), borrowed.high(),
        borrowed.qualifier(), borrowed.per(), borrowed.kind(), borrowed.subject(), borrowed.place(),
        new org.sitrep.record.TimeRef("2021", "2021", -40, -36), borrowed.source(), borrowed.hedged(),
        borrowed.evidence(), borrowed.finder());
    assertEquals("2025-02-27", Entries.asOf(moved, "total", "2025-02-27"));
    // a span of two dates is true at its end
    String span = "In all, 3,000 were killed between November and January.";
    assertEquals("2025-01-31", Entries.asOf(dated(span, "between November and January", "2024-11/2025-01"), "total",
        "2025-02-27"));
  }

  @Test
  void aFigureGivenAsTheEarlierOfAComparisonIsEarlier() {
    String up = "The toll has risen to 52, up from 38 reported earlier.";
    String estimate = "It now puts the dead at 4,000, up from an earlier estimate of about 3,000.";
    String plain = "The toll rose to 52, and 38 of the dead were children.";
    assertTrue(Entries.earlier(at(up, "38"), up));
    assertTrue(Entries.earlier(at(estimate, "3,000"), estimate));
    assertFalse(Entries.earlier(at(up, "52"), up));
    assertFalse(Entries.earlier(at(plain, "38"), plain));
    String put = "Officials had earlier put the toll at six.";
    String given = "Local groups had initially given the number of dead as 18.";
    String now = "Officials now put the toll at 11.";
    assertTrue(Entries.earlier(at(put, "six"), put));
    assertTrue(Entries.earlier(at(given, "18"), given));
    assertFalse(Entries.earlier(at(now, "11"), now));
    String perfect = "Marchenko, who had reported 19 dead on Saturday, said 44 were injured.";
    String putPerfect = "The governor had put the toll at 12 on Friday.";
    String has = "The governor has reported 23 dead.";
    assertTrue(Entries.earlier(at(perfect, "19"), perfect));
    assertTrue(Entries.earlier(at(putPerfect, "12"), putPerfect));
    assertFalse(Entries.earlier(at(has, "23"), has));
    String stood = "The toll had stood at five late on Saturday.";
    String stands = "The toll stood at five late on Saturday.";
    assertTrue(Entries.earlier(at(stood, "five"), stood));
    assertFalse(Entries.earlier(at(stands, "five"), stands));
    String the = "The count has risen to 14,000, up from the 10,000 it reported in February.";
    assertTrue(Entries.earlier(at(the, "10,000"), the));
  }

  private static Claim at(String text, String number) {
    int at = text.indexOf(number);
    return new Claim("killed", "people", new Span(number, at, at + number.length()), 1.0, 1.0, "exact", null,
        "incident", null, null, null, null, false, new Span(text, 0, text.length()), "test");
  }

  @Test
  void aPeriodsStartALaterDateAnIncidentOrAnIncrementKeepTheReportsDay() {
    String since = "Some 3,000 have been killed since January.";
    assertEquals("2025-02-27", Entries.asOf(dated(since, "January", "2025-01"), "total", "2025-02-27"));
    String later = "It expects 3,000 by March.";
    assertEquals("2025-02-27", Entries.asOf(dated(later, "March", "2025-03"), "total", "2025-02-27"));
    String strike = "The strike on Tuesday killed 3,000.";
    assertEquals("2025-02-27", Entries.asOf(dated(strike, "Tuesday", "2025-02-25"), "incident", "2025-02-27"));
    assertEquals("2025-02-27", Entries.asOf(dated(strike, "Tuesday", "2025-02-25"), "increment", "2025-02-27"));
  }

  @Test
  void anUnresolvedPronounClaimantStandsForTheClaimantJustBeforeElseIsItsArticlesOwn() {
    String text = "A White House spokesman said 3,000 were killed. There are 11,000 in Russia, he said.";
    Source spokesman = new Source("A White House spokesman", null, 0, 23);
    int he = text.indexOf("he said");
    Claim first = new Claim("casualties", "soldiers", new Span("3,000", 29, 34), 3000.0, 3000.0, "exact", null, "total",
        null, null, null, spokesman, false, new Span(text, 0, 48), "test");
    Claim second = new Claim("troops", "soldiers", new Span("11,000", 59, 65), 11000.0, 11000.0, "exact", null,
        "snapshot", null, null, null, new Source("he", null, he, he + 2), false, new Span(text, 49, text.length()), "test");

    assertEquals(spokesman, Entries.withAntecedentClaimant(second, List.of(first), List.of()).source());
    assertEquals("he", Entries.withAntecedentClaimant(second, List.of(), List.of()).source().text());
    assertEquals("he@abc", key(second, "abc", "wire"));
    assertEquals("white house", key(new Claim("troops", null, null, 1.0, 1.0, null, null,
        "total", null, null, null, new Source("The White House spokesman", null, 0, 1), false, null, "t"), "abc", "wire"));
  }

  @Test
  void anUnresolvedPronounClaimantAfterAQuoteStandsForItsSpeaker() {
    String text = "Air defences downed 40 drones, the ministry said. \"A drone fell on the refinery,\" the"
        + " regional headquarters said. No one was hurt, it said.";
    Source ministry = new Source("the ministry", null, 30, 42);
    int hq = text.indexOf("the regional headquarters");
    Source headquarters = new Source("the regional headquarters", null, hq, hq + 25);
    int it = text.indexOf("it said");
    Claim first = new Claim("weapons", "drones", new Span("40", 20, 22), 40.0, 40.0, "exact", null, "incident",
        null, null, null, ministry, false, new Span(text, 0, 48), "test");
    int q = text.indexOf('"');
    org.sitrep.record.Quote quote = new org.sitrep.record.Quote("A drone fell on the refinery,", q + 1, q + 30, "said",
        headquarters, "test");
    int none = text.indexOf("No one");
    Claim second = new Claim("wounded", "people", new Span("No one", none, none + 6), 0.0, 0.0, "exact", null,
        "incident", null, null, null, new Source("it", null, it, it + 2), false, new Span(text, none, text.length()),
        "test");

    assertEquals(headquarters, Entries.withAntecedentClaimant(second, List.of(first), List.of(quote)).source());
    assertEquals(ministry, Entries.withAntecedentClaimant(second, List.of(first), List.of()).source());
  }

  /** The claimant key of a claim in a record with no actors. */
  private static String key(Claim c, String articleId, String outlet) {
    return Entries.claimantKey(c, articleId, outlet, Spokespeople.of(record(c)));
  }

  @Test
  void aFigureNoOneIsNamedForIsItsOutletsOwn() {
    Claim bare = new Claim("killed", "people", new Span("20", 0, 2), 20.0, 20.0, "exact", null, "incident",
        null, null, null, null, false, null, "test");

    assertEquals(key(bare, "a1", "wire.example"), key(bare, "a2", "wire.example"));
    assertNotEquals(key(bare, "a1", "wire.example"), key(bare, "a2", "daily.example"));
    assertEquals("(unattributed)", key(bare, "a1", null));
  }

  @Test
  void theDatelinesCountryIsNotTheStorysTheatre() {
    String text = "BANGKOK, March 9 (Wire) - About 30 people were wounded in Myanmar, residents said.";
    int bangkok = 0;
    int myanmar = text.indexOf("Myanmar");
    List<Actor> actors = List.of(
        new Actor("THA", "Thailand", "country", "THA", null,
            List.of(new org.sitrep.record.Mention("BANGKOK", bangkok, bangkok + 7, "t"),
                new org.sitrep.record.Mention("Bangkok", bangkok, bangkok + 7, "t"))),
        new Actor("MMR", "Myanmar", "country", "MMR", null,
            List.of(new org.sitrep.record.Mention("Myanmar", myanmar, myanmar + 7, "t"))));
    Article a = new Article("c".repeat(64), null, null, "Strike", "2025-03-09", null, "en", text, List.of(),
        Article.ANALYZED, null, List.of(), null, null, null);
    Record r = new Record(Record.SCHEMA, a, actors, List.of(), List.of(), List.of());

    assertEquals("MMR", ThreadKey.theatre(Entries.beyondDateline(r)));
    assertEquals("THA", ThreadKey.theatre(actors), "counting the dateline, Thailand would win");
  }

  /** The claims of {@code figures} in {@code text}, each a total of attacks dated by its {@code when}. */
  private static List<org.sitrep.store.LedgerStore.Entry> entries(String text, String[][] figures) {
    List<Claim> claims = new java.util.ArrayList<>();
    for (String[] f : figures) {
      int at = text.indexOf(f[0]);
      int t = f[1] == null ? -1 : text.indexOf(f[1], at);
      double n = Double.parseDouble(f[0].replace(",", ""));
      claims.add(new Claim("attacks", "attacks", new Span(f[0], at, at + f[0].length()), n, n, "exact", null,
          "total", new Subject("attacks", null, at, at + 1), null,
          f[1] == null ? null : new org.sitrep.record.TimeRef(f[1], f[2], t, t + f[1].length()), null, false,
          new Span(text, 0, text.length()), "test"));
    }
    Article a = new Article("c".repeat(64), null, null, "Attacks", "2026-11-20", null, "en", text, List.of(),
        Article.ANALYZED, null, List.of(), null, null, null);
    Record r = new Record(Record.SCHEMA, a, List.of(), claims, List.of(), List.of());
    return Entries.of(new org.sitrep.store.LedgerStore.Source(r, "s", "2026-11-20", "wire", "v"),
        new Corrections(List.of()));
  }

  @Test
  void aTollNamingNoOneCountsThePeopleItsIncidentsOtherFiguresCount() {
    org.sitrep.record.TimeRef thursday = new org.sitrep.record.TimeRef("Thursday", "2026-06-11", 0, 8);
    Claim soldiers = incidentClaim("killed", "soldiers", new Subject("soldiers", null, 0, 8), thursday);
    Claim toll = incidentClaim("killed", "toll", null, thursday);
    Claim otherDay = incidentClaim("killed", "toll", null, new org.sitrep.record.TimeRef("Friday", "2026-06-12", 0, 6));
    Claim civilians = incidentClaim("killed", "civilians", new Subject("civilians", null, 0, 9), thursday);

    assertEquals("soldiers", Entries.tollOfTheIncident(toll, List.of(soldiers, toll)).subject().text());
    assertNull(Entries.tollOfTheIncident(otherDay, List.of(soldiers, otherDay)).subject());
    assertNull(Entries.tollOfTheIncident(toll, List.of(soldiers, civilians, toll)).subject(), "two classes: none");
  }

  private static Claim incidentClaim(String measure, String unit, Subject subject, org.sitrep.record.TimeRef time) {
    return new Claim(measure, unit, new Span("9", 0, 1), 9.0, 9.0, "exact", null, "incident", subject, null, time,
        null, false, new Span("9", 0, 1), "test");
  }

  @Test
  void aFigureSpreadOverTheCountryIsPlacedNowhereAnIncidentCouldNarrowIt() {
    String text = "At least 12 people were killed across Ukraine overnight. In Kyiv, 4 people were killed overnight.";
    org.sitrep.record.TimeRef night = new org.sitrep.record.TimeRef("overnight", "2026-11-19TNI", 46, 55);
    int ua = text.indexOf("Ukraine");
    int kyiv = text.indexOf("Kyiv");
    int twelve = text.indexOf("12");
    int four = text.indexOf("4 people");
    int second = text.indexOf("In Kyiv");
    List<Claim> claims = List.of(
        new Claim("killed", "people", new Span("12", twelve, twelve + 2), 12.0, 12.0, "at_least", null, "incident",
            new Subject("people", null, 12, 18), new org.sitrep.record.Place("Ukraine", "Ukraine", "UKR", 48.4, 31.2,
                "country", ua, ua + 7), night, null, false, new Span(text.substring(0, second - 1), 0, second - 1), "test"),
        new Claim("killed", "people", new Span("4", four, four + 1), 4.0, 4.0, "exact", null, "incident",
            new Subject("people", null, four + 2, four + 8), new org.sitrep.record.Place("Kyiv", "Kyiv", "UKR", 50.45,
                30.52, "locality", kyiv, kyiv + 4), night, null, false,
            new Span(text.substring(second), second, text.length()), "test"));
    Article a = new Article("d".repeat(64), null, null, "Night", "2026-11-20", null, "en", text, List.of(),
        Article.ANALYZED, null, List.of(), null, null, null);
    Record r = new Record(Record.SCHEMA, a, List.of(), claims, List.of(), List.of());

    List<org.sitrep.store.LedgerStore.Entry> entries = Entries.of(
        new org.sitrep.store.LedgerStore.Source(r, "s", "2026-11-20", "wire", "v"), new Corrections(List.of()));

    assertNull(entries.get(0).placePath(), "spread over the country");
    assertEquals("UKR", entries.get(0).place());
    assertNotEquals(entries.get(0).thread(), entries.get(1).thread());
  }

  @Test
  void aFigureComparedWithAPeriodsTotalIsAnotherPeriodsAndWithARunningTotalAnEarlierEstimate() {
    var periods = entries("There were 300 attacks since January, up from 110 last year.",
        new String[][] {{"300", "January", "2026-01"}, {"110", "last year", "2025"}});
    assertEquals("in 2026", periods.get(0).period());
    assertEquals("in 2025", periods.get(1).period());
    assertNotEquals(periods.get(0).thread(), periods.get(1).thread());

    var running = entries("There have been 4,000 attacks, up from an estimate of 3,000 in October.",
        new String[][] {{"4,000", null, null}, {"3,000", "October", "2026-10"}});
    assertNull(running.get(1).period());
    assertEquals(running.get(0).thread(), running.get(1).thread());
    assertEquals("2026-10-31", running.get(1).day());
  }
}
