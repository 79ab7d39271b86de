package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Author names from a byline: "By Jane Doe and John Roe, Reuters" gives two names. */
final class Bylines {
  /** Longer bylines are sentences, not names. */
  static final int MAX_BYLINE_CHARS = 120;
  private static final Pattern BY = Pattern.compile("(?i)^\\s*(?:written\\s+)?by\\s+");
  private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:,|\\band\\b|&|;|\\|)\\s*");

  private Bylines() {}

  static List<String> split(String byline) {
    List<String> out = new ArrayList<>();
    if (byline == null || byline.length() > MAX_BYLINE_CHARS || byline.startsWith("http")) return out;
    String s = BY.matcher(byline.strip()).replaceFirst("");
    for (String part : SEPARATOR.split(s)) {
      String name = part.strip();
      if (looksLikeName(name)) out.add(name);
    }
    return out;
  }

  /** Names from rel=author, itemprop=author or a byline element. */
  static List<String> fromPage(Document doc) {
    Element e = doc.selectFirst("[itemprop=author] [itemprop=name], [rel=author], "
        + "[itemprop=author], [class~=(?i)^(byline|author|author-name|byline__name)$]");
    return e == null ? List.of() : split(e.text());
  }

  private static boolean looksLikeName(String s) {
    if (s.length() < 3 || s.length() > 60 || !Character.isUpperCase(s.charAt(0))) return false;
    return s.split("\\s+").length <= 5;
  }
}
