package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.sitrep.store.PutResult;

class IngestTallyTest {
  @Test
  void rejectionKindsDropDetailsAndUrls() {
    String[][] cases = {
      {"empty file", "empty file"},
      {"no article body found: 12 words", "no article body found"},
      {"cannot fetch http://a.test:8080/x: HTTP 404", "cannot fetch URL"},
      {"not English (looks like de)", "not English (looks like de)"},
      {null, "unknown"},
    };
    for (String[] c : cases) assertEquals(c[1], IngestTally.kind(c[0]), c[0]);
  }

  @Test
  void clockFormats() {
    assertEquals("0:09", IngestTally.clock(9.4));
    assertEquals("4:07", IngestTally.clock(247));
    assertEquals("1:05:03", IngestTally.clock(3903));
  }

  @Test
  void summaryCountsNearDuplicatesAsStoredAndGivesTheStoreShare() {
    IngestTally t = new IngestTally();
    t.put(PutResult.STORED);
    t.put(PutResult.NEAR_DUPLICATE_LINKED);
    t.put(PutResult.DUPLICATE);
    t.rejected("empty file");
    t.failed("nlp");
    t.analysisNanos = 10_000_000_000L;
    t.storeNanos = 500_000_000L;
    StringWriter out = new StringWriter();
    t.print(new PrintWriter(out), "x.db", 12);
    String s = out.toString();
    assertTrue(s.startsWith("ingested 5 inputs into x.db in 0:12"), s);
    assertTrue(s.contains("  stored                2"), s);
    assertTrue(s.contains("  duplicates            1"), s);
    assertTrue(s.contains("(nlp: 1)"), s);
    assertTrue(s.contains("the store adds 5.0%"), s);
  }
}
