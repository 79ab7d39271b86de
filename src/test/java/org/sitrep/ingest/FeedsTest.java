package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedsTest {
  static final String RSS = """
      <?xml version="1.0" encoding="UTF-8"?>
      <rss version="2.0"><channel><title>Wire</title><link>http://wire.test/</link>
      <description>d</description>
      <item><title>One</title><link>http://wire.test/one</link></item>
      <item><title>Two</title><link>/two</link></item>
      <item><title>One again</title><link>http://wire.test/one</link></item>
      </channel></rss>
      """;
  static final String ATOM = """
      <?xml version="1.0" encoding="utf-8"?>
      <feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title><id>urn:wire</id>
      <updated>2025-01-01T00:00:00Z</updated>
      <entry><title>A</title><id>urn:a</id><updated>2025-01-01T00:00:00Z</updated>
      <link rel="alternate" href="https://wire.test/a"/></entry>
      <entry><title>B</title><id>urn:b</id><updated>2025-01-01T00:00:00Z</updated>
      <link href="https://wire.test/b"/></entry>
      </feed>
      """;
  static final String BOMB = """
      <?xml version="1.0"?>
      <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
      <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
      <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>
      <rss version="2.0"><channel><title>&lol4;</title><link>http://x.test/</link><description>d</description>
      <item><link>http://x.test/1</link></item></channel></rss>
      """;
  static final String EXTERNAL = """
      <?xml version="1.0"?>
      <!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
      <rss version="2.0"><channel><title>&secret;</title><link>http://x.test/</link><description>d</description>
      </channel></rss>
      """;

  static List<String> links(String xml, String name) {
    return Feeds.links(xml.getBytes(StandardCharsets.UTF_8), name);
  }

  @Test
  void rssItemLinksInOrderWithoutRepeatsAndResolved() {
    assertEquals(List.of("http://wire.test/one", "http://wire.test/two"),
        links(RSS, "http://wire.test/feed.rss"));
  }

  @Test
  void atomEntryLinks() {
    assertEquals(List.of("https://wire.test/a", "https://wire.test/b"), links(ATOM, "atom.xml"));
  }

  @Test
  void notXmlIsOneLine() {
    InputException e = assertThrows(InputException.class, () -> links("<html><body>hi", "f.xml"));
    assertTrue(e.getMessage().startsWith("feed f.xml: not XML ("), e.getMessage());
    assertFalse(e.getMessage().contains("\n"), e.getMessage());
  }

  @Test
  void entityBombIsRefusedNotExpanded() {
    InputException e = assertThrows(InputException.class, () -> links(BOMB, "bomb.rss"));
    assertEquals("feed bomb.rss: refused: it declares a DOCTYPE (DTDs and entities are not allowed in feeds)",
        e.getMessage());
  }

  @Test
  void externalEntityIsRefused() {
    InputException e = assertThrows(InputException.class, () -> links(EXTERNAL, "x.rss"));
    assertTrue(e.getMessage().contains("refused"), e.getMessage());
  }

  @Test
  void xmlThatIsNotAFeedIsSaidSo() {
    InputException e = assertThrows(InputException.class, () -> links("<?xml version=\"1.0\"?><note/>", "n.xml"));
    assertTrue(e.getMessage().startsWith("feed n.xml: not an RSS or Atom feed"), e.getMessage());
  }

  @Test
  void feedFileNames() {
    assertTrue(Feeds.isFeedFile("news.RSS"));
    assertTrue(Feeds.isFeedFile("news.atom"));
    assertFalse(Feeds.isFeedFile("news.html"));
  }
}
