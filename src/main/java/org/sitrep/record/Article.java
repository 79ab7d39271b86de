package org.sitrep.record;

import java.util.List;

/**
 * The article part of a record.
 *
 * @param id sha256 of the text, hex
 * @param published publication date, ISO yyyy-MM-dd, or null
 * @param outcome "analyzed" or "rejected"
 * @param reason why it was rejected, or null
 */
public record Article(
    String id,
    String path,
    String url,
    String title,
    String published,
    String source,
    String language,
    String text,
    List<String> removed,
    String outcome,
    String reason,
    List<String> authors,
    String modified,
    String canonicalUrl,
    String site) {

  public static final String ANALYZED = "analyzed";
  public static final String REJECTED = "rejected";

  public Article {
    removed = removed == null ? List.of() : List.copyOf(removed);
    authors = authors == null ? List.of() : List.copyOf(authors);
  }

  public boolean isRejected() {
    return REJECTED.equals(outcome);
  }

  public Article withOutcome(String outcome, String reason) {
    return new Article(id, path, url, title, published, source, language, text, removed, outcome,
        reason, authors, modified, canonicalUrl, site);
  }

  public Article withPublished(String date) {
    return new Article(id, path, url, title, date, source, language, text, removed, outcome, reason,
        authors, modified, canonicalUrl, site);
  }
}
