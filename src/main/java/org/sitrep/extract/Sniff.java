package org.sitrep.extract;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** What kind of bytes an input holds: binary, HTML or plain text. */
final class Sniff {
  /** Bytes looked at to tell binary and markup. */
  static final int SNIFF_BYTES = 8192;
  /** Share of control bytes above which a file is binary even without NUL bytes. */
  static final double CONTROL_SHARE = 0.05;

  private Sniff() {}

  /** True for data that is not text: NUL bytes or many control characters (UTF-16 BOM excepted). */
  static boolean isBinary(byte[] bytes) {
    if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE || (bytes[0] & 0xFF) == 0xFF)
        && ((bytes[1] & 0xFF) == 0xFF || (bytes[1] & 0xFF) == 0xFE)) {
      return false;
    }
    int n = Math.min(bytes.length, SNIFF_BYTES);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) return true;
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1b) control++;
    }
    return n > 0 && control > n * CONTROL_SHARE;
  }

  /** True for HTML: by name, by content type, or by leading markup. */
  static boolean isHtml(String path, String contentType, byte[] bytes) {
    String name = path == null ? "" : path.toLowerCase(Locale.ROOT);
    if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")
        || name.endsWith(".html.gz") || name.endsWith(".htm.gz")) {
      return true;
    }
    if (contentType != null && contentType.toLowerCase(Locale.ROOT).contains("html")) return true;
    String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1)
        .stripLeading().toLowerCase(Locale.ROOT);
    if (head.startsWith("\u00ef\u00bb\u00bf")) head = head.substring(3).stripLeading();
    return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<head")
        || head.startsWith("<body") || (head.startsWith("<") && head.contains("<p>"));
  }

  static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (!Character.isWhitespace(b & 0xFF)) return false;
    }
    return true;
  }
}
