package org.sitrep.figures;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.sitrep.record.Actor;
import org.sitrep.record.Article;
import org.sitrep.record.Claim;
import org.sitrep.record.Record;
import org.sitrep.record.Place;
import org.sitrep.record.Source;
import org.sitrep.record.Span;
import org.sitrep.record.Subject;
import org.sitrep.record.TimeRef;

/**
 * Generated records for the figures benchmark: claims about {@value #STATES} states x 4 noun
 * classes x 5 measures x 4 kinds of quantity (up to 4,000 threads), by {@value #CLAIMANTS}
 * claimants over two years, each claimant's figure drifting so that estimates get revised. Not
 * for tests.
 */
public final class SyntheticFigures {
  static final int STATES = 50;
  static final int CLAIMANTS = 40;
  static final int OUTLETS = 30;
  static final int DAYS = 730;
  private static final LocalDate START = LocalDate.of(2024, 1, 1);
  private static final String[] MEASURES = {"killed", "wounded", "troops", "displaced", "captured"};
  private static final String[] KINDS = {"total", "snapshot", "increment", "rate"};
  private static final String[] NOUNS = {"troops", "civilians", "children", "people"};

  /** Towns an incident happens in: few, so that each incident family holds many claims. */
  private static final String[] TOWNS = {"Northtown", "Rivertown", "Hilltown", "Porttown", "Lakeside"};

  private final Random random;
  private final int claimsPerArticle;
  private final double incidents;
  private final List<Actor> actors = new ArrayList<>();

  public SyntheticFigures(long seed, int claimsPerArticle) {
    this(seed, claimsPerArticle, 0);
  }

  /**
   * With a share of claims that count one incident in one of a few towns, half of them dated the
   * day before their report and half giving no day (follow-ups the ledger links); with share 0 the
   * same records as without it.
   */
  public SyntheticFigures(long seed, int claimsPerArticle, double incidents) {
    this.random = new Random(seed);
    this.claimsPerArticle = claimsPerArticle;
    this.incidents = incidents;
    for (int s = 0; s < STATES; s++) actors.add(new Actor("S" + s, "State " + s, "country", "S" + s, null, List.of()));
    for (int c = 0; c < CLAIMANTS; c++) {
      actors.add(new Actor("C" + c, "Claimant " + c, "organization", null, "S" + (c % STATES), List.of()));
    }
  }

  /** The n-th article. */
  public Record next(int n) {
    LocalDate day = START.plusDays(random.nextInt(DAYS));
    String outlet = "Outlet" + random.nextInt(OUTLETS);
    StringBuilder text = new StringBuilder("CITY, " + day + " (" + outlet + ") - Report " + n + ". ");
    List<Claim> claims = new ArrayList<>();
    for (int i = 0; i < claimsPerArticle; i++) claims.add(claim(text, day));
    String body = text.toString();
    Article a = new Article(sha256(body), null, "https://synthetic.example/f/" + n, "Report " + n,
        day.toString(), outlet, "en", body, List.of(), Article.ANALYZED, null, List.of(), null, null, null);
    return new Record(Record.SCHEMA, a, actors, claims, List.of(), List.of());
  }

  private Claim claim(StringBuilder text, LocalDate day) {
    int state = random.nextInt(STATES);
    String noun = NOUNS[random.nextInt(NOUNS.length)];
    String measure = MEASURES[random.nextInt(MEASURES.length)];
    String kind = KINDS[random.nextInt(KINDS.length)];
    int claimant = random.nextInt(CLAIMANTS);
    // A figure that grows with time and differs by claimant, rounded so that repeats happen.
    long value = Math.round((100 + state * 37 + claimant * 11 + (day.toEpochDay() % DAYS) * 3) / 50.0) * 50;
    int start = text.length();
    String who = "Claimant " + claimant;
    String subject = "State " + state + " " + noun;
    text.append(who).append(" said ").append(value).append(' ').append(subject).append(" were ")
        .append(measure).append(kind.equals("rate") ? " a week" : "").append(". ");
    String sentence = text.substring(start, text.length() - 1);
    Span evidence = new Span(sentence, start, start + sentence.length());
    if (incidents > 0 && random.nextDouble() < incidents) {
      String town = TOWNS[random.nextInt(TOWNS.length)];
      // the towns lie in one country, so that an incident family (which spans a country) holds them all
      Place place = new Place(town, town, "S0", null, null, "locality", start, start + 1);
      String before = day.minusDays(1).toString();
      TimeRef time = random.nextBoolean() ? new TimeRef(before, before, start, start + 1) : null;
      return new Claim(measure, noun, evidence, (double) value, (double) value, "exact", null, "incident",
          new Subject(subject, null, null, null), place, time, new Source(who, "C" + claimant, start, start + who.length()),
          false, evidence, "synthetic");
    }
    return new Claim(measure, noun, evidence, (double) value, (double) value, "exact",
        kind.equals("rate") ? "week" : null, kind, new Subject(subject, "S" + state, null, null), null,
        null, new Source(who, "C" + claimant, start, start + who.length()), false, evidence, "synthetic");
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
