package org.sitrep.pipeline;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.sitrep.actors.ActorFinder;
import org.sitrep.actors.ActorMentions;
import org.sitrep.actors.Catalog;
import org.sitrep.claims.ClaimFinder;
import org.sitrep.claims.QuantityParser;
import org.sitrep.events.EventFinder;
import org.sitrep.extract.Extraction;
import org.sitrep.ingest.Input;
import org.sitrep.nlp.AnnotatedText;
import org.sitrep.nlp.Annotator;
import org.sitrep.nlp.CoreNlpAnnotator;
import org.sitrep.places.Gazetteer;
import org.sitrep.quotes.QuoteFinder;
import org.sitrep.record.Article;
import org.sitrep.record.Claim;
import org.sitrep.record.Event;
import org.sitrep.record.Place;
import org.sitrep.record.Quote;
import org.sitrep.record.Record;
import org.sitrep.time.TimeExpression;
import org.sitrep.time.TimeFinder;
import org.sitrep.time.YearParts;

/**
 * From an input to a record: extraction, NLP, then the finders in the order below, each timed.
 * Thread-safe: one pipeline serves every worker thread.
 */
public final class Pipeline implements Analyzer {
  private final PipelineOptions options;
  private final Annotator nlp;
  private final TimeFinder timeFinder = new TimeFinder();
  private final Gazetteer gazetteer = Gazetteer.load();
  private final ActorFinder actorFinder = new ActorFinder(Catalog.load(), name -> !gazetteer.lookup(name).isEmpty(),
      name -> gazetteer.lookup(name).stream().findFirst().map(org.sitrep.places.PlaceEntry::country).orElse(null));
  private final PlaceFinder placeFinder = new PlaceFinder(gazetteer);
  private final QuoteFinder quoteFinder = new QuoteFinder();
  private final QuantityParser quantityParser = new QuantityParser();
  private final ClaimFinder claimFinder = new ClaimFinder();
  private final EventFinder eventFinder = new EventFinder();
  private final Timings timings = new Timings();

  Pipeline(PipelineOptions options, Annotator nlp) {
    this.options = options;
    this.nlp = nlp;
  }

  /** The pipeline on CoreNLP, whose models load once per JVM. */
  public static Pipeline standard(PipelineOptions options) {
    return new Pipeline(options, CoreNlpAnnotator.shared(options.nlp()));
  }

  /** A pipeline on another annotator, such as the model-free {@code PlainAnnotator}. */
  public static Pipeline on(Annotator nlp, PipelineOptions options) {
    return new Pipeline(options, nlp);
  }

  @Override
  public Record analyze(Input input) {
    Article article = timings.time("extract", () -> Extraction.extract(input));
    return article.isRejected() ? Record.rejected(article) : analyze(article);
  }

  /** Analyses an article whose text is already clean. */
  public Record analyze(Article extracted) {
    Article article = withDate(extracted);
    LocalDate published = date(article.published());
    String text = article.text();
    AnnotatedText doc = timings.time("nlp", () -> nlp.annotate(Dateline.blanked(text)).withText(text));
    List<TimeExpression> times = timings.time("time", () -> Dateline.outside(text, timeFinder.find(text, published)));
    ActorMentions actors = timings.time("actors", () -> actorFinder.find(doc, published));
    List<Place> places = timings.time("places", () -> placeFinder.find(doc, actors));
    List<Quote> quotes = timings.time("quotes", () -> Speakers.attribute(quoteFinder.find(doc), actors));
    List<Claim> claims = timings.time("claims",
        () -> claimFinder.find(doc, quantityParser.find(text), actors, YearParts.asSpans(times, text, published), places,
            quotes));
    List<Event> events = timings.time("events", () -> eventFinder.find(doc, actors, times, places, quotes));
    return new Record(Record.SCHEMA, article, actors.actors(), claims, quotes, events);
  }

  public Timings timings() {
    return timings;
  }

  private Article withDate(Article a) {
    if (a.published() != null || options.defaultDate() == null) return a;
    return a.withPublished(options.defaultDate().toString());
  }

  private static LocalDate date(String iso) {
    if (iso == null || iso.length() < 10) return null;
    try {
      return LocalDate.parse(iso.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
