package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ChromeTest {
  @ParameterizedTest(name = "\"{0}\" chrome: {1}")
  @CsvSource(delimiter = '|', value = {
    "- Trusted Partner -                                         | true",
    "Advertisement                                               | true",
    "error: Content is protected !!                              | true",
    "Exit mobile version                                         | true",
    "Share this article                                          | true",
    "Read more: Talks resume in Geneva                           | true",
    "Photo: Reuters                                              | true",
    "(AFP)                                                       | true",
    "Home » World » Talks resume                                 | true",
    "Sign up for our newsletter to get the news in your inbox.   | true",
    "By Lena Park and Tomas Reyes                                | true",
    "Nov. 19, 2019, 8:41 AM UTC                                  | true",
    "© 2025 The Example Courier. All rights reserved.            | true",
    "Jane Roe is a reporter for the Example Courier.             | true",
    "The ministry said 40 villages were cut off.                 | false",
    "By the end of the week, the roads had reopened.             | false",
    "Related to the flooding, the army sent engineers.           | false",
    "Home owners along the river were told to leave.             | false",
  })
  void classifiesLines(String line, boolean chrome) {
    assertEquals(chrome, Chrome.isChrome(line));
  }

  @Test
  void breadcrumbWithoutSeparatorsIsToldByTheHeadline() {
    assertTrue(Chrome.isBreadcrumbBefore("Home Global North Korea confirms troops",
        "North Korea confirms troops"));
  }
}
