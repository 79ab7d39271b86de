package org.sitrep.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ParamsTest {
  static final Set<String> TAKES = Set.of("since", "text", "limit", "offset");

  static Params of(Map<String, List<String>> values) {
    return Params.of(values, TAKES);
  }

  static String refused(Map<String, List<String>> values, java.util.function.Consumer<Params> use) {
    Problem p = assertThrows(Problem.class, () -> use.accept(of(values)));
    assertEquals(400, p.status());
    return p.getMessage();
  }

  @Test
  void defaultsWhenAbsent() {
    Params p = of(Map.of());
    assertEquals(Params.DEFAULT_LIMIT, p.limit());
    assertEquals(0, p.offset());
    assertEquals(Params.DEFAULT_LIMIT + 1, p.fetch());
    assertNull(p.text("text"));
    assertNull(p.date("since"));
  }

  @Test
  void valuesAreStrippedAndBlankIsAbsent() {
    assertEquals("killed", of(Map.of("text", List.of("  killed "))).text("text"));
    assertNull(of(Map.of("text", List.of("   "))).text("text"));
    assertEquals(LocalDate.of(2025, 4, 30), of(Map.of("since", List.of("2025-04-30"))).date("since"));
    assertEquals(120, of(Map.of("limit", List.of("100"), "offset", List.of("20"))).fetch() - 1);
  }

  @Test
  void unknownAndRepeatedParametersAreRefused() {
    assertEquals("unknown parameter 'sinse'; this endpoint takes: limit, offset, since, text",
        refused(Map.of("sinse", List.of("x")), p -> { }));
    assertEquals("parameter 'text' is given twice", refused(Map.of("text", List.of("a", "b")), p -> { }));
  }

  @Test
  void badNumbersAndDatesSayWhatIsExpected() {
    assertEquals("limit: '501' is not a whole number from 1 to 500", refused(Map.of("limit", List.of("501")), Params::limit));
    assertEquals("limit: '1e3' is not a whole number from 1 to 500", refused(Map.of("limit", List.of("1e3")), Params::limit));
    assertEquals("offset: '-1' is not a whole number from 0 to 100000", refused(Map.of("offset", List.of("-1")), Params::offset));
    assertEquals("offset: '99999999999' is not a whole number from 0 to 100000",
        refused(Map.of("offset", List.of("99999999999")), Params::offset));
    assertEquals("since: '30/04/2025' is not a date: use YYYY-MM-DD, e.g. 2025-04-30",
        refused(Map.of("since", List.of("30/04/2025")), p -> p.date("since")));
    assertEquals("text is longer than 500 characters", refused(Map.of("text", List.of("x".repeat(501))), p -> p.text("text")));
  }

  @Test
  void aRequiredParameterMustBeThere() {
    assertEquals("parameter 'text' is required", refused(Map.of(), p -> p.required("text")));
  }
}
