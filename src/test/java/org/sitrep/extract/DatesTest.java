package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatesTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', nullValues = "null", value = {
    "2025-04-29                    | 2025-04-29",
    "2025-04-29T23:30:00-05:00     | 2025-04-29",
    "2025-4-9                      | 2025-04-09",
    "20250429                      | 2025-04-29",
    "2025/04/29 10:00              | 2025-04-29",
    "April 29, 2025                | 2025-04-29",
    "Tue, 29 Apr 2025 10:00:00 GMT | 2025-04-29",
    "29th of April 2025            | 2025-04-29",
    "Sept. 3, 2024                 | 2024-09-03",
    "2025-02-30                    | null",
    "0001-01-01                    | null",
    "yesterday                     | null",
  })
  void isoDates(String raw, String iso) {
    assertEquals(iso, Dates.iso(raw));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', nullValues = "null", value = {
    "https://x.test/2025/04/29/story/       | 2025-04-29",
    "https://x.test/news/2025-04-29-story   | 2025-04-29",
    "https://x.test/2025/04/story.html      | null",
    "https://x.test/id/20250429123/story    | null",
  })
  void urlDates(String url, String iso) {
    assertEquals(iso, Dates.fromUrl(url));
  }
}
