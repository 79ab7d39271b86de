package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SearchTest {
  @Test
  void userQueriesBecomeSafeFts5Queries() {
    String[][] table = {
      {"drone strike", "\"drone\" \"strike\""},
      {"\"air defence\" Kyiv", "\"air defence\" \"Kyiv\""},
      {"drone OR missile", "\"drone\" OR \"missile\""},
      {"OR drone OR", "\"drone\""},
      {"NEAR(x* ^y) -z", "\"NEAR x\" \"y\" \"z\""},
      {"\"(*", ""},
    };
    for (String[] row : table) assertEquals(row[1], Search.fts5(row[0]), row[0]);
  }
}
