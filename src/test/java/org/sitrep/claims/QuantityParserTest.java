package org.sitrep.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class QuantityParserTest {
  private final QuantityParser parser = new QuantityParser();

  /** Rows are "span | low | high | qualifier | unit | per", with "-" for null. */
  private void check(String text, String... rows) {
    List<String> found = parser.find(text).stream().map(q -> row(text, q)).toList();
    assertEquals(List.of(rows), found, text);
  }

  private static String row(String text, Quantity q) {
    assertEquals(q.text(), text.substring(q.start(), q.end()), "offsets of " + q);
    return q.text() + " | " + plain(q.low()) + " | " + plain(q.high()) + " | " + q.qualifier()
        + " | " + (q.unit() == null ? "-" : q.unit()) + " | " + (q.per() == null ? "-" : q.per());
  }

  private static String plain(double v) {
    return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }

  @Test
  void readsDigitsWithSeparatorsAndScales() {
    check("Officials said 12,000 troops and 1.2 million civilians were affected.",
        "12,000 | 12000 | 12000 | exact | troops | -",
        "1.2 million | 1200000 | 1200000 | exact | civilians | -");
  }

  @Test
  void aMonthsYearIsNoLowEndOfARange() {
    check("It brought the toll since October 2023 to 72,418.", "72,418 | 72418 | 72418 | exact | - | -");
  }

  @Test
  void aCalibreAfterASpaceIsNoThousandsGroup() {
    check("Rebels fired 20 122 mm rockets, and 20 000 people fled.",
        "20 | 20 | 20 | exact | - | -",
        "122 mm | 122 | 122 | exact | mm | -",
        "20 000 | 20000 | 20000 | exact | people | -");
  }

  @Test
  void readsMoneyWithSignsAndSuffixes() {
    check("The package is worth $1.5bn, and Brussels added €300m and £40 million.",
        "$1.5bn | 1500000000 | 1500000000 | exact | USD | -",
        "€300m | 300000000 | 300000000 | exact | EUR | -",
        "£40 million | 40000000 | 40000000 | exact | GBP | -");
    check("Some 10k people fled, and the fund holds US$2 billion.",
        "Some 10k | 10000 | 10000 | approximate | people | -",
        "US$2 billion | 2000000000 | 2000000000 | exact | USD | -");
  }

  @Test
  void aCapitalLetterGluedToWhatFollowsIsANameNotAScale() {
    // "M23" is a rebel group and "M1" a tank, not "million": only a letter standing alone scales
    check("The army killed 40 M23 rebels, lost 3 M1 tanks and spent 10 M on fuel.",
        "40 | 40 | 40 | exact | - | -",
        "3 | 3 | 3 | exact | - | -",
        "10 M | 10000000 | 10000000 | exact | - | -");
  }

  @Test
  void readsLowerCaseMAsMillionOnlyBeforeACountedNoun() {
    check("Over 1m people fled a 10m wall, and 40t trucks carried Rs 500 crore.",
        "Over 1m | 1000000 | 1000000 | more_than | people | -",
        "10m | 10 | 10 | exact | m | -",
        "40t | 40 | 40 | exact | tonnes | -",
        "Rs 500 crore | 5000000000 | 5000000000 | exact | INR | -");
  }

  @Test
  void readsNumberWords() {
    check("Twelve thousand troops crossed, and two hundred and fifty tanks followed.",
        "Twelve thousand | 12000 | 12000 | exact | troops | -",
        "two hundred and fifty | 250 | 250 | exact | tanks | -");
    check("A dozen drones and half a million shells were sent; 3 million people fled.",
        "A dozen | 12 | 12 | exact | drones | -",
        "half a million | 500000 | 500000 | exact | shells | -",
        "3 million | 3000000 | 3000000 | exact | people | -");
  }

  @Test
  void readsVagueAmounts() {
    check("Dozens of drones hit the port and hundreds of thousands of residents lost power.",
        "Dozens | 24 | 99 | vague | drones | -",
        "hundreds of thousands | 200000 | 999999 | vague | residents | -");
    check("Several hundred fighters and a few thousand civilians remain; scores of homes burned.",
        "Several hundred | 300 | 900 | vague | fighters | -",
        "a few thousand | 2000 | 5000 | vague | civilians | -",
        "scores | 40 | 99 | vague | homes | -");
    check("Thousands gathered.", "Thousands | 2000 | 9999 | vague | - | -");
  }

  @Test
  void readsRanges() {
    check("Analysts put the force at between 10,000 and 12,000 North Korean soldiers.",
        "between 10,000 and 12,000 | 10000 | 12000 | exact | soldiers | -");
    check("Estimates ranged from 10,000-12,000 to 10-12,000 troops.",
        "10,000-12,000 | 10000 | 12000 | exact | - | -",
        "10-12,000 | 10000 | 12000 | exact | troops | -");
    check("It advanced from 5 to 7 kilometres, firing 10,000 to 12,000 rounds.",
        "from 5 to 7 kilometres | 5 | 7 | exact | km | -",
        "10,000 to 12,000 | 10000 | 12000 | exact | rounds | -");
    check("Engineers dug an 8- to 16-meter trench.",
        "8- to 16-meter | 8 | 16 | exact | m | -");
    check("The bill is put at $1-2bn.", "$1-2bn | 1000000000 | 2000000000 | exact | USD | -");
    check("Aid of between $10m and $12m, or from $5 to $7 million.",
        "between $10m and $12m | 10000000 | 12000000 | exact | USD | -",
        "from $5 to $7 million | 5000000 | 7000000 | exact | USD | -");
    check("Estimates range from 20,000 to more than 150,000.",
        "from 20,000 to more than 150,000 | 20000 | 150000 | exact | - | -");
  }

  @Test
  void readsQualifiers() {
    check("At least 40 civilians died and no fewer than 12 were hurt.",
        "At least 40 | 40 | 40 | at_least | civilians | -",
        "no fewer than 12 | 12 | 12 | at_least | - | -");
    check("More than 300 drones, over 50 missiles and upwards of 20 jets, in excess of 5,000 shells.",
        "More than 300 | 300 | 300 | more_than | drones | -",
        "over 50 | 50 | 50 | more_than | missiles | -",
        "upwards of 20 | 20 | 20 | more_than | jets | -",
        "in excess of 5,000 | 5000 | 5000 | more_than | shells | -");
    check("Up to 700 workers, as many as 600 police and no more than 9 ships.",
        "Up to 700 | 700 | 700 | at_most | workers | -",
        "as many as 600 | 600 | 600 | at_most | police | -",
        "no more than 9 | 9 | 9 | at_most | ships | -");
    check("Fewer than 100 people, less than 20 tonnes and under 30 boats.",
        "Fewer than 100 | 100 | 100 | less_than | people | -",
        "less than 20 tonnes | 20 | 20 | less_than | tonnes | -",
        "under 30 | 30 | 30 | less_than | boats | -");
    check("Nearly 2,000, roughly 300, an estimated 3 million and close to 80 villages.",
        "Nearly 2,000 | 2000 | 2000 | approximate | - | -",
        "roughly 300 | 300 | 300 | approximate | - | -",
        "an estimated 3 million | 3000000 | 3000000 | approximate | - | -",
        "close to 80 | 80 | 80 | approximate | villages | -");
    check("Some 500 or more protesters came.",
        "500 or more | 500 | 500 | at_least | protesters | -");
    check("Lebanon complained over two air raids.", "two | 2 | 2 | exact | raids | -");
  }

  @Test
  void readsRates() {
    check("Russia is losing up to 25,000 soldiers a month, or about 1,200 shells per day.",
        "up to 25,000 | 25000 | 25000 | at_most | soldiers | month",
        "about 1,200 | 1200 | 1200 | approximate | shells | day");
    check("Some 30 boats each week, but 2,000 left a year ago.",
        "Some 30 | 30 | 30 | approximate | boats | week",
        "2,000 | 2000 | 2000 | exact | - | -");
  }

  @Test
  void readsMeasures() {
    check("Troops seized 500 square kilometres and moved 20 km, some 12 miles an hour.",
        "500 square kilometres | 500 | 500 | exact | square km | -",
        "20 km | 20 | 20 | exact | km | -",
        "some 12 miles an hour | 12 | 12 | approximate | mph | -");
  }

  @Test
  void leavesOutYearsDatesTimesOrdinalsAndCodes() {
    check("In 2024, on May 4 and 5 June, at 10:30 and 6pm, the third F-16 and MH17 and the 1990s.");
    check("Call +1-222-555-0100 or see version 1.2.3 on 5/17/2018.");
    check("The 1950-53 war, the G7, COVID-19 rules, Su-35 jets, 5G masts and the 2023-24 budget.");
    check("The 2,000 troops arrived in 2024, 2000 soldiers in 2025, and 2000 more came.",
        "2,000 | 2000 | 2000 | exact | troops | -",
        "2000 | 2000 | 2000 | exact | soldiers | -");
  }

  @Test
  void leavesOutFractionsButReadsHalvesOfAmounts() {
    check("Two-thirds of them and one third of the 300 troops left after two and a half years.",
        "300 | 300 | 300 | exact | troops | -",
        "two and a half years | 2.5 | 2.5 | exact | years | -");
    check("Some one and a half million people fled.",
        "Some one and a half million | 1500000 | 1500000 | approximate | people | -");
  }

  @Test
  void marksPercentagesAgesAndDurations() {
    check("Turnout was 45%, or 12 per cent more; a man aged 25 and a 19-year-old died after 3 days.",
        "45% | 45 | 45 | exact | percent | -",
        "12 per cent | 12 | 12 | exact | percent | -",
        "25 | 25 | 25 | exact | age | -",
        "19-year-old | 19 | 19 | exact | age | -",
        "3 days | 3 | 3 | exact | days | -");
  }

  @Test
  void findsTheCountedNounPastNamesAndAdjectives() {
    check("Seoul said 3,000 North Koreans and 200 armed drones, 40 more troops and 6 Wagner fighters.",
        "3,000 | 3000 | 3000 | exact | Koreans | -",
        "200 | 200 | 200 | exact | drones | -",
        "40 | 40 | 40 | exact | troops | -",
        "6 | 6 | 6 | exact | fighters | -");
    check("The two largest teachers unions joined.",
        "two | 2 | 2 | exact | unions | -");
    check("About 4,000 were killed or wounded.", "About 4,000 | 4000 | 4000 | approximate | - | -");
  }

  @Test
  void readsOneOnlyBeforeANoun() {
    check("The one you mentioned is gone. One soldier was killed, and one of them fled.",
        "One | 1 | 1 | exact | soldier | -");
    check("Three members of one family died.",
        "Three | 3 | 3 | exact | members | -",
        "one | 1 | 1 | exact | family | -");
  }

  @Test
  void emptyTextHasNoQuantities() {
    assertEquals(List.of(), parser.find(""));
    assertEquals(List.of(), parser.find("   \n\t "));
  }

  @Test
  void readsOddUnicodeSeparatorsAndDashes() {
    check("Some 40\u00A0000 troops and 12\u2009000 drones, 1\u202F234\u202F567 people.",
        "Some 40\u00A0000 | 40000 | 40000 | approximate | troops | -",
        "12\u2009000 | 12000 | 12000 | exact | drones | -",
        "1\u202F234\u202F567 | 1234567 | 1234567 | exact | people | -");
    check("Between 10,000\u201312,000 soldiers and 5\u00A0\u2013\u00A07 tanks.",
        "Between 10,000\u201312,000 | 10000 | 12000 | exact | soldiers | -",
        "5\u00A0\u2013\u00A07 | 5 | 7 | exact | tanks | -");
    check("\uD83D\uDE80 300 drones \u0301 and \uFEFF4,000 troops.",
        "300 | 300 | 300 | exact | drones | -",
        "4,000 | 4000 | 4000 | exact | troops | -");
  }

  @Test
  void handlesAMegabyteOfText() {
    String sentence = "About 4,000 troops were sent, and 3,000 more followed in 2024. ";
    int copies = 1_000_000 / sentence.length() + 1;
    String text = sentence.repeat(copies);
    List<Quantity> found = parser.find(text);
    assertEquals(2 * copies, found.size());
    Quantity last = found.get(found.size() - 1);
    assertEquals("3,000", text.substring(last.start(), last.end()));
    assertTrue(text.length() >= 1_000_000);
  }

  @Test
  void isSafeToShareBetweenThreads() throws Exception {
    String text = "Between 10,000 and 12,000 troops and $1.5bn in aid.";
    List<Quantity> expected = parser.find(text);
    List<Thread> threads = new ArrayList<>();
    AtomicInteger bad = new AtomicInteger();
    for (int t = 0; t < 4; t++) {
      Thread th = new Thread(() -> {
        for (int i = 0; i < 500; i++) if (!parser.find(text).equals(expected)) bad.incrementAndGet();
      });
      threads.add(th);
      th.start();
    }
    for (Thread th : threads) th.join();
    assertEquals(0, bad.get());
  }
}
