package org.sitrep.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.store.LedgerStore.Entry;

class ReconcilerTest {
  private static Entry entry(String article, String story, String day, String outlet, String claimant,
      double low, double high, String qualifier, String kind) {
    return new Entry(article, 0, "b", "T", story, day, outlet, "killed", kind, null, "people",
        qualifier, low, high, "people", "XXX", "people", null, claimant, claimant, "evidence", null, null, null, false);
  }

  @Test
  void anEarlierFigureOfAComparisonComesBeforeItsArticlesOthers() {
    // "has risen to 52, up from 38 reported earlier": the 38 is the second claim but the earlier figure
    Entry risen = new Entry("a", 0, "b", "T", "s1", "2025-05-14", "O", "killed", "incident", null, "people",
        "exact", 52.0, 52.0, "people", "XXX", "people", null, "X", "X", "evidence", null, "2025-05-14", null, false);
    Entry before = new Entry("a", 1, "b", "T", "s1", "2025-05-14", "O", "killed", "incident", null, "people",
        "exact", 38.0, 38.0, "people", "XXX", "people", null, "X", "X", "evidence", null, "2025-05-14", null, true);

    Reconciled r = Reconciler.reconcile(List.of(risen, before));

    assertEquals(52.0, r.latest().get(0).low());
  }

  @Test
  void aTollThatHasRisenOvertakesALowerOneOfTheSameDay() {
    Entry four = new Entry("a", 0, "b", "T", "s1", "2025-05-14", "O", "killed", "incident", null, "people",
        "exact", 4.0, 4.0, "people", "XXX", "people", null, "Mayor", "mayor", "A missile killed four people.", null,
        "2025-05-13", null, false);
    Entry five = new Entry("b", 0, "b", "T", "s2", "2025-05-14", "P", "killed", "incident", null, "people",
        "exact", 5.0, 5.0, "people", "XXX", "people", null, "Governor", "governor",
        "The death toll rose to five, the governor said.", null, "2025-05-13", null, false);
    Entry six = new Entry("c", 0, "b", "T", "s3", "2025-05-14", "Q", "killed", "incident", null, "people",
        "exact", 6.0, 6.0, "people", "XXX", "people", null, "Police", "police", "Six people were killed.", null,
        "2025-05-13", null, false);

    assertFalse(Reconciler.reconcile(List.of(four, five)).disputed());
    assertTrue(Reconciler.reconcile(List.of(four, six)).disputed(), "no rise told: two counts of one day");
  }

  private static Entry total(String article, String story, String day, String claimant, double v) {
    return entry(article, story, day, "Outlet " + article, claimant, v, v, "exact", "total");
  }

  private static Entry rate(String article, String day, String claimant, double v) {
    return entry(article, "s" + article, day, "Outlet " + article, claimant, v, v, "exact", "rate");
  }

  @Test
  void aRateAnotherClaimantGaveWeeksBeforeIsAnEarlierReadingNotADispute() {
    Entry un = rate("a", "2026-02-20", "UN", 600);
    Entry cogat = rate("b", "2026-02-20", "COGAT", 420);
    Entry later = rate("c", "2026-03-06", "UN", 250);

    assertTrue(Reconciler.reconcile(List.of(un, cogat)).disputed(), "two rates of one day dispute");
    Reconciled r = Reconciler.reconcile(List.of(cogat, un, later));
    assertFalse(r.disputed());
    assertEquals(250.0, r.centralLow());
    assertFalse(r.revised(), "a rate of a later day is a new reading");
    assertFalse(Summaries.of(List.of(cogat, un, later)).disputed());
    assertEquals(250.0, Summaries.of(List.of(cogat, un, later)).centralLow());
    assertTrue(Reconciler.reconcile(List.of(un, rate("d", "2026-02-20", "UN", 500))).revised(), "changed within a day");
    // "600 a day, up from fewer than 100 before the ceasefire": the earlier of a comparison
    Entry before = new Entry("a", 1, "b", "T", "sa", "2026-02-20", "Outlet a", "killed", "rate", null, "people",
        "less_than", 100.0, 100.0, "people", "XXX", "people", null, "UN", "UN", "evidence", null, null, null, true);
    assertFalse(Reconciler.reconcile(List.of(un, before)).revised());
    assertFalse(Summaries.of(List.of(un, before)).revised());
  }

  @Test
  void aRepeatedFigureIsOneEstimateWithEveryOutlet() {
    Reconciled r = Reconciler.reconcile(List.of(total("a", "s1", "2025-01-01", "X", 100),
        total("b", "s1", "2025-01-01", "X", 100), total("c", "s2", "2025-02-01", "X", 100)));
    assertEquals(1, r.estimates().size());
    assertEquals(2, r.estimates().get(0).stories());
    assertEquals(List.of("Outlet a", "Outlet b", "Outlet c"), r.estimates().get(0).outlets());
    assertEquals("2025-02-01", r.estimates().get(0).lastDay());
    assertFalse(r.revised());
  }

  @Test
  void aHigherTotalOnALaterDateIsANewEstimateCountedOnNotARevision() {
    Reconciled r = Reconciler.reconcile(List.of(total("a", "s1", "2025-01-01", "X", 100),
        total("b", "s2", "2025-03-01", "X", 150)));
    assertEquals(2, r.estimates().size());
    assertEquals(150.0, r.latest().get(0).low());
    assertFalse(r.revised());
  }

  @Test
  void figuresOrdersOfMagnitudeApartCountDifferentScopesNotADispute() {
    assertTrue(Reconciler.reconcile(List.of(total("a", "s1", "2026-01-01", "Police", 10_000),
        total("b", "s2", "2026-01-01", "Organisers", 100_000))).disputed());
    assertFalse(Reconciler.reconcile(List.of(total("a", "s1", "2026-01-01", "UN", 20_000),
        total("b", "s2", "2026-01-01", "Resident", 600))).disputed());
    assertTrue(Reconciler.reconcile(List.of(total("a", "s1", "2026-01-01", "UN", 20_000),
        total("b", "s2", "2026-01-01", "Resident", 600), total("c", "s3", "2026-01-01", "Army", 40))).disputed());
    assertTrue(Reconciler.reconcile(List.of(total("a", "s1", "2026-01-01", "Rebels", 0),
        total("b", "s2", "2026-01-01", "Army", 40))).disputed());
  }

  @Test
  void anOpenTotalFollowedByAHigherOneIsCountedOn() {
    assertFalse(Reconciler.reconcile(List.of(entry("a", "s1", "2026-02-10", "O", "X", 11_600_000, 11_600_000, "more_than", "total"),
        entry("b", "s2", "2026-03-03", "O", "X", 11_700_000, 11_700_000, "exact", "total"))).revised());
  }

  @Test
  void aTotalLoweredOrChangedWithinADayAndAnIncidentsChangedTollAreRevisions() {
    assertTrue(Reconciler.reconcile(List.of(total("a", "s1", "2025-01-01", "X", 150),
        total("b", "s2", "2025-03-01", "X", 100))).revised());
    assertTrue(Reconciler.reconcile(List.of(total("a", "s1", "2025-01-01", "X", 100),
        total("b", "s2", "2025-01-01", "X", 150))).revised());
    assertTrue(Reconciler.reconcile(List.of(entry("a", "s1", "2025-01-01", "O", "X", 12, 12, "exact", "incident"),
        entry("b", "s2", "2025-01-02", "O", "X", 19, 19, "exact", "incident"))).revised());
  }

  @Test
  void differentIncrementsAreNotRevisions() {
    Reconciled r = Reconciler.reconcile(List.of(
        entry("a", "s1", "2025-01-01", "O", "X", 5, 5, "exact", "increment"),
        entry("b", "s2", "2025-02-01", "O", "X", 3, 3, "exact", "increment")));
    assertFalse(r.revised());
  }

  @Test
  void disjointLatestRangesAreDisputed() {
    Reconciled r = Reconciler.reconcile(List.of(total("a", "s1", "2025-01-01", "X", 8000),
        total("b", "s2", "2025-01-02", "Y", 950)));
    assertTrue(r.disputed());
  }

  @Test
  void anIncidentsTollOvertakenByALaterHigherOneIsNotDisputed() {
    Entry governor = entry("a", "s1", "2025-06-10", "O", "governor", 12, 12, "exact", "incident");
    Entry ministry = entry("b", "s2", "2025-06-11", "O", "ministry", 16, 16, "exact", "incident");
    Entry attacker = entry("c", "s3", "2025-06-11", "O", "attacker", 3, 3, "exact", "incident");

    Reconciled rising = Reconciler.reconcile(List.of(governor, ministry));
    Reconciled denied = Reconciler.reconcile(List.of(governor, ministry, attacker));

    assertFalse(rising.disputed());
    assertEquals(16.0, rising.centralLow());
    assertTrue(denied.disputed(), "a lower figure given as late is a dispute");
    assertEquals(Summaries.of(List.of(governor, ministry)).disputed(), rising.disputed());
  }

  @Test
  void aDenialIsDisputedByALaterTollNotOvertaken() {
    Entry army = entry("a", "s1", "2025-06-10", "O", "army", 0, 0, "exact", "incident");
    Entry residents = entry("b", "s1", "2025-06-10", "O", "residents", 12, 12, "exact", "incident");
    Entry rescuers = entry("c", "s2", "2025-06-11", "O", "rescuers", 19, 19, "exact", "incident");

    Reconciled r = Reconciler.reconcile(List.of(army, residents, rescuers));

    assertTrue(r.disputed());
    assertEquals(Summaries.of(List.of(army, residents, rescuers)).disputed(), r.disputed());
  }

  @Test
  void aTollTheTextGivesAsEarlierYieldsToTheCurrentOne() {
    // "The toll rose to 11, the emergency service said. Officials had earlier put the toll at six."
    Entry current = entry("b", "s2", "2025-11-05", "O", "service", 11, 11, "exact", "incident");
    Entry earlier = new Entry("b", 1, "b", "T", "s2", "2025-11-05", "O", "killed", "incident", null, "people",
        "exact", 6.0, 6.0, "people", "XXX", "people", null, "officials", "officials", "evidence", null, null, null, true);

    Reconciled r = Reconciler.reconcile(List.of(current, earlier));

    assertFalse(r.disputed());
    assertEquals(11.0, r.centralLow());
    assertEquals(Summaries.of(List.of(current, earlier)).disputed(), r.disputed());
    assertEquals(Summaries.of(List.of(current, earlier)).centralLow(), r.centralLow());
  }

  @Test
  void aVagueOrOpenTollALaterNarrowerOneMakesPreciseIsOvertaken() {
    Entry dozens = entry("a", "s1", "2025-11-04", "O", "officials", 24, 99, "vague", "incident");
    Entry atLeast = entry("a", "s1", "2025-11-04", "O", "governor", 6, 6, "at_least", "incident");
    Entry later = entry("b", "s2", "2025-11-05", "O", "service", 52, 52, "exact", "incident");

    Reconciled r = Reconciler.reconcile(List.of(dozens, atLeast, later));

    assertEquals(52.0, r.centralLow());
    assertEquals(52.0, r.centralHigh());
    assertEquals(Summaries.of(List.of(dozens, atLeast, later)).centralLow(), r.centralLow());
  }

  @Test
  void anOpenEndedFigureOverlapsAHigherOne() {
    Reconciled r = Reconciler.reconcile(List.of(
        entry("a", "s1", "2025-01-01", "O", "X", 1600, 1600, "at_least", "total"),
        total("b", "s2", "2025-01-02", "Y", 2400)));
    assertFalse(r.disputed());
  }

  @Test
  void approximateFiguresWithinTenPercentAgree() {
    Reconciled r = Reconciler.reconcile(List.of(
        entry("a", "s1", "2025-01-01", "O", "X", 4000, 4000, "approximate", "total"),
        total("b", "s2", "2025-01-02", "Y", 4300)));
    assertFalse(r.disputed());
  }

  @Test
  void centralRangeIsTheMedianOfTheLatestEstimates() {
    Reconciled r = Reconciler.reconcile(List.of(total("a", "s1", "2025-01-01", "X", 10),
        entry("b", "s2", "2025-01-02", "O", "Y", 20, 30, "exact", "total"),
        total("c", "s3", "2025-01-03", "Z", 50)));
    assertEquals(20.0, r.centralLow());
    assertEquals(30.0, r.centralHigh());
    assertEquals(10.0, r.low());
    assertEquals(50.0, r.high());
  }

  @Test
  void theResultDoesNotDependOnInputOrder() {
    List<Entry> entries = List.of(total("a", "s1", "2025-01-01", "X", 100),
        total("b", "s2", "2025-03-01", "X", 150), total("c", "s3", "2025-02-01", "Y", 90));
    assertEquals(Reconciler.reconcile(entries),
        Reconciler.reconcile(List.of(entries.get(2), entries.get(0), entries.get(1))));
  }

  @Test
  void incrementsAboutDifferentEventsAreNotDisputed() {
    Reconciled r = Reconciler.reconcile(List.of(
        entry("a", "s1", "2025-01-01", "O", "X", 5000, 5000, "exact", "increment"),
        entry("b", "s2", "2025-02-01", "O", "Y", 300, 300, "exact", "increment")));
    assertFalse(r.disputed());
  }
}
