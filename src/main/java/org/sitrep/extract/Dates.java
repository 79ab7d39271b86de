package org.sitrep.extract;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as pages write them, to ISO yyyy-MM-dd. The date is taken as written (the publisher's local
 * date), never shifted to UTC: "2025-04-29T23:30:00-05:00" is 29 April where it was published.
 */
final class Dates {
  /** Years outside this range are typos, placeholders or epoch zeros. */
  static final int MIN_YEAR = 1990;
  static final int MAX_YEAR = 2100;

  private static final Pattern ISO =
      Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?![\\d])");
  private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:T|$|\\d)");
  private static final Pattern MONTH_FIRST = Pattern.compile(
      "(?i)\\b([a-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
  private static final Pattern DAY_FIRST = Pattern.compile(
      "(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?([a-z]{3,9})\\.?,?\\s+(\\d{4})\\b");
  private static final Pattern URL_PATH =
      Pattern.compile("/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:/|[-_]|\\.html?|$)");
  private static final Pattern SLASHED = Pattern.compile("^(\\d{4})/(\\d{2})/(\\d{2})\\b");
  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
      Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
      Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11),
      Map.entry("dec", 12));

  private Dates() {}

  /** The ISO date in a date string, or null when it holds none. */
  static String iso(String raw) {
    if (raw == null) return null;
    String s = raw.strip();
    if (s.isEmpty()) return null;
    Matcher m = ISO.matcher(s);
    if (m.find()) return of(m.group(1), m.group(2), m.group(3));
    m = SLASHED.matcher(s);
    if (m.find()) return of(m.group(1), m.group(2), m.group(3));
    m = COMPACT.matcher(s);
    if (m.find()) return of(m.group(1), m.group(2), m.group(3));
    m = MONTH_FIRST.matcher(s);
    if (m.find()) return named(m.group(3), m.group(1), m.group(2));
    m = DAY_FIRST.matcher(s);
    if (m.find()) return named(m.group(3), m.group(2), m.group(1));
    return null;
  }

  /** The date in a URL path such as /2025/04/29/, or null. */
  static String fromUrl(String url) {
    if (url == null) return null;
    Matcher m = URL_PATH.matcher(url);
    return m.find() ? of(m.group(1), m.group(2), m.group(3)) : null;
  }

  private static String named(String year, String month, String day) {
    String key = month.toLowerCase(Locale.ROOT);
    Integer number = MONTHS.get(key.length() > 4 ? key.substring(0, 3) : key);
    if (number == null) return null;
    return of(year, Integer.toString(number), day);
  }

  private static String of(String year, String month, String day) {
    try {
      int y = Integer.parseInt(year);
      if (y < MIN_YEAR || y > MAX_YEAR) return null;
      LocalDate date = LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day));
      return date.format(DateTimeFormatter.ISO_LOCAL_DATE);
    } catch (NumberFormatException | java.time.DateTimeException e) {
      return null;
    }
  }
}
