package org.sitrep.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page's metadata. When sources disagree the most specific one wins, in this order:
 *
 * <ol>
 *   <li>JSON-LD of the article object (typed, about this article and nothing else);
 *   <li>OpenGraph and {@code article:*} meta tags;
 *   <li>Dublin Core meta tags;
 *   <li>other common meta names (pubdate, parsely, sailthru);
 *   <li>the page itself: {@code <time datetime>}, a byline, the first {@code <h1>}, {@code <title>};
 *   <li>a date in the URL path (/2025/04/29/).
 * </ol>
 *
 * A publication date later than tomorrow is ignored at every step: it is a placeholder or a bug.
 */
final class MetaReader {
  private static final String[] PUBLISHED = {"article:published_time", "og:published_time",
      "datepublished", "dc.date.issued", "dcterms.issued", "dc.date.created", "dcterms.created",
      "dc.date", "dcterms.date", "pubdate", "publishdate", "publish-date", "publish_date",
      "date", "sailthru.date", "parsely-pub-date", "article.published", "og:article:published_time"};
  private static final String[] MODIFIED = {"article:modified_time", "og:updated_time",
      "datemodified", "dc.date.modified", "dcterms.modified", "last-modified", "lastmod"};
  private static final String[] AUTHORS = {"author", "article:author", "dc.creator",
      "dcterms.creator", "parsely-author", "sailthru.author", "byl"};

  private final Document doc;
  private final MetaTags tags;
  private final JsonNode article;
  private final String url;

  MetaReader(Document doc, String url) {
    this.doc = doc;
    this.tags = MetaTags.of(doc);
    this.article = JsonLd.article(doc);
    this.url = url;
  }

  PageMeta read() {
    String canonical = canonical();
    return new PageMeta(title(), published(canonical), modified(), authors(), site(canonical),
        canonical, language(), JsonLd.text(article, "articleBody"));
  }

  String published(String canonical) {
    String date = recent(Dates.iso(JsonLd.text(article, "datePublished")));
    if (date == null) date = recent(Dates.iso(tags.first(PUBLISHED)));
    if (date == null) date = recent(Dates.iso(timeElement()));
    if (date == null) date = recent(Dates.fromUrl(url));
    if (date == null) date = recent(Dates.fromUrl(canonical));
    return date;
  }

  private String modified() {
    String date = Dates.iso(JsonLd.text(article, "dateModified"));
    return date != null ? date : Dates.iso(tags.first(MODIFIED));
  }

  private String timeElement() {
    Element time = doc.selectFirst("time[pubdate][datetime], [itemprop=datePublished][datetime],"
        + " [itemprop=datePublished][content], article time[datetime], time[datetime]");
    if (time == null) return null;
    return time.hasAttr("datetime") ? time.attr("datetime") : time.attr("content");
  }

  private static String recent(String iso) {
    if (iso == null) return null;
    return LocalDate.parse(iso).isAfter(LocalDate.now(java.time.ZoneOffset.UTC).plusDays(1)) ? null : iso;
  }

  private String title() {
    String title = JsonLd.text(article, "headline");
    if (title == null) title = tags.first("og:title", "twitter:title", "dc.title", "dcterms.title");
    if (title == null) {
      Element h1 = doc.selectFirst("h1");
      if (h1 != null && !h1.text().isBlank()) title = h1.text();
    }
    if (title == null && !doc.title().isBlank()) title = Titles.withoutSite(doc.title());
    return title == null ? null : Titles.clean(title);
  }

  private List<String> authors() {
    LinkedHashSet<String> names = new LinkedHashSet<>(JsonLd.names(article, "author"));
    if (names.isEmpty()) {
      for (String value : tags.all(AUTHORS)) names.addAll(Bylines.split(value));
    }
    if (names.isEmpty()) names.addAll(Bylines.fromPage(doc));
    return new ArrayList<>(names);
  }

  private String site(String canonical) {
    JsonNode publisher = article == null ? null : article.get("publisher");
    String site = publisher == null ? null : JsonLd.text(article, "publisher");
    if (site == null) site = tags.first("og:site_name", "application-name", "twitter:site");
    if (site != null && site.startsWith("@")) site = site.substring(1);
    if (site == null) site = host(canonical != null ? canonical : url);
    return site;
  }

  private String canonical() {
    Element link = doc.selectFirst("link[rel=canonical][href]");
    String canonical = link == null ? null : link.absUrl("href");
    if (canonical == null || canonical.isEmpty()) canonical = link == null ? null : link.attr("href");
    if (canonical == null || canonical.isEmpty()) canonical = tags.first("og:url");
    if (canonical == null) canonical = JsonLd.text(article, "mainEntityOfPage");
    if (canonical == null || !canonical.startsWith("http")) canonical = url;
    return canonical;
  }

  private String language() {
    String lang = doc.selectFirst("html") == null ? "" : doc.selectFirst("html").attr("lang");
    if (lang.isBlank()) lang = tags.firstOr("", "content-language", "og:locale", "dc.language");
    if (lang.isBlank()) lang = String.valueOf(JsonLd.text(article, "inLanguage"));
    String code = lang.strip().toLowerCase(Locale.ROOT);
    return code.length() >= 2 && Character.isLetter(code.charAt(0)) ? code.substring(0, 2) : null;
  }

  static String host(String url) {
    if (url == null) return null;
    try {
      String host = URI.create(url).getHost();
      return host == null ? null : host.startsWith("www.") ? host.substring(4) : host;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
