package org.sitrep.store;

import java.util.List;

/**
 * The typed rows the queries return. Item rows count a story once: {@code outlets} lists every
 * outlet that carried the same item in a copy of the story, and the other fields come from the
 * newest copy.
 */
public final class Rows {
  private Rows() {}

  public record ArticleRow(String id, String date, String outlet, String title, String url,
      String outcome, String storyId, int claims, int quotes, int events) {}

  /**
   * A figure. {@code (articleId, ord)} addresses the claim in its record; {@code date} is the
   * article's publication day, {@code time} the resolved time the figure refers to, if any.
   */
  public record ClaimRow(String articleId, int ord, String storyId, String date, String outlet,
      String measure, Double low, Double high, String unit, String qualifier, String kind,
      String subject, String subjectActor, String claimant, String claimantActor, String place,
      String time, String quantity, String evidence, List<String> outlets) {
    ClaimRow withOutlets(List<String> all) {
      return new ClaimRow(articleId, ord, storyId, date, outlet, measure, low, high, unit, qualifier,
          kind, subject, subjectActor, claimant, claimantActor, place, time, quantity, evidence, all);
    }
  }

  public record QuoteRow(String articleId, String storyId, String date, String outlet,
      String speaker, String speakerActor, String cue, String text, List<String> outlets) {
    QuoteRow withOutlets(List<String> all) {
      return new QuoteRow(articleId, storyId, date, outlet, speaker, speakerActor, cue, text, all);
    }
  }

  public record EventRow(String articleId, String storyId, String date, String outlet, String type,
      String mode, List<String> actors, List<String> recipients, String place, String trigger,
      String evidence, List<String> outlets) {
    EventRow withOutlets(List<String> all) {
      return new EventRow(articleId, storyId, date, outlet, type, mode, actors, recipients, place,
          trigger, evidence, all);
    }
  }

  public record ActorRow(String id, String name, String kind, String country, long mentions,
      long articles, String firstSeen, String lastSeen) {}

  public record SearchHit(String articleId, String date, String outlet, String title,
      String snippet) {}
}
