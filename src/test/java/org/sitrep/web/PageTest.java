package org.sitrep.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PageTest {
  @Test
  void theNextLinkKeepsTheFiltersEncodedAndMovesTheOffset() {
    assertEquals("/api/v1/claims?actor=UKR&limit=10&offset=20&text=river%20port%20%26%20%3Cdock%3E",
        Page.link("/api/v1/claims", Map.of("text", List.of("river port & <dock>"), "actor", List.of("UKR"),
            "limit", List.of("10"), "offset", List.of("10")), "offset", 20));
  }

  @Test
  void aFirstPageWithoutParametersGetsJustTheOffset() {
    assertEquals("/api/v1/events?offset=50", Page.link("/api/v1/events", Map.of(), "offset", 50));
  }
}
