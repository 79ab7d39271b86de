package org.sitrep.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** What an element's tag, class and id say about it: article body, or site furniture. */
final class Hints {
  /** Tags that never hold article text. */
  static final Set<String> JUNK_TAGS = Set.of("script", "style", "noscript", "template", "svg",
      "canvas", "iframe", "object", "embed", "button", "input", "select", "textarea", "option",
      "nav", "aside", "footer", "figure", "figcaption", "picture", "video", "audio", "map", "dialog",
      "menu", "link", "meta", "head");

  /** Class or id of furniture strong enough to remove the element before scoring. */
  private static final Pattern UNLIKELY = Pattern.compile(
      "(?:^|[^a-z])(?:ad|ads|advert|advertisement|banner|breadcrumbs?|combx|comments?|commentary"
          + "|community|cookie|consent|disqus|footer|gdpr|menu|related|remark|replies|rss"
          + "|shoutbox|sidebar|skyscraper|social|sponsor(?:ed)?|popup|modal|newsletter|subscribe"
          + "|subscription|signup|share|sharing|sharetools|toolbar|outbrain|taboola|recirc"
          + "|promo|trending|most-?popular|masthead|navbar|nav|pagination|pager|caption|credit"
          + "|tags|tag-list|author-bio|byline|dateline|timestamp|print-only|sr-only|visually-hidden"
          + "|skip-link|overlay|related-content|read-more|more-stories|partner)(?:$|[^a-z])");

  /** Class or id that marks the article itself; it protects an element from removal. */
  private static final Pattern LIKELY = Pattern.compile(
      "article|body|content|entry|hentry|h-entry|main|post|text|blog|story|column|embed|tweet");

  private static final Pattern POSITIVE = Pattern.compile(
      "article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|embed|tweet");
  private static final Pattern NEGATIVE = Pattern.compile(
      "-ad-|hidden|banner|combx|comment|com-|contact|foot|gdpr|masthead|media|meta|outbrain|promo"
          + "|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget"
          + "|newsletter|subscribe|social|caption|credit|byline|recirc|teaser");

  /** Pages repeat the same class names thousands of times: remember the verdicts, per thread. */
  private static final ThreadLocal<Map<String, Boolean>> UNLIKELY_CACHE =
      ThreadLocal.withInitial(HashMap::new);
  static final int MAX_CACHED_HINTS = 10_000;

  private Hints() {}

  static String classAndId(Element e) {
    String cls = e.className();
    String id = e.id();
    if (cls.isEmpty() && id.isEmpty()) return "";
    return (cls + " " + id).toLowerCase(Locale.ROOT);
  }

  /** True when class or id say furniture and nothing says article. */
  static boolean unlikely(Element e) {
    String role = e.attr("role");
    if (role.equals("navigation") || role.equals("complementary") || role.equals("banner")) {
      return true;
    }
    String hint = classAndId(e);
    if (hint.isEmpty()) return false;
    Boolean known = UNLIKELY_CACHE.get().get(hint);
    if (known != null) return known;
    boolean unlikely = UNLIKELY.matcher(hint).find() && !LIKELY.matcher(hint).find();
    Map<String, Boolean> cache = UNLIKELY_CACHE.get();
    if (cache.size() > MAX_CACHED_HINTS) cache.clear();
    cache.put(hint, unlikely);
    return unlikely;
  }

  /** Readability's class weight: +25 for article words, -25 for furniture words. */
  static int weight(Element e) {
    String hint = classAndId(e);
    if (hint.isEmpty()) return 0;
    int w = 0;
    if (NEGATIVE.matcher(hint).find()) w -= 25;
    if (POSITIVE.matcher(hint).find()) w += 25;
    return w;
  }

  /** True when the element is hidden from readers by attributes or inline style. */
  static boolean hidden(Element e) {
    if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))) return true;
    String style = e.attr("style");
    if (style.isEmpty()) return false;
    String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
    return s.contains("display:none") || s.contains("visibility:hidden");
  }
}
