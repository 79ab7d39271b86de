package org.sitrep.extract;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/** An HTML page: parsed once for metadata and the strict pass, again only for the fallback. */
final class HtmlPage {
  private HtmlPage() {}

  /** Extracts from HTML text whose scripts and styles are already cut out. */
  static Extracted extract(String html, String url) {
    Document doc = parse(html, url);
    PageMeta meta = new MetaReader(doc, url).read();
    Body body = MainText.extract(() -> parse(html, url), doc, meta);
    return new Extracted(meta, body);
  }

  private static Document parse(String html, String url) {
    return Jsoup.parse(html, url == null ? "" : url, Parser.htmlParser());
  }
}
