package org.sitrep.extract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.sitrep.ingest.Input;
import org.sitrep.record.Article;

/**
 * The front door of extraction: one input in, one schema-v1 article out. A bad input is never an
 * exception; it is an article with outcome "rejected" and a reason. The checks run in this order:
 *
 * <ol>
 *   <li>the input could not be read (too large, unreadable, fetch failed);
 *   <li>empty, or binary data (NUL bytes or many control characters);
 *   <li>a plain-text file that is not valid UTF-8 is rejected, not guessed at: plain text has no
 *       charset declaration, and a wrong guess would corrupt names and figures silently;
 *   <li>HTML or plain text is extracted; no body left (an index page, an error page, a login
 *       wall) is a rejection;
 *   <li>text that is not English is rejected, naming the language it looks like.
 * </ol>
 *
 * A rejected article's id is the sha256 of the input bytes, as it has no text; an accepted one's is
 * the sha256 of its text.
 */
public final class Extraction {
  private final ExtractOptions options;

  public Extraction(ExtractOptions options) {
    this.options = options;
  }

  /** Extracts with the default options. */
  public static Article extract(Input input) {
    return new Extraction(ExtractOptions.defaults()).apply(input);
  }

  public Article apply(Input input) {
    if (input.failed()) return rejected(input, input.problem());
    byte[] bytes = input.bytes();
    if (Sniff.isBlank(bytes)) return rejected(input, "empty file");
    if (Sniff.isBinary(bytes)) return rejected(input, "binary data, not a text or HTML article");
    boolean html = Sniff.isHtml(input.path(), input.contentType(), bytes);
    Extracted found;
    if (html) {
      try {
        found = HtmlPage.extract(PageDecoder.decodeStripped(bytes, input.contentType()), input.url());
      } catch (RuntimeException | StackOverflowError e) {
        // A safety net: the extractor is iterative and lenient, but a page must never stop a batch.
        return rejected(input, "cannot parse the page: " + e.getClass().getSimpleName());
      }
    } else {
      String text = plainText(bytes);
      if (text == null) return rejected(input, invalidUtf8(bytes));
      found = PlainText.extract(text);
    }
    return judged(input, found, html);
  }

  private Article judged(Input input, Extracted found, boolean html) {
    String text = found.body().text();
    int words = words(text);
    if (words == 0) return rejected(input, html ? noBody() : "no text left after removing page chrome");
    if (html && words < options.minWords()) return rejected(input, noBody() + ": " + words + " words");
    String language = Language.guess(text);
    if (options.englishOnly() && !language.equals("en")) {
      return rejected(input, "not English (looks like " + language + ")");
    }
    PageMeta m = found.meta();
    return new Article(sha256(text.getBytes(StandardCharsets.UTF_8)), input.path(), input.url(),
        m.title(), m.published(), m.site(), language, text, found.body().removed(), Article.ANALYZED,
        null, m.authors(), m.modified(), m.canonicalUrl(), m.site());
  }

  /** Runs of letters or digits: a cheap word count. */
  static int words(String text) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean letter = Character.isLetterOrDigit(text.charAt(i));
      if (letter && !inWord) words++;
      inWord = letter;
    }
    return words;
  }

  private static String noBody() {
    return "no article body found (an index page, an error page or a login wall?)";
  }

  private static String plainText(byte[] bytes) {
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
    }
    String text = PageDecoder.strictUtf8(bytes);
    return text != null && text.startsWith("\ufeff") ? text.substring(1) : text;
  }

  private static String invalidUtf8(byte[] bytes) {
    return "invalid UTF-8 (save the file as UTF-8 and try again)";
  }

  private static Article rejected(Input input, String reason) {
    return new Article(sha256(input.bytes()), input.path(), input.url(), null, null, null, null, "",
        List.of(), Article.REJECTED, reason, List.of(), null, null, null);
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }
}
