package org.sitrep.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.record.Article;
import org.sitrep.record.Claim;
import org.sitrep.record.Place;
import org.sitrep.record.Record;
import org.sitrep.record.Source;
import org.sitrep.record.Span;
import org.sitrep.record.Subject;
import org.sitrep.record.TimeRef;
import org.sitrep.store.LedgerStore.Correction;
import org.sitrep.store.LedgerStore.Entry;
import org.sitrep.store.Store;

class IncidentLinksTest {
  private static final IncidentLinks LINKS = new IncidentLinks(new Corrections(List.of()));

  @TempDir Path dir;

  private static Entry entry(String article, String reportDay, String incident, boolean floating, String noun) {
    return entry(article, reportDay, incident, floating, noun, 8.0);
  }

  private static Entry entry(String article, String reportDay, String incident, boolean floating, String noun,
      double value) {
    Entry e = new Entry(article, 0, "", "", article, reportDay, "O", "killed", "incident", null,
        "people", "exact", value, value, "people", null, noun, "odesa", "officials", "officials", "evidence",
        null, incident, null, false, "killed|incident||||odesa", floating);
    String base = ThreadKey.of(e, noun, incident).base();
    return e.movedTo(base, ThreadKey.idOf(base), incident);
  }

  private static Entry entry(String article, String reportDay, String incident, boolean floating) {
    return entry(article, reportDay, incident, floating, "people");
  }

  private static Entry floating(String article, String reportDay) {
    return entry(article, reportDay, reportDay, true);
  }

  /** A figure of a strike placed at {@code place} (its key's name), within {@code path}, in the UKR family. */
  private static Entry placed(String article, String reportDay, String incident, boolean floating, String place,
      String path) {
    return placed(article, 0, reportDay, incident, floating, place, path);
  }

  /** As above, the article's figure {@code ord}. */
  private static Entry placed(String article, int ord, String reportDay, String incident, boolean floating,
      String place, String path) {
    Entry e = new Entry(article, ord, "", "", article, reportDay, "O", "killed", "incident", null,
        "people", "exact", 9.0, 9.0, "people", null, "people", place, "officials", "officials", "evidence",
        null, incident, null, false, "killed|incident||||UKR", floating, path);
    String base = ThreadKey.of(e, "people", incident).base();
    return e.movedTo(base, ThreadKey.idOf(base), incident);
  }

  private static final String ODESA = "UKR/odesa oblast/odesa";
  private static final String IZMAIL = "UKR/odesa oblast/izmail";
  private static final String REGION = "UKR/odesa oblast";

  @Test
  void aFollowUpNamingOnlyTheRegionOrTheCountryJoinsTheTownsIncident() {
    Entry strike = placed("a", "2026-09-01", "2026-09-01", false, "odesa", ODESA);
    Entry region = placed("b", "2026-09-02", "2026-09-02", true, "odesa oblast", REGION);
    Entry country = placed("c", "2026-09-03", "2026-09-03", true, "UKR", "UKR");

    List<Entry> linked = LINKS.link(List.of(strike, region, country));

    assertEquals(strike.base(), linked.get(1).base());
    assertEquals(strike.base(), linked.get(2).base());
    assertEquals("2026-09-01", linked.get(2).incident());
  }

  @Test
  void aFollowUpNamingTheRegionOfTwoStruckTownsJoinsNeither() {
    Entry odesa = placed("a", "2026-09-01", "2026-09-01", false, "odesa", ODESA);
    Entry izmail = placed("b", "2026-09-01", "2026-09-01", false, "izmail", IZMAIL);
    Entry region = placed("c", "2026-09-02", "2026-09-02", true, "odesa oblast", REGION);

    List<Entry> linked = LINKS.link(List.of(odesa, izmail, region));

    assertEquals(region, linked.get(2));
    assertNotEquals(odesa.base(), linked.get(2).base());
  }

  @Test
  void aFigureOfTheDayPlacedOnlyInTheRegionCountsTheTownsIncidentOfThatDay() {
    Entry town = placed("a", "2026-09-01", "2026-09-01", false, "odesa", ODESA);
    Entry region = placed("b", "2026-09-02", "2026-09-01", false, "odesa oblast", REGION);
    Entry otherDay = placed("c", "2026-09-03", "2026-09-02", false, "odesa oblast", REGION);
    // a town's follow-up that names no day, after a report that named only the region
    Entry first = placed("d", "2026-09-05", "2026-09-05", false, "odesa oblast", REGION);
    Entry townFollowUp = placed("e", "2026-09-06", "2026-09-06", true, "odesa", ODESA);

    List<Entry> linked = LINKS.link(List.of(town, region, otherDay, first, townFollowUp));

    assertEquals(town.base(), linked.get(1).base());
    assertEquals(otherDay, linked.get(2), "no town was struck that day");
    assertEquals(first, linked.get(3));
    assertEquals(first.base(), linked.get(4).base());
  }

  @Test
  void aFigureOfTheCountryWhoseStoryGivesTheTownItsOwnStaysTheCountrys() {
    Entry national = placed("a", "2026-09-02", "2026-09-01", false, "UKR", "UKR");
    Entry town = placed("a", 1, "2026-09-02", "2026-09-01", false, "odesa", ODESA);
    Entry elsewhere = placed("b", "2026-09-02", "2026-09-01", false, "UKR", "UKR");

    List<Entry> linked = LINKS.link(List.of(national, town, elsewhere));

    assertEquals(national.base(), linked.get(0).base(), "its own story told the town apart");
    assertEquals(town.base(), linked.get(2).base(), "another story's count of the country is the town's");
  }

  @Test
  void aFollowUpThatNamesNoDayJoinsTheIncidentOfTheDayBefore() {
    Entry strike = entry("a", "2026-05-19", "2026-05-19", false);
    Entry followUp = floating("b", "2026-05-20");

    List<Entry> linked = LINKS.link(List.of(strike, followUp));

    assertEquals(strike, linked.get(0));
    assertEquals(strike.thread(), linked.get(1).thread());
    assertEquals(strike.base(), linked.get(1).base());
    assertEquals("2026-05-19", linked.get(1).incident());
  }

  @Test
  void aFollowUpJoinsTheNightsIncidentWhenTheNightIsTheOneInReach() {
    Entry barrage = entry("a", "2026-05-20", "2026-05-19TNI", false);
    Entry followUp = floating("b", "2026-05-21");

    List<Entry> linked = LINKS.link(List.of(barrage, followUp));

    assertEquals(barrage.base(), linked.get(1).base());
    assertEquals("2026-05-19TNI", linked.get(1).incident());
  }

  /** A figure of a strike "early on" the day after {@code night}, which keys as that night. */
  private static Entry dawn(String article, String reportDay, String night) {
    Entry e = entry(article, reportDay, night, false);
    return new Entry(e.articleId(), e.ord(), e.base(), e.thread(), e.storyId(), e.day(), e.outlet(), e.measure(),
        e.kind(), e.per(), e.unit(), e.qualifier(), e.low(), e.high(), e.subject(), e.state(), e.noun(), e.place(),
        e.claimant(), e.claimantKey(), e.evidence(), e.fate(), e.incident(), e.period(), e.earlier(), e.family(),
        e.floating(), e.placePath(), true);
  }

  @Test
  void aStrikeEarlyOnADayCountsThatDaysIncidentWhereOtherStoriesTellItSo() {
    Entry early = dawn("a", "2026-03-02", "2026-03-01TNI");
    Entry mourned = entry("b", "2026-03-05", "2026-03-02", false);
    Entry followUp = floating("c", "2026-03-03");

    List<Entry> linked = LINKS.link(List.of(early, mourned, followUp));

    assertEquals(mourned.base(), linked.get(0).base());
    assertEquals("2026-03-02", linked.get(0).incident());
    assertEquals(mourned.base(), linked.get(2).base());
    assertEquals(linked, LINKS.link(linked), "a figure given the day is given it again");
  }

  @Test
  void aStrikeEarlyOnADayStaysTheNightsWhereTheNightIsToldOrItsOwnStoryTellsTheDayApart() {
    Entry early = dawn("a", "2026-03-02", "2026-03-01TNI");
    Entry mourned = entry("b", "2026-03-05", "2026-03-02", false);
    Entry overnight = entry("c", "2026-03-02", "2026-03-01TNI", false);
    Entry later = entry("a", "2026-03-02", "2026-03-02", false);

    assertEquals(early, LINKS.link(List.of(early, mourned, overnight)).get(0));
    assertEquals(early, LINKS.link(List.of(early, later)).get(0));
    assertEquals(early, LINKS.link(List.of(early)).get(0));
    List<Entry> given = LINKS.link(List.of(early, mourned));
    assertEquals("2026-03-01TNI", LINKS.link(List.of(given.get(0), mourned, overnight)).get(0).incident(),
        "a figure given the day goes back to its night when another story tells the night");
  }

  @Test
  void aFollowUpAfterADaysStrikeAndTheNightsBarrageJoinsNeither() {
    Entry strike = entry("a", "2026-05-19", "2026-05-19", false);
    Entry barrage = entry("b", "2026-05-20", "2026-05-19TNI", false);
    Entry followUp = floating("c", "2026-05-20");

    List<Entry> linked = LINKS.link(List.of(strike, barrage, followUp));

    assertNotEquals(strike.base(), barrage.base());
    assertEquals(followUp, linked.get(2));
  }

  @Test
  void aFollowUpTooLongAfterOrBeforeTheIncidentStaysOnItsOwnDay() {
    Entry strike = entry("a", "2026-05-19", "2026-05-19", false);
    Entry late = floating("b", "2026-05-22");
    Entry before = floating("c", "2026-05-18");

    List<Entry> linked = LINKS.link(List.of(strike, late, before));

    assertEquals(late, linked.get(1));
    assertEquals(before, linked.get(2));
  }

  @Test
  void aFollowUpAfterTwoIncidentsOfItsFamilyIsLinkedToNeither() {
    Entry first = entry("a", "2026-05-18", "2026-05-18", false);
    Entry second = entry("b", "2026-05-19", "2026-05-19", false);
    Entry followUp = floating("c", "2026-05-20");

    assertEquals(followUp, LINKS.link(List.of(first, second, followUp)).get(2));
  }

  @Test
  void aFollowUpOnTheIncidentsOwnDayStaysThere() {
    Entry earlier = entry("a", "2026-05-18", "2026-05-18", false);
    Entry sameDay = entry("b", "2026-05-19", "2026-05-19", false);
    Entry followUp = floating("c", "2026-05-19");

    assertEquals(followUp, LINKS.link(List.of(earlier, sameDay, followUp)).get(2));
  }

  @Test
  void aLinkedFollowUpTheUserSplitOffStaysWhereTheUserPutIt() {
    Entry strike = entry("a", "2026-05-19", "2026-05-19", false);
    Entry followUp = floating("b", "2026-05-20");
    IncidentLinks links = new IncidentLinks(new Corrections(List.of(
        new Correction(Corrections.SPLIT, strike.thread(), "Fmine", List.of(followUp.claimId())))));

    assertEquals("Fmine", links.link(List.of(strike, followUp)).get(1).thread());
  }

  @Test
  void aTollOfPeopleJoinsTheOneIncidentInReachWhateverItsFigureCounted() {
    Entry workers = entry("a", "2026-05-19", "2026-05-19", false, "worker");
    Entry followUp = floating("b", "2026-05-20");

    Entry linked = LINKS.link(List.of(workers, followUp)).get(1);

    assertEquals(workers.thread(), linked.thread());
  }

  @Test
  void aTollOfPeopleAfterFiguresOfTwoNounsOrAFollowUpOfAnotherNounIsLinkedToNone() {
    Entry workers = entry("a", "2026-05-19", "2026-05-19", false, "worker");
    Entry troops = entry("b", "2026-05-19", "2026-05-19", false, "troops");
    Entry people = floating("c", "2026-05-20");
    Entry children = entry("d", "2026-05-20", "2026-05-20", true, "children");

    List<Entry> linked = LINKS.link(List.of(workers, troops, people, children));

    assertEquals(people, linked.get(2));
    assertEquals(children, linked.get(3));
  }

  @Test
  void childrenAmongAFollowUpsTollJoinTheOneIncidentInReachUnderTheirOwnCount() {
    Entry toll = entry("a", "2026-05-19", "2026-05-19", false, "people");
    Entry children = entry("b", "2026-05-20", "2026-05-20", true, "children");
    Entry troops = entry("c", "2026-05-20", "2026-05-20", true, "troops");
    Entry part = entry("d", "2026-05-20", "2026-05-20", true, "women part");

    List<Entry> linked = LINKS.link(List.of(toll, children, troops, part));

    assertEquals("2026-05-19", linked.get(1).incident());
    assertEquals(ThreadKey.of(toll, "children", "2026-05-19").base(), linked.get(1).base(), "their own count");
    assertEquals(troops, linked.get(2), "troops are no part of a toll of people");
    assertEquals("2026-05-19", linked.get(3).incident(), "'including three women'");
  }

  @Test
  void aDenialJoinsTheOneTollOfItsIncidentsDayWhateverItCounts() {
    Entry toll = entry("a", "2026-05-19", "2026-05-19", false, "people");
    Entry denial = entry("b", "2026-05-19", "2026-05-19", false, "civilians", 0.0);
    Entry troops = entry("c", "2026-05-19", "2026-05-19", false, "troops");

    assertEquals(toll.thread(), LINKS.link(List.of(toll, denial)).get(1).thread());
    assertEquals(denial, LINKS.link(List.of(toll, denial, troops)).get(1));
  }

  // --- through the ledger, with records as analysis gives them ---

  private static final String STRIKE = "A Russian missile struck an apartment block in Odesa on Tuesday, killing 8 people.";
  private static final String FOLLOW_UP = "The death toll from the missile strike in Odesa has risen to 14, officials said.";

  private static Record record(String id, String published, String text, String number, TimeRef time) {
    return record(id, published, text, number, Double.valueOf(number), "people", time);
  }

  private static Record record(String id, String published, String text, String number, double value, String noun,
      TimeRef time) {
    int at = text.indexOf(number);
    Place odesa = new Place("Odesa", "Odesa", "UKR", 46.48, 30.72, "locality", text.indexOf("Odesa"),
        text.indexOf("Odesa") + 5);
    Claim c = new Claim("killed", noun, new Span(number, at, at + number.length()), value, value, "exact", null,
        "incident", new Subject(noun, null, null, null), odesa, time, new Source("officials", null, 0, 9), false,
        new Span(text, 0, text.length()), "test");
    Article a = new Article(id.repeat(64), null, null, "Strike", published, null, "en", text, List.of(),
        Article.ANALYZED, null, List.of(), null, null, null);
    return new Record(Record.SCHEMA, a, List.of(), List.of(c), List.of(), List.of());
  }

  private static List<Record> story() {
    int tuesday = STRIKE.indexOf("Tuesday");
    return List.of(
        record("a", "2026-05-19", STRIKE, "8", new TimeRef("Tuesday", "2026-05-19", tuesday, tuesday + 7)),
        record("b", "2026-05-20", FOLLOW_UP, "14", null));
  }

  /** The thread of each article's figure, by article id, after ingesting the records in this order. */
  private Map<String, String> ingested(List<Record> records, String name) {
    String db = dir.resolve(name).toString();
    try (Store store = Store.open(db); Ledger ledger = Ledger.open(db)) {
      for (Record r : records) {
        store.put(r, "test");
        ledger.update(r);
      }
      ledger.flush();
      Map<String, String> out = new java.util.TreeMap<>();
      for (Record r : records) out.put(r.article().id(), ledger.threadsOf(r.article().id()).get(0));
      return out;
    }
  }

  @Test
  void theFollowUpJoinsTheStrikeWhicheverArrivesFirst() {
    List<Record> reversed = new ArrayList<>(story());
    java.util.Collections.reverse(reversed);

    Map<String, String> inOrder = ingested(story(), "in-order.db");

    assertEquals(1, inOrder.values().stream().distinct().count());
    assertEquals(inOrder, ingested(reversed, "reversed.db"));
  }

  private static Record inRegion(String id, String published, String text, String number, TimeRef time) {
    Record r = record(id, published, text, number, 12, "people", time);
    Claim c = r.claims().get(0);
    int at = text.indexOf("Odesa region");
    Place region = new Place("Odesa region", "Odesa Oblast", "UKR", "Odesa Oblast", 46.8, 30.0, "region", at, at + 12);
    Claim placed = new Claim(c.measure(), c.unit(), c.quantity(), c.low(), c.high(), c.qualifier(), c.per(), c.kind(),
        c.subject(), region, c.time(), c.source(), c.hedged(), c.evidence(), c.finder());
    return new Record(r.schema(), r.article(), r.actors(), List.of(placed), r.quotes(), r.events());
  }

  @Test
  void aStrikeEarlyOnADayAndItsFollowUpsAreOneIncidentInAnyIngestOrder() {
    String early = "A missile struck an apartment block in Odesa early on Monday, killing 9 people.";
    String mourned = "The death toll from Monday's missile strike in Odesa has risen to 19, officials said.";
    int monday = early.indexOf("Monday");
    int mondays = mourned.indexOf("Monday");
    List<Record> records = List.of(
        record("a", "2026-03-02", early, "9", new TimeRef("Monday", "2026-03-02", monday, monday + 6)),
        record("b", "2026-03-05", mourned, "19", new TimeRef("Monday's", "2026-03-02", mondays, mondays + 8)),
        record("c", "2026-03-03", FOLLOW_UP, "14", null));
    int[][] orders = {{0, 1, 2}, {0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}};

    Map<String, String> first = null;
    for (int[] order : orders) {
      List<Record> ordered = new ArrayList<>();
      for (int i : order) ordered.add(records.get(i));
      Map<String, String> threads = ingested(ordered, "dawn-" + order[0] + order[1] + order[2] + ".db");
      assertEquals(1, threads.values().stream().distinct().count(), threads.toString());
      if (first == null) first = threads;
      assertEquals(first, threads);
    }
  }

  @Test
  void aFollowUpNamingOnlyTheRegionJoinsTheTownsStrikeWhicheverArrivesFirst() {
    int tuesday = STRIKE.indexOf("Tuesday");
    Record strike = record("a", "2026-05-19", STRIKE, "8", 8, "people", new TimeRef("Tuesday", "2026-05-19", tuesday,
        tuesday + 7));
    Claim c = strike.claims().get(0);
    Place odesa = new Place(c.place().text(), c.place().name(), "UKR", "Odesa Oblast", c.place().lat(),
        c.place().lon(), "locality", c.place().start(), c.place().end());
    strike = new Record(strike.schema(), strike.article(), strike.actors(), List.of(new Claim(c.measure(), c.unit(),
        c.quantity(), c.low(), c.high(), c.qualifier(), c.per(), c.kind(), c.subject(), odesa, c.time(), c.source(),
        c.hedged(), c.evidence(), c.finder())), strike.quotes(), strike.events());
    Record followUp = inRegion("b", "2026-05-20",
        "The death toll from the strike in the Odesa region has risen to 12, officials said.", "12", null);
    List<Record> records = List.of(strike, followUp);

    Map<String, String> inOrder = ingested(records, "region.db");

    assertEquals(1, inOrder.values().stream().distinct().count(), inOrder.toString());
    assertEquals(inOrder, ingested(List.of(followUp, strike), "region-reversed.db"));
  }

  private static final String HEX = "0123456789abcdef";

  @Test
  void strikesOnManyDaysKeepTheirFollowUpsInAnyIngestOrder() {
    List<Record> records = new ArrayList<>();
    java.time.LocalDate start = java.time.LocalDate.of(2026, 3, 1);
    for (int n = 0; n < 8; n++) {
      String strike = start.plusDays(3L * n).toString();
      String next = start.plusDays(3L * n + 1).toString();
      int tuesday = STRIKE.indexOf("Tuesday");
      // texts of their own: the store keeps one article per text
      records.add(record(HEX.substring(n, n + 1), strike, STRIKE + " Report " + n + ".", "8",
          new TimeRef("Tuesday", strike, tuesday, tuesday + 7)));
      records.add(record(HEX.substring(n + 8, n + 9), next, FOLLOW_UP + " Report " + n + ".", "14", null));
    }
    java.util.Collections.shuffle(records, new java.util.Random(11));

    Map<String, String> threads = ingested(records, "many.db");

    assertEquals(8, threads.values().stream().distinct().count());
    for (int n = 0; n < 8; n++) {
      assertEquals(threads.get(HEX.substring(n, n + 1).repeat(64)), threads.get(HEX.substring(n + 8, n + 9).repeat(64)));
    }
  }

  @Test
  void aDenialOfTheStrikesCiviliansJoinsItsTollWhicheverArrivesFirst() {
    String denied = "The army said no civilians were killed in Odesa on Tuesday.";
    int tuesday = denied.indexOf("Tuesday");
    List<Record> records = new ArrayList<>(story().subList(0, 1));
    records.add(record("c", "2026-05-19", denied, "no", 0, "civilians", new TimeRef("Tuesday", "2026-05-19", tuesday,
        tuesday + 7)));
    List<Record> reversed = new ArrayList<>(records);
    java.util.Collections.reverse(reversed);

    Map<String, String> inOrder = ingested(records, "denial.db");

    assertEquals(1, inOrder.values().stream().distinct().count());
    assertEquals(inOrder, ingested(reversed, "denial-reversed.db"));
    try (Ledger ledger = Ledger.open(dir.resolve("denial.db").toString())) {
      assertEquals("people", ledger.threads(ThreadFilter.all()).get(0).subject(), "a denial's words label no thread");
    }
  }

  @Test
  void theFollowUpGoesBackToItsOwnDayWhenTheStrikesReportIsDeleted() {
    String db = dir.resolve("deleted.db").toString();
    List<Record> records = story();
    try (Store store = Store.open(db); Ledger ledger = Ledger.open(db)) {
      for (Record r : records) store.put(r, "test");
      ledger.sync();
      String linked = ledger.threadsOf(records.get(1).article().id()).get(0);
      store.delete(records.get(0).article().id());
      ledger.sync();
      assertNotEquals(linked, ledger.threadsOf(records.get(1).article().id()).get(0));
      assertEquals(1, ledger.threads(ThreadFilter.all()).size());
    }
  }
}
