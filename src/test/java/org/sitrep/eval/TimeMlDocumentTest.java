package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitrep.time.TimeExpression;

class TimeMlDocumentTest {
  private static final LocalDate DCT = LocalDate.of(2025, 4, 29);

  @Test
  void stripsTagsAndKeepsTimexOffsetsIntoThePlainText() {
    TimeMlDocument doc =
        TimeMlDocument.parse(
            "a.tml",
            DCT,
            "Troops <EVENT eid=\"e1\">left</EVENT> <TIMEX3 tid=\"t1\" type=\"DATE\""
                + " value=\"2025-04-28\">on Monday</TIMEX3> &amp; came back.");
    assertEquals("Troops left on Monday & came back.", doc.text());
    TimeExpression g = doc.gold().get(0);
    assertEquals("on Monday", doc.text().substring(g.start(), g.end()));
    assertEquals("on Monday", g.text());
    assertEquals("DATE", g.type());
    assertEquals("2025-04-28", g.value());
  }

  @Test
  void entitiesBeforeATimexShiftItsOffsetByTheirDecodedLength() {
    TimeMlDocument doc =
        TimeMlDocument.parse(
            "b.tml",
            DCT,
            "&quot;Now&quot; &lt;b&gt; <TIMEX3 type=\"DURATION\" value=\"P3Y\">three"
                + " years</TIMEX3>");
    TimeExpression g = doc.gold().get(0);
    assertEquals("three years", doc.text().substring(g.start(), g.end()));
    assertEquals("\"Now\" <b> three years", doc.text());
  }

  @Test
  void timexWithoutValueGetsAnEmptyValue() {
    TimeMlDocument doc =
        TimeMlDocument.parse("c.tml", DCT, "<TIMEX3 tid=\"t2\" type=\"SET\">weekly</TIMEX3>");
    assertEquals("", doc.gold().get(0).value());
    assertEquals("SET", doc.gold().get(0).type());
  }
}
