package org.sitrep.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.sitrep.nlp.AnnotatedText;
import org.sitrep.nlp.CoreNlpAnnotator;
import org.sitrep.nlp.CoreNlpQuoteReference;
import org.sitrep.nlp.NlpOptions;
import org.sitrep.quotes.QuoteFinder;

/**
 * {@code sitrep eval quotes}: direct quotes and their speakers on a PolNeAR split (text/*.txt with
 * attributions/*.ann), for sitrep's {@link QuoteFinder} and, in the same run, CoreNLP's
 * QuoteAttributionAnnotator. A text annotated by several annotators is scored against the first
 * .ann file in name order.
 */
public final class QuoteEval {
  private QuoteEval() {}

  /** What to run. */
  public record Options(boolean reference) {}

  /**
   * The figures of one run.
   *
   * @param reference null when the reference was skipped
   * @param finderMillisPerDoc the quote finder alone, beyond the annotation
   */
  public record Result(int documents, QuoteFigures sitrep, QuoteFigures reference,
      List<String> sitrepNotes, List<String> referenceNotes, double finderMillisPerDoc,
      double referenceSecondsPerDoc) {}

  public static Result run(Path dir, Options options) throws IOException {
    List<Path> texts = texts(dir);
    if (texts.isEmpty()) throw new IOException("no text/*.txt with attributions/*.ann under " + dir);
    QuoteScore ours = new QuoteScore();
    QuoteScore ref = new QuoteScore();
    QuoteFinder finder = new QuoteFinder();
    CoreNlpQuoteReference reference = options.reference() ? new CoreNlpQuoteReference() : null;
    long finderNanos = 0;
    long referenceNanos = 0;
    for (Path t : texts) {
      String text = Files.readString(t, StandardCharsets.UTF_8);
      String doc = t.getFileName().toString();
      List<QuoteGold> gold = QuoteGold.read(annotation(dir, t), text);
      AnnotatedText at = CoreNlpAnnotator.shared(NlpOptions.full()).annotate(text);
      long t0 = System.nanoTime();
      List<QuoteCandidate> found = QuoteCandidates.of(text, finder.find(at));
      finderNanos += System.nanoTime() - t0;
      ours.add(doc, gold, found);
      if (reference == null) continue;
      long t1 = System.nanoTime();
      List<QuoteCandidate> refFound = QuoteCandidates.ofReference(text, reference.quotes(text));
      referenceNanos += System.nanoTime() - t1;
      ref.add(doc, gold, refFound);
    }
    int n = texts.size();
    return new Result(n, ours.figures(), reference == null ? null : ref.figures(), ours.notes(),
        ref.notes(), finderNanos / 1e6 / n, referenceNanos / 1e9 / n);
  }

  private static List<Path> texts(Path dir) throws IOException {
    Path textDir = dir.resolve("text");
    if (!Files.isDirectory(textDir)) throw new IOException("no text/ directory under " + dir);
    List<Path> out = new ArrayList<>();
    try (Stream<Path> s = Files.list(textDir)) {
      for (Path p : s.sorted().toList()) {
        if (p.toString().endsWith(".txt") && annotation(dir, p) != null) out.add(p);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return out;
  }

  /** The first attributions/STEM_xxxx.ann of a text, or null. */
  static Path annotation(Path dir, Path text) throws IOException {
    String name = text.getFileName().toString();
    String stem = name.substring(0, name.length() - ".txt".length());
    Path annDir = dir.resolve("attributions");
    if (!Files.isDirectory(annDir)) return null;
    try (Stream<Path> s = Files.list(annDir)) {
      return s.filter(p -> p.getFileName().toString().matches(
              java.util.regex.Pattern.quote(stem) + "_[0-9a-f]+\\.ann"))
          .sorted().findFirst().orElse(null);
    }
  }
}
