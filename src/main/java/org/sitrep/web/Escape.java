package org.sitrep.web;

/**
 * The one escaper of the web pages. Text from articles is hostile: markup characters become
 * entities, Unicode bidirectional controls (which could reorder what the page shows) and other
 * invisible controls are dropped, and a lone surrogate becomes U+FFFD.
 */
final class Escape {
  private Escape() {}

  /** The text escaped for an HTML text node or a double- or single-quoted attribute value. */
  static String html(CharSequence s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    append(s, out);
    return out.toString();
  }

  static void append(CharSequence s, StringBuilder out) {
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (Character.isHighSurrogate(ch) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
            out.append(ch).append(s.charAt(++i));
          } else if (Character.isSurrogate(ch)) {
            out.append('\uFFFD');
          } else if (!invisible(ch)) {
            out.append(ch);
          }
        }
      }
    }
  }

  /** The text without bidi and other control characters, for attribute-free uses such as titles. */
  static String clean(CharSequence s) {
    StringBuilder out = new StringBuilder(s.length());
    s.chars().filter(ch -> !invisible((char) ch)).forEach(ch -> out.append((char) ch));
    return out.toString();
  }

  /**
   * Bidi embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069), the marks LRM, RLM
   * and ALM, and C0/C1 controls other than tab and line breaks.
   */
  static boolean invisible(char ch) {
    if (ch == '\t' || ch == '\n' || ch == '\r') return false;
    return ch < 0x20 || (ch >= 0x7F && ch <= 0x9F)
        || (ch >= '\u202A' && ch <= '\u202E') || (ch >= '\u2066' && ch <= '\u2069')
        || ch == '\u200E' || ch == '\u200F' || ch == '\u061C';
  }
}
