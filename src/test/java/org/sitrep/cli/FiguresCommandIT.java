package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * From a fresh store, {@code sitrep ingest examples/} then {@code sitrep figures} through the real
 * models and the command-line entry point: the reference story's three figures are threads with
 * their claimants.
 */
class FiguresCommandIT {
  @TempDir Path dir;

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  @Test
  void ingestThenFiguresShowsTheReferenceStorysThreadsWithTheirClaimants() {
    String db = dir.resolve("x.db").toString();
    CliRun ingest = run("ingest", "examples", "--db", db, "--threads", "1");
    assertEquals(0, ingest.code(), ingest.out() + ingest.err());
    assertTrue(ingest.out().contains("figures ledger"), ingest.out());

    CliRun figures = run("figures", "--db", db, "--actor", "PRK");
    assertEquals(0, figures.code(), figures.err());
    List<String> lines = figures.out().lines().toList();
    assertThread(lines, "10,000-12,000", "troops", "snapshot", "Western intelligence");
    assertThread(lines, "4,000", "casualties", "total", "South Korea");
    assertThread(lines, "3,000", "troops", "increment", "Seoul's spy agency");
    assertEquals(3, lines.stream().filter(l -> l.matches("F[0-9a-f]{10}.*")).count(), figures.out());

    CliRun json = run("figures", "--db", db, "--actor", "PRK", "--json");
    assertEquals(0, json.code(), json.err());
    assertTrue(json.out().contains("South Korea: about 4,000"), json.out());
  }

  /** One table line holds the range, measure, kind and claimant of the thread. */
  private static void assertThread(List<String> lines, String range, String measure, String kind,
      String claimant) {
    assertTrue(lines.stream().anyMatch(l -> l.contains(range) && l.contains(" " + measure + " ")
        && l.contains(" " + kind + " ") && l.contains(claimant)), String.join("\n", lines));
  }
}
