package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Six hand-written stories of strikes, drone barrages and war tolls, ingested through the real
 * models: each incident's figures are a thread of their own, apart from the war's running totals,
 * a toll that rose from one report to the next is not flagged as disputed, and a denial is.
 */
class IncidentThreadsIT {
  private static final String STORIES = "src/test/resources/org/sitrep/figures/incidents";

  @TempDir Path dir;

  private static String run(int expected, String... args) {
    CliRun r = CliRun.of(args);
    assertEquals(expected, r.code(), r.out() + "\n" + r.err());
    return r.out();
  }

  @Test
  void incidentsAreThreadsOfTheirOwnAndARisingTollIsNoDispute() {
    String db = dir.resolve("x.db").toString();
    run(0, "ingest", STORIES, "--db", db, "--threads", "1");

    List<String> lines = run(0, "figures", "--db", db).lines()
        .filter(l -> l.matches("F[0-9a-f]{10}.*")).toList();
    String table = String.join("\n", lines);

    // only the Crimea strike is disputed: Kyiv's "at least 20 servicemen" killed against Moscow's "nobody"
    assertTrue(lines.stream().filter(l -> l.contains("disputed")).allMatch(l -> l.contains("servicemen")), table);
    assertTrue(lines.stream().anyMatch(l -> l.contains("servicemen") && l.contains("disputed")), table);
    // the Kharkiv market strike: 12 dead by the governor on the day, 16 by the ministry the day after
    assertTrue(lines.stream().anyMatch(l -> l.contains(" killed ") && l.contains("incident 2025-06-10")
        && l.contains(" 16 ") && l.matches(".* 2 +.*")), table);
    // two nights' drone launches are two incidents, not a revision of one figure; each report's
    // "overnight" is the night before it, apart from the market strike of that day
    assertTrue(lines.stream().anyMatch(l -> l.contains("launched") && l.contains("incident 2025-06-10 night") && l.contains(" 80 ")), table);
    assertTrue(lines.stream().anyMatch(l -> l.contains("launched") && l.contains("incident 2025-06-11 night") && l.contains(" 54 ")), table);
    // the UN's toll since 2022 and the health ministry's since 2023 stay totals
    assertTrue(lines.stream().anyMatch(l -> l.contains("civilians") && l.contains(" total ") && l.contains("12,000")), table);
    assertTrue(lines.stream().anyMatch(l -> l.contains("Palestinians") && l.contains(" total ") && l.contains("58,000")), table);

    // --kind total leaves the war's tolls and no incident
    List<String> totals = run(0, "figures", "--db", db, "--kind", "total").lines()
        .filter(l -> l.matches("F[0-9a-f]{10}.*")).toList();
    assertTrue(totals.stream().anyMatch(l -> l.contains("12,000")), String.join("\n", totals));
    assertTrue(totals.stream().noneMatch(l -> l.contains("incident")), String.join("\n", totals));
    run(2, "figures", "--db", db, "--kind", "weekly");

    // --incidents: one line per strike, its killed, wounded and weapons side by side
    List<String> incidents = run(0, "figures", "--db", db, "--incidents", "--csv").lines().toList();
    String all = String.join("\n", incidents);
    assertEquals("DAY,PLACE,FIGURES,CLAIMED BY,FLAGS,THREADS", incidents.get(0));
    assertTrue(incidents.stream().anyMatch(l -> l.startsWith("2025-06-10,Kharkiv,") && l.contains("16 people killed")
        && l.contains("41 people wounded")), all);
    assertTrue(incidents.stream().anyMatch(l -> l.startsWith("2025-06-11 night,Odesa,") && l.contains("54 drones launched")
        && l.contains("40 drones intercepted")), all);
    assertTrue(incidents.stream().noneMatch(l -> l.contains("12,000") || l.contains("58,000")), all);
    // "It said two soldiers had been wounded": the other side's figure joins the strike told before it
    assertTrue(incidents.stream().anyMatch(l -> l.startsWith("2025-07-01,Saky,") && l.contains("20 servicemen killed")
        && l.contains("2 soldiers wounded")), all);
    // "Last year, aid agencies said, more than 300 aid workers were killed" is last year's, not October 7th's
    assertTrue(incidents.stream().noneMatch(l -> l.contains("aid workers")), all);
    run(2, "figures", "--db", db, "--incidents", "--kind", "total");
  }

  /**
   * The brief's own example, in three hand-written reports: North Korean troops in Russia (10,000
   * to 12,000, then about 11,000), 3,000 more as reinforcements, and casualties that one agency
   * put at 3,000 in January and 4,000 in February.
   */
  @Test
  void northKoreanTroopsReinforcementsAndCasualtiesAreThreeThreads() {
    String db = dir.resolve("nk.db").toString();
    run(0, "ingest", "src/test/resources/org/sitrep/figures/north-korea", "--db", db, "--threads", "1");

    List<String> lines = run(0, "figures", "--db", db, "--csv").lines().toList();
    String table = String.join("\n", lines);

    assertTrue(lines.stream().anyMatch(l -> l.contains(",troops,increment,\"3,000\",") && l.contains("South Korea")), table);
    // the agency's January 3,000 comes before its February 4,000: counted on, latest 4,000, no revision
    assertTrue(lines.stream().anyMatch(l -> l.contains("casualties") && l.contains("4,000") && !l.contains("revised")
        && l.contains("The National Intelligence Service")), table);
    // "he said" after the White House spokesman is the spokesman
    assertTrue(lines.stream().anyMatch(l -> l.contains("snapshot") && l.contains("11,000")
        && l.contains("a White House spokesman") && l.contains("Western intelligence officials")), table);
  }
}
