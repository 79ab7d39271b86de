package org.sitrep.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.record.Claim;
import org.sitrep.record.Span;
import org.sitrep.record.Subject;

class PartsTest {
  /** A displaced-people claim on {@code number}, the first one in its sentence. */
  private static Claim displaced(String sentence, String number, double value) {
    int at = sentence.indexOf(number);
    return new Claim("displaced", "people", new Span(number, at, at + number.length()), value, value, "exact",
        null, "total", new Subject("people", null, null, null), null, null, null, false,
        new Span(sentence, 0, sentence.length()), "test");
  }

  @Test
  void aFigureOfThemOfWhichOrIncludedIsAPart() {
    assertTrue(Parts.of(displaced("About 3.2 million of them have fled abroad.", "3.2 million", 3.2e6)));
    assertTrue(Parts.of(displaced("They fled, including more than 1 million to Chad.", "1 million", 1e6)));
    assertTrue(Parts.of(displaced("Some 400,000 fled, of whom 300,000 reached Chad.", "300,000", 3e5)));
    assertTrue(Parts.of(displaced("Of those, about 3.8 million have crossed the border.", "about 3.8 million", 3.8e6)));
    assertFalse(Parts.of(displaced("More than 12 million people have been displaced.", "12 million", 12e6)));
    assertFalse(Parts.of(displaced("Most of those 3.8 million have crossed the border.", "3.8 million", 3.8e6)));
    assertFalse(Parts.of(displaced("Some 400,000 fled, of whom 300,000 reached Chad.", "400,000", 4e5)));
  }

  @Test
  void aHarmToAPartOfAnUnharmedWholeIsNoPart() {
    String deployed = "It deployed 10,000 troops last year, and about 4,000 of them had been killed or wounded.";
    String killed = "It said 50 people were killed, and 20 of them died in hospital.";
    assertFalse(Parts.of(harmed(deployed, "4,000", "casualties")), "the casualties of the deployment");
    assertTrue(Parts.of(harmed(killed, "20", "killed")), "a part of a toll the sentence gave");
    assertTrue(Parts.of(harmed("About 20 of them died in hospital.", "20", "killed")), "no whole in the sentence");
  }

  private static Claim harmed(String sentence, String number, String measure) {
    int at = sentence.indexOf(number);
    double value = Double.parseDouble(number.replace(",", ""));
    return new Claim(measure, "troops", new Span(number, at, at + number.length()), value, value, "exact",
        null, "total", new Subject("troops", null, null, null), null, null, null, false,
        new Span(sentence, 0, sentence.length()), "test");
  }

  @Test
  void aPartKeysAThreadApartFromItsWholeSoItIsNoRevision() {
    ThreadKey whole = ThreadKey.of(displaced("More than 12 million people have been displaced.", "12 million", 12e6),
        List.of(), "SDN", "2025-01-15", null);
    ThreadKey part = ThreadKey.of(displaced("About 3.2 million of them have fled abroad.", "3.2 million", 3.2e6),
        List.of(), "SDN", "2025-01-15", null);
    ThreadKey another = ThreadKey.of(displaced("Some 11 million people have been displaced.", "11 million", 11e6),
        List.of(), "SDN", "2025-01-20", null);

    assertNotEquals(whole, part);
    assertEquals(whole, another);
  }
}
