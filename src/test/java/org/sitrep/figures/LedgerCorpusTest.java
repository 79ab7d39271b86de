package org.sitrep.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.record.Record;
import org.sitrep.store.Store;

/** The synthetic corpus, stored in a SQLite file, gives exactly the hand-written ledger. */
class LedgerCorpusTest {
  static final String VERSION = "corpus-1";
  static List<Record> corpus;
  static String expected;

  @TempDir Path dir;

  @BeforeAll
  static void load() throws IOException {
    corpus = Corpus.read();
    try (InputStream in = LedgerCorpusTest.class.getResourceAsStream("corpus/expected-ledger.txt")) {
      expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private String db() {
    return dir.resolve("ledger.db").toString();
  }

  private String ingestAndRender(List<Record> records) {
    try (Store store = Store.open(db())) {
      records.forEach(r -> store.put(r, VERSION));
    }
    try (Ledger ledger = Ledger.open(db())) {
      ledger.sync();
      return LedgerText.of(ledger, null);
    }
  }

  @Test
  void corpusHasFortyArticles() {
    assertEquals(40, corpus.size());
  }

  @Test
  void ledgerMatchesTheHandWrittenOne() {
    assertEquals(expected, ingestAndRender(corpus));
  }

  @Test
  void ingestOrderDoesNotChangeTheLedger() {
    List<Record> reversed = new ArrayList<>(corpus);
    Collections.reverse(reversed);
    assertEquals(expected, ingestAndRender(reversed));
  }

  @Test
  void shuffledIngestWithTheHookGivesTheSameLedger() {
    List<Record> shuffled = new ArrayList<>(corpus);
    Collections.shuffle(shuffled, new Random(7));
    try (Store store = Store.open(db()); Ledger ledger = Ledger.open(db())) {
      for (Record r : shuffled) {
        store.put(r, VERSION);
        ledger.update(r.article().id());
      }
      assertEquals(0, ledger.sync());
      assertEquals(expected, LedgerText.of(ledger, null));
    }
  }

  @Test
  void reingestingIsANoOp() {
    ingestAndRender(corpus);
    try (Store store = Store.open(db())) {
      corpus.forEach(r -> store.put(r, VERSION));
    }
    try (Ledger ledger = Ledger.open(db())) {
      assertEquals(0, ledger.sync());
      assertEquals(expected, LedgerText.of(ledger, null));
    }
  }

  @Test
  void deletingAnArticleRemovesItsClaimsFromEveryThread() {
    ingestAndRender(corpus);
    String a22 = Corpus.id(corpus, "a22");
    try (Store store = Store.open(db())) {
      assertTrue(store.delete(a22));
    }
    try (Ledger ledger = Ledger.open(db())) {
      assertEquals(1, ledger.sync());
      String after = LedgerText.of(ledger, null);
      assertNotEquals(expected, after);
      for (ThreadLine line : ledger.threads(ThreadFilter.all())) {
        ThreadView view = ledger.thread(line.id(), ThreadFilter.all()).orElseThrow();
        for (Estimate e : view.reconciled().estimates()) {
          assertFalse(e.claims().stream().anyMatch(c -> c.startsWith(a22)), line.subject());
        }
      }
      assertTrue(after.contains("Evening Post, Frontier News | 640") || after.contains("| 640 | 2025-06-10..2025-06-11 | stories 1 | Evening Post, Frontier News\n"), after);
    }
  }

  @Test
  void staleIsMeasuredFromTheAsOfDate() {
    ingestAndRender(corpus);
    try (Ledger ledger = Ledger.open(db())) {
      String early = LedgerText.of(ledger, LocalDate.parse("2025-03-01"));
      assertTrue(early.contains("flags disputed | last 2025-02-25"), early);
    }
  }

  @Test
  void plotLabelsEverySeriesDirectly() throws IOException {
    ingestAndRender(corpus);
    Path svg = Path.of("target", "figures-example.svg");
    try (Ledger ledger = Ledger.open(db())) {
      ThreadLine troops = ledger.threads(new ThreadFilter("Norland troops", null, "troops", null, null,
          null, ThreadFilter.STALE_DAYS)).stream().filter(l -> l.kind().equals("snapshot"))
          .findFirst().orElseThrow();
      ThreadView view = ledger.thread(troops.id(), ThreadFilter.all()).orElseThrow();
      Chart.write(view, svg);
      Path png = Path.of("target", "figures-example.png");
      Chart.write(view, png);
      assertTrue(java.nio.file.Files.size(png) > 1000);
    }
    String text = java.nio.file.Files.readString(svg, StandardCharsets.UTF_8);
    for (String label : List.of("Norland troops: troops (snapshot)", "Sudmark&apos;s defence ministry",
        "Norland&apos;s defence ministry", "The Eastbridge Institute", "Date of the estimate")) {
      assertTrue(text.contains(label) || text.contains(label.replace("&apos;", "'")), label);
    }
  }

  @Test
  void splitAndMergeSurviveRegrouping() {
    ingestAndRender(corpus);
    String a18 = Corpus.id(corpus, "a18");
    try (Ledger ledger = Ledger.open(db())) {
      ThreadLine troops = line(ledger, "Norland troops", "snapshot");
      String split = ledger.split(troops.id(), List.of(a18.substring(0, 12) + "#0"));
      ThreadLine civilians = line(ledger, "civilians", "total");
      ThreadLine children = line(ledger, "children", "total");
      ledger.merge(civilians.id(), children.id());
      assertEquals(11, line(ledger, "Norland troops", "snapshot").claims());
      assertEquals(1, ledger.thread(split, ThreadFilter.all()).orElseThrow().line().claims());
    }
    try (Store store = Store.open(db())) {
      store.delete(a18);
      store.delete(Corpus.id(corpus, "a22"));
      corpus.forEach(r -> store.put(r, VERSION));
    }
    try (Ledger ledger = Ledger.open(db())) {
      ledger.update(a18);
      ledger.update(Corpus.id(corpus, "a22"));
      assertEquals(0, ledger.sync());
      assertEquals(11, line(ledger, "Norland troops", "snapshot").claims());
      assertEquals(15, line(ledger, "civilians", "total").claims());
      assertTrue(ledger.threads(ThreadFilter.all()).stream().noneMatch(l -> l.subject().equals("children")));
      long split = ledger.threads(ThreadFilter.all()).stream()
          .filter(l -> l.claims() == 1 && l.kind().equals("snapshot")).count();
      assertEquals(1, split);
    }
  }

  private static ThreadLine line(Ledger ledger, String subject, String kind) {
    return ledger.threads(ThreadFilter.all()).stream()
        .filter(l -> l.subject().equals(subject) && l.kind().equals(kind))
        .max(java.util.Comparator.comparingInt(ThreadLine::claims)).orElseThrow();
  }
}
