package org.sitrep.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.sitrep.record.Actor;
import org.sitrep.record.Article;
import org.sitrep.record.Claim;
import org.sitrep.record.Event;
import org.sitrep.record.Mention;
import org.sitrep.record.Record;
import org.sitrep.record.Source;
import org.sitrep.record.Span;
import org.sitrep.record.Subject;

/**
 * Generated records for the store benchmark: articles of numbered sentences, each with one figure,
 * spread over two years, a few dozen outlets and claimants. Every tenth article is a copy of an
 * earlier one with a new dateline, so story linking is exercised too. Not for tests.
 */
public final class Synthetic {
  public static final List<String> MEASURES =
      List.of("killed", "wounded", "displaced", "detained", "launched", "intercepted", "deployed");
  public static final LocalDate START = LocalDate.of(2024, 1, 1);
  public static final int DAYS = 730;
  static final int OUTLETS = 30;
  static final int CLAIMANTS = 40;
  static final int COPY_EVERY = 10;
  private static final String[] PLACES = {"the northern district", "the river port", "the border town",
      "the capital", "the eastern front", "the coastal city", "the industrial zone", "the old quarter"};

  private final Random random;
  private final int claimsPerArticle;
  private Record last;

  public Synthetic(long seed, int claimsPerArticle) {
    this.random = new Random(seed);
    this.claimsPerArticle = claimsPerArticle;
  }

  /** The n-th record (call in order: copies refer to the previous original). */
  public Record next(int n) {
    if (last != null && n % COPY_EVERY == 0) return copy(last, n);
    last = original(n);
    return last;
  }

  private Record original(int n) {
    LocalDate day = START.plusDays(random.nextInt(DAYS));
    String outlet = "Outlet" + random.nextInt(OUTLETS);
    StringBuilder text = new StringBuilder("DATELINE, " + day + " (" + outlet + ") - Report " + n + ". ");
    List<Claim> claims = new ArrayList<>();
    List<Mention> mentions = new ArrayList<>();
    for (int i = 0; i < claimsPerArticle; i++) claims.add(claim(text, n, i, mentions));
    String body = text.toString();
    Article article = new Article(Columns.contentHash(body), null, "https://synthetic.example/" + n,
        "Report " + n, day.toString(), outlet, "en", body, List.of(), Article.ANALYZED, null,
        List.of(), null, null, null);
    List<Actor> actors = List.of(new Actor("SYN-A" + n % CLAIMANTS, "Claimant " + n % CLAIMANTS,
        "government", "XXA", null, mentions));
    Event event = new Event("ASSAULT", "aerial", List.of("SYN-A" + n % CLAIMANTS), List.of("SYN-B"),
        null, null, false, false, false, "struck", List.of(claims.get(0).evidence()), "synthetic");
    return new Record(Record.SCHEMA, article, actors, claims, List.of(), List.of(event));
  }

  private Claim claim(StringBuilder text, int n, int i, List<Mention> mentions) {
    String measure = MEASURES.get(random.nextInt(MEASURES.size()));
    int claimant = random.nextInt(CLAIMANTS);
    double value = 1 + random.nextInt(5000);
    int start = text.length();
    String who = "Claimant " + claimant;
    text.append(who).append(" said ").append((long) value).append(" people were ").append(measure)
        .append(" near ").append(PLACES[random.nextInt(PLACES.length)]).append(" in incident ")
        .append(n).append('-').append(i).append(". ");
    String sentence = text.substring(start, text.length() - 1);
    mentions.add(new Mention(who, start, start + who.length(), "synthetic"));
    int q = start + who.length() + 6;
    Span quantity = new Span(String.valueOf((long) value), q, q + String.valueOf((long) value).length());
    return new Claim(measure, "people", quantity, value, value, null, null, "increment",
        new Subject("people", null, null, null), null, null,
        new Source(who, "SYN-A" + claimant, start, start + who.length()), false,
        new Span(sentence, start, start + sentence.length()), "synthetic");
  }

  private Record copy(Record original, int n) {
    Article a = original.article();
    String outlet = "Outlet" + random.nextInt(OUTLETS);
    String text = a.text().replaceFirst("\\(Outlet\\d+\\)", "(" + outlet + ")");
    Article copy = new Article(Columns.contentHash(text), null, "https://synthetic.example/" + n,
        a.title(), a.published(), outlet, "en", text, List.of(), Article.ANALYZED, null, List.of(),
        null, null, null);
    return new Record(Record.SCHEMA, copy, original.actors(), original.claims(), original.quotes(),
        original.events());
  }
}
