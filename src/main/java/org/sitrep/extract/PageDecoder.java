package org.sitrep.extract;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bytes to text for web pages. The charset is chosen by a cascade, most authoritative first:
 *
 * <ol>
 *   <li>a byte-order mark (the bytes themselves say it);
 *   <li>the HTTP Content-Type charset;
 *   <li>a {@code <meta charset>} or http-equiv declaration in the first {@value #SNIFF_BYTES} bytes;
 *   <li>UTF-8.
 * </ol>
 *
 * Then the choice is checked against the bytes, because mislabelled pages are common: a page said
 * to be UTF-8 that is not valid UTF-8 is read as windows-1252 (the usual real encoding of such
 * pages); a page said to be Latin-1 or windows-1252 that is valid UTF-8 with multi-byte sequences is
 * read as UTF-8 (the chance that Latin-1 text forms valid UTF-8 by accident is tiny).
 */
final class PageDecoder {
  static final int SNIFF_BYTES = 4096;
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Pattern CHARSET =
      Pattern.compile("charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

  private PageDecoder() {}

  static String decode(byte[] bytes, String contentType) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    if (startsWith(bytes, 0xFE, 0xFF)) return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
    if (startsWith(bytes, 0xFF, 0xFE)) return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
    Charset declared = declared(contentType);
    if (declared == null) declared = declared(head(bytes));
    if (declared == null) declared = StandardCharsets.UTF_8;
    return checked(bytes, declared);
  }

  /** The page's text with scripts and styles cut out, for an ASCII-compatible page before decoding. */
  static String decodeStripped(byte[] bytes, String contentType) {
    boolean wide = startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE);
    Charset declared = wide ? null : declared(contentType);
    if (declared == null && !wide) declared = declared(head(bytes));
    boolean asciiCompatible = !wide && (declared == null || isAsciiCompatible(declared));
    if (!asciiCompatible) return decode(bytes, contentType);
    String charset = declared == null ? null : "charset=" + declared.name();
    return decode(Prestrip.apply(bytes), contentType != null ? contentType : charset);
  }

  private static boolean isAsciiCompatible(Charset c) {
    String name = c.name().toLowerCase(Locale.ROOT);
    return name.equals("utf-8") || name.startsWith("windows-") || name.startsWith("iso-8859")
        || name.equals("us-ascii") || name.startsWith("koi8");
  }

  private static String checked(byte[] bytes, Charset declared) {
    boolean unicode = declared.equals(StandardCharsets.UTF_8);
    boolean latin = declared.equals(WINDOWS_1252) || declared.equals(StandardCharsets.ISO_8859_1)
        || declared.equals(StandardCharsets.US_ASCII);
    if (unicode || latin) {
      String text = new String(bytes, StandardCharsets.UTF_8);
      if (text.indexOf('\ufffd') < 0 || strictUtf8(bytes) != null) return text;
      return new String(bytes, WINDOWS_1252);
    }
    return new String(bytes, declared);
  }

  /** The text when the bytes are valid UTF-8, else null. */
  static String strictUtf8(byte[] bytes) {
    try {
      CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return chars.toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static String head(byte[] bytes) {
    return new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
  }

  static Charset declared(String text) {
    if (text == null) return null;
    Matcher m = CHARSET.matcher(text);
    if (!m.find()) return null;
    String name = m.group(1).toLowerCase(Locale.ROOT);
    if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii")) {
      return WINDOWS_1252; // as browsers do (WHATWG encoding standard)
    }
    try {
      return Charset.forName(name);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) return false;
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) return false;
    }
    return true;
  }
}
