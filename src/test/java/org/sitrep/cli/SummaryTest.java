package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.sitrep.record.Claim;
import org.sitrep.record.Source;
import org.sitrep.record.Span;
import org.sitrep.record.Subject;

class SummaryTest {
  private static final String SENTENCE = "The navy said it had intercepted 18 drones and dozens of boats.";

  private static Claim claim(String measure, String quantity, Double value, String qualifier, String subject,
      String actor) {
    int q = SENTENCE.indexOf(quantity);
    int s = SENTENCE.indexOf(subject, q);
    return new Claim(measure, subject, new Span(quantity, q, q + quantity.length()), value, value, qualifier,
        null, "total", new Subject(subject, actor, s, s + subject.length()), null, null,
        new Source("The navy", null, 0, 8), false, new Span(SENTENCE, 0, SENTENCE.length()), "test");
  }

  @Test
  void aClassOfThingsReadsAsTheCountOfItsSubject() {
    assertEquals("18 drones — according to The navy",
        Summary.figure(claim("weapons", "18", 18.0, "exact", "drones", null)));
    assertEquals("dozens of boats — according to The navy",
        Summary.figure(claim("other", "dozens", null, "vague", "boats", null)));
  }

  @Test
  void aMeasureKeepsItsName() {
    assertEquals("18 killed: drones [XYZ] — according to The navy",
        Summary.figure(claim("killed", "18", 18.0, "exact", "drones", "XYZ")));
  }

  @Test
  void anAmountReadsInItsUnit() {
    Claim c = new Claim("money", "USD", new Span("18", 0, 2), 18.0, 18.0, "exact", null, "total", null, null, null,
        null, false, new Span(SENTENCE, 0, SENTENCE.length()), "test");
    assertEquals("18 USD — reporter's own voice", Summary.figure(c));
  }

  @Test
  void aSubjectWithoutOffsetsGetsASpace() {
    Claim c = claim("weapons", "18", 18.0, "exact", "drones", null);
    Claim noOffsets = new Claim(c.measure(), c.unit(), c.quantity(), c.low(), c.high(), c.qualifier(), c.per(),
        c.kind(), new Subject("drones", null, null, null), null, null, c.source(), false, c.evidence(), "test");
    assertEquals("18 drones — according to The navy", Summary.figure(noOffsets));
  }
}
