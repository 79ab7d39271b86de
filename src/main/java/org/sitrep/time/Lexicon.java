package org.sitrep.time;

import java.util.Locale;
import java.util.Map;

/** Words for months, weekdays, numbers and units, as regex pieces and as values. */
final class Lexicon {
  /** Start and end of a word: no letter or digit just before or after. */
  static final String B = "(?<![\\p{L}\\p{N}])";

  static final String E = "(?![\\p{L}\\p{N}])";

  /** "early", "late", "mid-", "the end of": parts of a period (TIMEX3 mod), kept in the extent. */
  static final String MOD =
      "(?:early|late|mid|the (?:end|beginning|start|middle|first half|second half) of|end of)";

  static final String MONTH =
      "(?-i:January|February|March|April|May|June|July|August|September|October|November"
          + "|December|Jan\\.?|Feb\\.?|Mar\\.|Apr\\.?|Jun\\.|Jul\\.|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)"
          + "(?![\\p{L}])";
  static final String WEEKDAY =
      "(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![\\p{L}])";
  static final String DAY = "(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?(?![\\d\\p{L}]|,\\d{3})";
  static final String YEAR = "(?:1[6-9]\\d\\d|20\\d\\d)(?![\\d\\p{L}]|,\\d|\\.\\d)";
  static final String NUMBER_WORD =
      "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
          + "|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty"
          + "|seventy|eighty|ninety|hundred|a hundred|a dozen|dozen)";

  /** A count: digits, number words ("twenty-five"), "a", "an", or a vague "several". */
  static final String COUNT =
      "(?:\\d+(?:[.,]\\d+)?(?: 1/2)?|"
          + NUMBER_WORD
          + "(?:[- ]"
          + NUMBER_WORD
          + ")?"
          + "(?: and a half)?|an?|a few|few|several|many|some|a couple of|couple of|a number of)";

  /** A unit of time, singular or plural. */
  static final String UNIT =
      "(?:(?:second|minute|hour|day|week|weekend|fortnight|month|quarter|year|decade)s?"
          + "|century|centuries)";

  static final String SEASON = "(?:spring|summer|fall|autumn|winter)";

  private static final Map<String, Integer> SMALL =
      Map.ofEntries(
          Map.entry("a", 1),
          Map.entry("an", 1),
          Map.entry("one", 1),
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("ten", 10),
          Map.entry("eleven", 11),
          Map.entry("twelve", 12),
          Map.entry("thirteen", 13),
          Map.entry("fourteen", 14),
          Map.entry("fifteen", 15),
          Map.entry("sixteen", 16),
          Map.entry("seventeen", 17),
          Map.entry("eighteen", 18),
          Map.entry("nineteen", 19),
          Map.entry("twenty", 20),
          Map.entry("thirty", 30),
          Map.entry("forty", 40),
          Map.entry("fifty", 50),
          Map.entry("sixty", 60),
          Map.entry("seventy", 70),
          Map.entry("eighty", 80),
          Map.entry("ninety", 90),
          Map.entry("hundred", 100),
          Map.entry("a hundred", 100),
          Map.entry("dozen", 12),
          Map.entry("a dozen", 12));

  private Lexicon() {}

  /** 1-12 for a month name or abbreviation. */
  static int month(String name) {
    String m = name.toLowerCase(Locale.ROOT);
    String[] prefixes = {
      "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"
    };
    for (int i = 0; i < prefixes.length; i++) {
      if (m.startsWith(prefixes[i])) return i + 1;
    }
    throw new IllegalArgumentException("not a month: " + name);
  }

  /** 1 (Monday) to 7 (Sunday). */
  static int weekday(String name) {
    String d = name.toLowerCase(Locale.ROOT);
    String[] prefixes = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    for (int i = 0; i < prefixes.length; i++) {
      if (d.startsWith(prefixes[i])) return i + 1;
    }
    throw new IllegalArgumentException("not a weekday: " + name);
  }

  /** The number a count stands for, as text ("3", "25", "1.5"), or "X" when vague. */
  static String count(String count) {
    String c = count.toLowerCase(Locale.ROOT).trim();
    boolean half = c.endsWith(" 1/2") || c.endsWith(" and a half");
    c = c.replace(" 1/2", "").replace(" and a half", "").replace(",", "");
    if (c.endsWith("couple of")) return "2";
    Integer small = SMALL.get(c);
    if (small != null) return half ? small + ".5" : String.valueOf(small);
    if (c.matches("\\d+(\\.\\d+)?")) return half ? c + ".5" : c;
    String[] parts = c.split("[- ]");
    if (parts.length == 2 && SMALL.containsKey(parts[0]) && SMALL.containsKey(parts[1])) {
      int a = SMALL.get(parts[0]);
      int b = SMALL.get(parts[1]);
      return String.valueOf(b == 100 ? a * b : a + b);
    }
    return "X";
  }

  /** The unit's singular stem: "years" gives "year", "centuries" gives "century". */
  static String unit(String word) {
    String u = word.toLowerCase(Locale.ROOT);
    if (u.startsWith("centur")) return "century";
    return u.endsWith("s") ? u.substring(0, u.length() - 1) : u;
  }

  /** TIMEX3 season code. */
  static String season(String word) {
    switch (word.toLowerCase(Locale.ROOT)) {
      case "spring":
        return "SP";
      case "summer":
        return "SU";
      case "winter":
        return "WI";
      default:
        return "FA";
    }
  }
}
