package org.sitrep.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.record.Actor;
import org.sitrep.record.Article;
import org.sitrep.record.Claim;
import org.sitrep.record.Record;
import org.sitrep.record.Source;
import org.sitrep.record.Span;
import org.sitrep.record.Subject;
import org.sitrep.store.Store;

class FateTest {
  @TempDir Path dir;

  /** A claim on the number {@code number} (the first one in the sentence from {@code from}). */
  private static Claim claim(String sentence, String number, String measure, String unit) {
    int at = sentence.indexOf(number);
    Double value = number.matches("\\d.*") ? Double.valueOf(number.replace(",", "")) : 1.0; // words: any value
    return new Claim(measure, unit, new Span(number, at, at + number.length()), value, value, "exact",
        null, "total", new Subject(unit, "RUS", null, null), null, null,
        new Source("the air force", "ukr-air-force", 0, 0), false,
        new Span(sentence, 0, sentence.length()), "test");
  }

  private static void assertFate(String expected, String sentence, String number, String measure) {
    assertEquals(expected, Fate.of(claim(sentence, number, measure, "drones")), sentence + " / " + number);
  }

  @Test
  void weaponFatesAreReadFromTheFiguresOwnClause() {
    String s = "Russia launched 65 drones overnight and 42 were shot down, the air force said.";
    assertFate(Fate.LAUNCHED, s, "65", "weapons");
    assertFate(Fate.INTERCEPTED, s, "42", "weapons");
    assertFate(Fate.LAUNCHED, "Of the 65 drones launched, 42 were intercepted and 9 hit targets.", "65", "weapons");
    assertFate(Fate.INTERCEPTED, "Of the 65 drones launched, 42 were intercepted and 9 hit targets.", "42", "weapons");
    assertFate(Fate.HIT, "Of the 65 drones launched, 42 were intercepted and 9 hit targets.", "9", "weapons");
    assertFate(Fate.INTERCEPTED, "Air defences shot down 30 missiles.", "30", "weapons");
    assertFate(null, "The army has 300 tanks.", "300", "weapons");
  }

  @Test
  void weaponsThatDoNotFlyAreDestroyedNotIntercepted() {
    String s = "Its fighters destroyed three Merkava tanks.";
    assertEquals(Fate.DESTROYED, Fate.of(claim(s, "three", "weapons", "Merkava tanks")));
    assertEquals(Fate.INTERCEPTED, Fate.of(claim("It destroyed three drones.", "three", "weapons", "drones")));
  }

  @Test
  void aClauseOfAnotherActAfterTheNumberGivesNoFate() {
    Claim toll = claim("The toll rose to 35 on Monday after a wounded woman died in hospital.", "35", "killed", "people");
    assertNull(Fate.of(toll));
  }

  @Test
  void theVerbRightBeforeTheNumberBeatsAParticipleAfterIt() {
    assertFate(Fate.INTERCEPTED, "Its forces shot down four drones and a missile launched from Yemen.", "four", "weapons");
    assertFate(Fate.LAUNCHED, "Russia launched 65 drones that were shot down over Kyiv.", "65", "weapons");
  }

  @Test
  void aPartitiveRightAfterTheNumberIsTheFiguresOwn() {
    String s = "The air force said Russia had launched 54 drones overnight and that 40 of them were downed.";
    assertFate(Fate.LAUNCHED, s, "54", "weapons");
    assertFate(Fate.INTERCEPTED, s, "40", "weapons");
    assertFate(Fate.LAUNCHED, "Russia fired 90 drones, of which 70 were jammed.", "90", "weapons");
    assertFate(Fate.LAUNCHED, "Russia attacked Ukraine with 118 drones on Tuesday night.", "118", "weapons");
    assertFate(Fate.LAUNCHED, "At least 40 drones targeted Kyiv overnight.", "40", "weapons");
    String both = "Russia launched 344 drones and 35 missiles, adding that 322 of the drones and 23 of the missiles"
        + " had been shot down.";
    assertFate(Fate.INTERCEPTED, both, "322", "weapons");
    assertFate(Fate.INTERCEPTED, both, "23", "weapons");
    assertFate(Fate.LAUNCHED, both, "344", "weapons");
    assertFate(Fate.INTERCEPTED, "Russia fired 90 drones, of which 70 were jammed.", "70", "weapons");
  }

  @Test
  void aPartTakesItsVerbsFateAndAWholeOfWeaponsWasLaunched() {
    String down = "Air defences shot down 40 of the 54 drones launched overnight.";
    assertFate(Fate.INTERCEPTED, down, "40", "weapons");
    assertFate(Fate.LAUNCHED, down, "54", "weapons");
    String after = "In a separate attack, 12 of 15 drones aimed at the port were intercepted.";
    assertFate(Fate.INTERCEPTED, after, "12", "weapons");
    assertFate(Fate.LAUNCHED, after, "15", "weapons");
    String words = "Its air defences had destroyed four of six missiles fired at the base.";
    assertFate(Fate.INTERCEPTED, words, "four", "weapons");
    assertFate(Fate.LAUNCHED, words, "six", "weapons");
    assertFate(null, "Gunmen killed 12 of the 30 passengers.", "30", "troops");
  }

  @Test
  void aNumberConjoinedToAnotherSharesItsVerb() {
    String s = "Russia launched 80 drones and three missiles at Ukraine overnight.";
    assertFate(Fate.LAUNCHED, s, "80", "weapons");
    assertFate(Fate.LAUNCHED, s, "three", "weapons");
    assertFate(null, "The army has 300 tanks and 40 jets.", "40", "weapons");
  }

  @Test
  void aDenialsHarmIsItsMeasureWhateverElseItsWordsName() {
    String sentence = "The foundation said no injuries or deaths occurred at the site.";
    Claim c = claim(sentence, "no", "killed", "deaths");
    Claim denial = new Claim(c.measure(), c.unit(), c.quantity(), 0.0, 0.0, "exact", null, "incident", c.subject(),
        null, null, c.source(), false, c.evidence(), org.sitrep.claims.ClaimFinder.DENIAL);

    assertEquals("casualties", Fate.of(c));
    assertNull(Fate.of(denial));
  }

  @Test
  void harmFatesSeparateKilledWoundedAndBoth() {
    assertFate(null, "About 4,000 soldiers were killed or wounded.", "4,000", "casualties");
    assertFate(Fate.CASUALTIES, "About 4,000 soldiers were killed or wounded.", "4,000", "killed");
    assertFate(Fate.KILLED, "At least 300 troops died in the assault.", "300", "troops");
    assertFate(Fate.WOUNDED, "Officials said 12 were killed and 40 injured.", "40", "killed");
    assertFate(null, "Officials said 12 were killed and 40 injured.", "12", "killed");
    assertFate(null, "Some 3,000 troops were sent to the front.", "3,000", "troops");
    assertFate(null, "The strike killed 37 people on Thursday and wounded more than 60 others.", "37", "killed");
    assertFate(Fate.CASUALTIES, "It said 37 people killed and wounded were taken away.", "37", "killed");
  }

  @Test
  void captivesSetFreeAreNoCaptivesTaken() {
    assertFate(null, "Gunmen abducted 45 people from the village.", "45", "captured");
    assertFate(Fate.RELEASED, "Police said they had rescued 12 of the captives.", "12", "captured");
    assertFate(Fate.RELEASED, "The two sides exchanged 150 prisoners each.", "150", "captured");
    assertFate(Fate.RELEASED, "Some 84 prisoners were released on Friday.", "84", "captured");
  }

  @Test
  void otherMeasuresHaveNoFate() {
    assertFate(null, "The strike destroyed 12 buildings.", "12", "infrastructure");
  }

  /**
   * Bug: the revised flag was raised when one claimant said in one statement that 65 drones were
   * launched and 42 shot down: two fates of the same weapons were taken for one figure changed.
   */
  @Test
  void bugRevisedRaisedForLaunchedAndShotDownInOneStatement() {
    String text = "Russia launched 65 drones overnight and 42 were shot down, the air force said.";
    List<Claim> claims = new ArrayList<>();
    claims.add(claim(text, "65", "weapons", "drones"));
    claims.add(claim(text, "42", "weapons", "drones"));
    List<Actor> actors = List.of(new Actor("RUS", "Russia", "country", "RUS", null, List.of()),
        new Actor("ukr-air-force", "Ukrainian Air Force", "organization", "UKR", "UKR", List.of()));
    Article a = new Article("a".repeat(64), null, "https://fate.example/1", "Drones", "2025-05-01",
        "Outlet", "en", text, List.of(), Article.ANALYZED, null, List.of(), null, null, null);
    String db = dir.resolve("fate.db").toString();
    try (Store store = Store.open(db); Ledger ledger = Ledger.open(db)) {
      Record r = new Record(Record.SCHEMA, a, actors, claims, List.of(), List.of());
      store.put(r, "test");
      ledger.update(r);
      assertEquals(2, ledger.flush());
      List<ThreadLine> lines = ledger.threads(ThreadFilter.all());
      assertEquals(2, lines.size());
      assertNotEquals(lines.get(0).id(), lines.get(1).id());
      for (ThreadLine l : lines) assertFalse(l.flags().contains("revised"), l.toString());
      assertEquals(List.of("weapons intercepted", "weapons launched"),
          lines.stream().map(ThreadLine::measure).sorted().toList());
    }
  }
}
