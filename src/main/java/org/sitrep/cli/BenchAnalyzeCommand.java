package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.extract.Extraction;
import org.sitrep.ingest.Input;
import org.sitrep.ingest.InputOptions;
import org.sitrep.ingest.Inputs;
import org.sitrep.nlp.CoreNlpAnnotator;
import org.sitrep.nlp.CoreNlpQuoteReference;
import org.sitrep.nlp.ParseTally;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.PipelineOptions;
import org.sitrep.pipeline.Throughput;
import org.sitrep.record.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep bench analyze DIR}: articles per second and peak heap of the whole pipeline, beside
 * CoreNLP's default full pipeline (tokenize, ssplit, pos, lemma, ner, depparse, coref, quote) on
 * the same articles with the same thread count.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
    description = "Time the analysis of a directory of articles beside CoreNLP's full default pipeline.")
final class BenchAnalyzeCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "DIR", description = "Articles to analyse (e.g. ../shared/bench/attribution/polnear/dev/text).")
  String dir;

  @Option(names = "--threads", description = "Worker threads (default: ${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--warmup", description = "Articles analysed before timing (default: ${DEFAULT-VALUE}).")
  int warmup = 10;

  @Option(names = "--reference-limit", description = "Articles for the slow reference; 0 skips it (default: ${DEFAULT-VALUE}).")
  int referenceLimit = 20;

  @Option(names = "--min-words", paramLabel = "N", description = "Skip articles of fewer words (default: ${DEFAULT-VALUE}).")
  int minWords = 0;

  @Option(names = "--max-words", paramLabel = "N", description = "Skip articles of more words (default: no limit).")
  int maxWords = Integer.MAX_VALUE;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (minWords > maxWords) throw new ParameterException(spec.commandLine(), "--min-words is above --max-words");
    List<String> texts = texts();
    out.printf(Locale.ROOT, "%d articles of %s words (mean %.0f), %d threads, max heap %.1f GB%n",
        texts.size(), range(), texts.stream().mapToInt(Throughput::words).average().orElse(0), threads, Runtime.getRuntime().maxMemory() / 1e9);
    PipelineOptions options = PipelineOptions.defaults();
    Pipeline pipeline = Pipeline.standard(options);
    Throughput.Result ours = Throughput.measure(texts, threads, warmup, t -> pipeline.analyze(article(t)));
    print(out, "sitrep", ours);
    out.println("time per stage (ms, all threads): " + pipeline.timings().millis());
    printParsed(out, CoreNlpAnnotator.shared(options.nlp()).parseTally().counts());
    if (referenceLimit > 0) {
      List<String> subset = texts.subList(0, Math.min(referenceLimit, texts.size()));
      ThreadLocal<CoreNlpQuoteReference> ref = ThreadLocal.withInitial(CoreNlpQuoteReference::new);
      Throughput.Result theirs = Throughput.measure(subset, threads, Math.min(2, subset.size()),
          t -> ref.get().quotes(t));
      print(out, "CoreNLP full pipeline", theirs);
      out.printf(Locale.ROOT, "speed-up: %.1fx (wall clock), %.1fx (CPU time per article)%n",
          ours.perSecond() / theirs.perSecond(), theirs.cpuPerItem() / ours.cpuPerItem());
    }
    out.flush();
    return 0;
  }

  private List<String> texts() {
    List<String> texts = new ArrayList<>();
    for (Input in : Inputs.read(List.of(dir), InputOptions.defaults()).toList()) {
      Article a = Extraction.extract(in);
      if (!a.isRejected() && fits(Throughput.words(a.text()))) texts.add(a.text());
    }
    if (texts.isEmpty()) {
      throw new IllegalArgumentException("no analysable articles of " + range() + " words in " + dir);
    }
    return texts;
  }

  private String range() {
    return maxWords == Integer.MAX_VALUE ? minWords + " or more" : minWords + " to " + maxWords;
  }

  private boolean fits(int words) {
    return words >= minWords && words <= maxWords;
  }

  /**
   * Warm-up included: the parser runs only on sentences whose tree a finder reads, and its time
   * counts in the stage of the finder that first asked.
   */
  private static void printParsed(PrintWriter out, ParseTally.Counts c) {
    out.printf(Locale.ROOT, "parsed %d of %d sentences, %.0f%% of tokens; %.1f s in the parser (all threads, within the finder stages)%n",
        c.parsedSentences(), c.sentences(), 100 * c.parsedTokenShare(), c.parseNanos() / 1e9);
  }

  private static Article article(String text) {
    return new Article("bench", null, null, null, null, null, "en", text, List.of(), Article.ANALYZED,
        null, List.of(), null, null, null);
  }

  private static void print(PrintWriter out, String name, Throughput.Result r) {
    out.printf(Locale.ROOT, "%-22s %6.2f articles/s  %6.3f s/article  %6.3f CPU s/article  %5.0f words/article  peak heap %.2f GB%n",
        name, r.perSecond(), r.secondsPerItem(), r.cpuPerItem(), (double) r.words() / r.items(), r.peakHeapBytes() / 1e9);
  }
}
