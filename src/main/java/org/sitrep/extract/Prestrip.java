package org.sitrep.extract;

import java.io.ByteArrayOutputStream;

/**
 * Cuts scripts, styles, comments and inline SVG out of raw HTML before decoding and parsing: they
 * are often half of a news page's bytes and never article text. JSON-LD scripts are kept for the
 * metadata. Like a browser, a script or style ends at the first matching end tag. Works on the bytes
 * of any ASCII-compatible encoding (UTF-8, windows-1252, ISO-8859-x), so less is decoded at all.
 */
final class Prestrip {
  private static final byte[][] RAW = {ascii("script"), ascii("style"), ascii("svg")};
  private static final byte[] COMMENT_OPEN = ascii("<!--");
  private static final byte[] COMMENT_CLOSE = ascii("-->");
  private static final byte[] LD_JSON = ascii("ld+json");

  private Prestrip() {}

  static byte[] apply(byte[] html) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(html.length);
    int i = 0;
    int n = html.length;
    while (i < n) {
      int lt = indexOf(html, (byte) '<', i);
      if (lt < 0 || lt + 1 >= n) break;
      int end = skip(html, lt);
      if (end < 0) {
        out.write(html, i, lt + 1 - i);
        i = lt + 1;
      } else {
        out.write(html, i, lt - i);
        i = end;
      }
    }
    if (i < n) out.write(html, i, n - i);
    return out.toByteArray();
  }

  /** Where a skippable construct starting at {@code lt} ends, or -1 to keep it. */
  private static int skip(byte[] html, int lt) {
    if (regionMatches(html, lt, COMMENT_OPEN)) {
      int close = indexOf(html, COMMENT_CLOSE, lt + 4);
      return close < 0 ? html.length : close + 3;
    }
    for (byte[] tag : RAW) {
      if (!regionMatches(html, lt + 1, tag)) continue;
      int after = lt + 1 + tag.length;
      if (after >= html.length || Character.isLetterOrDigit(html[after])) return -1;
      int tagEnd = indexOf(html, (byte) '>', after);
      if (tagEnd < 0) return -1;
      if (tag == RAW[0] && indexOf(html, LD_JSON, after, tagEnd) >= 0) return -1;
      int close = closing(html, tag, tagEnd);
      if (close < 0) return -1;
      int closeEnd = indexOf(html, (byte) '>', close);
      return closeEnd < 0 ? -1 : closeEnd + 1;
    }
    return -1;
  }

  private static int closing(byte[] html, byte[] tag, int from) {
    for (int i = indexOf(html, (byte) '<', from); i >= 0; i = indexOf(html, (byte) '<', i + 1)) {
      if (i + 1 < html.length && html[i + 1] == '/' && regionMatches(html, i + 2, tag)) return i;
    }
    return -1;
  }

  private static int indexOf(byte[] a, byte b, int from) {
    for (int i = from; i < a.length; i++) {
      if (a[i] == b) return i;
    }
    return -1;
  }

  private static int indexOf(byte[] a, byte[] needle, int from) {
    return indexOf(a, needle, from, a.length);
  }

  private static int indexOf(byte[] a, byte[] needle, int from, int to) {
    for (int i = from; i + needle.length <= to; i++) {
      if (regionMatches(a, i, needle)) return i;
    }
    return -1;
  }

  /** Case-insensitive match of an ASCII needle at a position. */
  private static boolean regionMatches(byte[] a, int at, byte[] needle) {
    if (at < 0 || at + needle.length > a.length) return false;
    for (int k = 0; k < needle.length; k++) {
      int c = a[at + k];
      if (c >= 'A' && c <= 'Z') c += 'a' - 'A';
      if (c != needle[k]) return false;
    }
    return true;
  }

  private static byte[] ascii(String s) {
    return s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  }
}
