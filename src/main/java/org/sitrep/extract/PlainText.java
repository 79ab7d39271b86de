package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plain-text article: furniture lines are dropped (and listed), the first remaining line is the
 * title, a "Published: ..." line or a dateline near the top gives the date, a "By ..." line the
 * authors. Paragraphs are blocks separated by blank lines, their lines joined; a file without blank
 * lines has one paragraph per line.
 */
final class PlainText {
  /** Lines near the top searched for a date or byline. */
  static final int HEADER_LINES = 8;
  /** A first line longer than this is a paragraph, not a headline. */
  static final int MAX_TITLE_CHARS = 250;

  private static final Pattern DATE_LINE = Pattern.compile(
      "(?i)^(?:published|posted|updated|date|first published)(?: on)?\\s*[:\\-]?\\s*(.{6,60})$");
  private static final Pattern BYLINE = Pattern.compile("^(?:By|BY|Written by)\\s+\\p{Lu}.{1,100}$");

  private PlainText() {}

  static Extracted extract(String text) {
    List<String> lines = text.replace("\r\n", "\n").replace('\r', '\n').lines().toList();
    List<String> removed = new ArrayList<>();
    List<String> kept = new ArrayList<>();
    String published = null;
    List<String> authors = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).replace('\u00a0', ' ').strip();
      String next = nextContent(lines, i);
      if (line.isEmpty()) {
        kept.add("");
      } else if (kept.size() < HEADER_LINES && published == null && date(line) != null) {
        published = date(line);
        Removed.add(removed, line);
      } else if (kept.size() < HEADER_LINES && authors.isEmpty() && BYLINE.matcher(line).matches()) {
        authors.addAll(Bylines.split(line));
        Removed.add(removed, line);
      } else if (Chrome.isChrome(line) || (next != null && Chrome.isBreadcrumbBefore(line, next))) {
        Removed.add(removed, line);
      } else {
        kept.add(line);
      }
    }
    List<String> paragraphs = paragraphs(kept);
    String title = headerLine(kept);
    if (title != null) {
      kept = kept.subList(kept.indexOf(title) + 1, kept.size());
      paragraphs = paragraphs(kept);
      PageMeta meta = new PageMeta(title, published, null, authors, null, null, null, null);
      return new Extracted(meta, Body.of(paragraphs, removed));
    }
    if (paragraphs.size() > 1 && paragraphs.get(0).length() <= MAX_TITLE_CHARS) {
      title = paragraphs.remove(0);
    }
    PageMeta meta = new PageMeta(title, published, null, authors, null, null, null, null);
    return new Extracted(meta, Body.of(paragraphs, removed));
  }

  /** The next line that is neither blank nor furniture. */
  private static String nextContent(List<String> lines, int i) {
    for (int j = i + 1; j < lines.size(); j++) {
      if (!lines.get(j).isBlank() && !Chrome.isChrome(lines.get(j))) return lines.get(j);
    }
    return null;
  }

  /**
   * A headline standing alone on the first line of a block of short lines ("Headline" then
   * "Subheading" with no blank line between), or null when the first block is one paragraph.
   */
  private static String headerLine(List<String> kept) {
    int first = 0;
    while (first < kept.size() && kept.get(first).isEmpty()) first++;
    if (first + 1 >= kept.size() || kept.get(first + 1).isEmpty()) return null;
    String line = kept.get(first);
    boolean headline = line.length() <= MAX_TITLE_CHARS && !line.matches(".*[.!?]['\"”’]?$");
    return headline ? line : null;
  }

  /** The date of a "Published: 29 April 2025" line or a line that is only a date. */
  static String date(String line) {
    Matcher m = DATE_LINE.matcher(line);
    if (m.matches()) return Dates.iso(m.group(1));
    if (line.length() <= 40 && line.chars().filter(Character::isLetter).count() <= 20) {
      String iso = Dates.iso(line);
      if (iso != null && !line.matches(".*\\d{5,}.*")) return iso;
    }
    return null;
  }

  private static List<String> paragraphs(List<String> lines) {
    boolean blankSeparated = lines.stream().anyMatch(String::isEmpty)
        && lines.stream().filter(l -> !l.isEmpty()).count() > 1;
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : lines) {
      if (line.isEmpty() || !blankSeparated) {
        if (!blankSeparated && !line.isEmpty()) current.append(line);
        if (current.length() > 0) out.add(current.toString().replaceAll("\\s+", " ").strip());
        current.setLength(0);
      } else {
        if (current.length() > 0) current.append(' ');
        current.append(line);
      }
    }
    if (current.length() > 0) out.add(current.toString().replaceAll("\\s+", " ").strip());
    return out;
  }
}
