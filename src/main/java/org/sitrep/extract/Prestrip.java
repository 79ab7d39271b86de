package org.sitrep.extract;

/**
 * Cuts scripts, styles, comments and inline SVG out of raw HTML before parsing: they are often
 * half of a news page's bytes and never article text. JSON-LD scripts are kept for the metadata.
 * Like a browser, a script or style ends at the first matching end tag.
 */
final class Prestrip {
  private static final String[] RAW = {"script", "style", "svg"};

  private Prestrip() {}

  static String apply(String html) {
    StringBuilder out = new StringBuilder(html.length());
    int i = 0;
    int n = html.length();
    while (i < n) {
      int lt = html.indexOf('<', i);
      if (lt < 0 || lt + 1 >= n) break;
      int end = skip(html, lt);
      if (end < 0) {
        out.append(html, i, lt + 1);
        i = lt + 1;
      } else {
        out.append(html, i, lt);
        i = end;
      }
    }
    if (i < n) out.append(html, i, n);
    return out.toString();
  }

  /** Where a skippable construct starting at {@code lt} ends, or -1 to keep it. */
  private static int skip(String html, int lt) {
    if (html.startsWith("<!--", lt)) {
      int close = html.indexOf("-->", lt + 4);
      return close < 0 ? html.length() : close + 3;
    }
    for (String tag : RAW) {
      if (!html.regionMatches(true, lt + 1, tag, 0, tag.length())) continue;
      int after = lt + 1 + tag.length();
      if (after >= html.length() || Character.isLetterOrDigit(html.charAt(after))) return -1;
      int tagEnd = html.indexOf('>', after);
      if (tagEnd < 0) return -1;
      if (tag.equals("script") && keep(html, after, tagEnd)) return -1;
      int close = indexOfIgnoreCase(html, "</" + tag, tagEnd);
      if (close < 0) return -1;
      int closeEnd = html.indexOf('>', close);
      return closeEnd < 0 ? -1 : closeEnd + 1;
    }
    return -1;
  }

  private static boolean keep(String html, int from, int to) {
    return indexOfIgnoreCase(html.substring(from, to), "ld+json", 0) >= 0;
  }

  static int indexOfIgnoreCase(String s, String needle, int from) {
    char first = needle.charAt(0);
    for (int i = s.indexOf(first, from); i >= 0 && i + needle.length() <= s.length();
        i = s.indexOf(first, i + 1)) {
      if (s.regionMatches(true, i, needle, 0, needle.length())) return i;
    }
    return -1;
  }
}
