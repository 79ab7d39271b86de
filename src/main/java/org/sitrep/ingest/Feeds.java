package org.sitrep.ingest;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/**
 * RSS and Atom feeds: the links of their items. The XML is parsed by {@link FeedXml}, which
 * refuses DTDs and entities, so an entity bomb or an external entity never expands; ROME then
 * reads the parsed document.
 */
public final class Feeds {
  private static final List<String> FEED_SUFFIXES = List.of(".rss", ".atom", ".xml");
  private static final String ACCEPT =
      "application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.5";

  private Feeds() {}

  /** Whether a file name looks like a feed (.rss, .atom, .xml). */
  public static boolean isFeedFile(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return FEED_SUFFIXES.stream().anyMatch(lower::endsWith);
  }

  /** The item links of a feed at a URL or in a file; any problem is a one-line InputException. */
  public static List<String> links(String location, InputOptions options) {
    if (Inputs.isUrl(location)) {
      Fetcher fetcher = new Fetcher(options, type -> true, ACCEPT, "a feed");
      Input page = fetcher.fetch(location);
      return links(page.bytes(), page.url());
    }
    Input file = Inputs.readFile(location, options);
    if (file.failed()) throw new InputException("feed " + location + ": " + file.problem());
    return links(file.bytes(), location);
  }

  /** The item links of the feed in {@code xml}; relative links resolve against {@code name}. */
  static List<String> links(byte[] xml, String name) {
    SyndFeed feed = parse(xml, name);
    Set<String> links = new LinkedHashSet<>();
    for (SyndEntry entry : feed.getEntries()) {
      String link = link(entry);
      if (link != null) links.add(resolve(name, link.strip()));
    }
    return List.copyOf(links);
  }

  private static SyndFeed parse(byte[] xml, String name) {
    Document doc;
    try {
      doc = FeedXml.builder().parse(new ByteArrayInputStream(xml));
    } catch (SAXException e) {
      throw new InputException("feed " + name + ": " + FeedXml.describe(e));
    } catch (IOException e) {
      throw new InputException("feed " + name + ": cannot read: " + Inputs.oneLine(e));
    }
    try {
      return new SyndFeedInput().build(doc);
    } catch (FeedException | IllegalArgumentException e) {
      throw new InputException("feed " + name + ": not an RSS or Atom feed (" + Inputs.oneLine(e) + ")");
    }
  }

  private static String link(SyndEntry entry) {
    if (entry.getLink() != null && !entry.getLink().isBlank()) return entry.getLink();
    for (SyndLink l : entry.getLinks()) {
      if (l.getHref() != null && (l.getRel() == null || l.getRel().equals("alternate"))) return l.getHref();
    }
    return null;
  }

  private static String resolve(String base, String link) {
    if (Inputs.isUrl(link) || !Inputs.isUrl(base)) return link;
    try {
      return URI.create(base).resolve(link).toString();
    } catch (IllegalArgumentException e) {
      return link;
    }
  }
}
