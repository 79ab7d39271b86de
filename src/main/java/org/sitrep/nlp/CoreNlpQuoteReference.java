package org.sitrep.nlp;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreQuote;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.Pair;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * Stanford CoreNLP's own quote finder and speaker attribution (QuoteAnnotator with
 * QuoteAttributionAnnotator) over its default full English pipeline, kept only as the reference
 * that {@code sitrep eval quotes} measures sitrep against. Slow (seconds per article) and not
 * thread-safe: use one instance per thread.
 */
public final class CoreNlpQuoteReference {
  private final StanfordCoreNLP pipeline;

  /** A quote found by CoreNLP with its speaker mention and canonical (named) speaker, when any. */
  public record ReferenceQuote(
      String text, int start, int end, Mention speaker, Mention canonicalSpeaker) {}

  /** A span of the text; offsets are into the annotated text. */
  public record Mention(String text, int start, int end) {}

  public CoreNlpQuoteReference() {
    RedwoodConfiguration.current().clear().apply();
    this.pipeline = new StanfordCoreNLP(properties());
  }

  static Properties properties() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("quote.attributeQuotes", "true");
    p.setProperty("threads", "1");
    return p;
  }

  /** The quotes of a text, in text order. */
  public List<ReferenceQuote> quotes(String text) {
    CoreDocument doc = new CoreDocument(text);
    pipeline.annotate(doc);
    List<ReferenceQuote> out = new ArrayList<>();
    if (doc.quotes() == null) return out;
    for (CoreQuote q : doc.quotes()) {
      Pair<Integer, Integer> at = q.quoteCharOffsets();
      Mention speaker = mention(text, q.speakerCharOffsets(), q.speaker());
      Mention canonical = mention(text, q.canonicalSpeakerCharOffsets(), q.canonicalSpeaker());
      out.add(new ReferenceQuote(q.text(), at.first(), at.second(), speaker, canonical));
    }
    return out;
  }

  private static Mention mention(
      String text, Optional<Pair<Integer, Integer>> at, Optional<String> name) {
    if (at.isEmpty() || at.get().first() < 0 || at.get().second() > text.length()) return null;
    int start = at.get().first();
    int end = at.get().second();
    return new Mention(name.orElse(text.substring(start, end)), start, end);
  }
}
