package org.sitrep.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PagerTest {
  static final List<Integer> ROWS = IntStream.rangeClosed(1, 25).boxed().toList();

  static Pager pager(int page) {
    return new Pager(page, 10, "/events", Map.of("type", List.of("ASSAULT"), "page", List.of(Integer.toString(page))));
  }

  @Test
  void aMistypedPageNumberShowsTheFirstPage() {
    for (String s : new String[] {null, "", "0", "-3", "two", "1.5", "99999999999"}) assertEquals(1, Pager.number(s), s);
    assertEquals(7, Pager.number(" 7 "));
  }

  @Test
  void aPageReadsOneRowMoreThanItShowsToKnowWhetherAnotherFollows() {
    Pager second = pager(2);
    assertEquals(10, second.offset());
    assertEquals(21, second.fetch());
    assertEquals(List.of(11, 12, 13, 14, 15, 16, 17, 18, 19, 20), second.slice(ROWS.subList(0, 21)));
    assertTrue(second.more(ROWS.subList(0, 21)));
    assertFalse(pager(3).more(ROWS));
    assertEquals(List.of(21, 22, 23, 24, 25), pager(3).slice(ROWS));
    assertEquals(List.of(), pager(4).slice(ROWS));
  }

  @Test
  void theRangeIsSaidOnlyWhenTheListRunsOverOnePage() {
    assertEquals("", pager(1).range(ROWS.subList(0, 8), "events", "newest first"));
    assertEquals("Events 1–10, newest first", pager(1).range(ROWS, "events", "newest first"));
    assertEquals("Events 21–25", pager(3).range(ROWS, "events", null));
    assertEquals("No events on page 4", pager(4).range(ROWS, "events", "newest first"));
  }

  @Test
  void theLinksKeepTheFiltersAndMoveThePage() {
    Html h = new Html();
    pager(2).links(h, ROWS);
    String html = h.toString();
    assertTrue(html.contains("href=\"/events?page=1&amp;type=ASSAULT\""), html);
    assertTrue(html.contains("href=\"/events?page=3&amp;type=ASSAULT\""), html);
    Html last = new Html();
    pager(3).links(last, ROWS);
    assertFalse(last.toString().contains("page=4"), last.toString());
    Html only = new Html();
    pager(1).links(only, ROWS.subList(0, 10));
    assertEquals("", only.toString());
  }
}
