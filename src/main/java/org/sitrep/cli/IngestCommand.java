package org.sitrep.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.sitrep.figures.Ledger;
import org.sitrep.ingest.InputOptions;
import org.sitrep.ingest.Source;
import org.sitrep.ingest.Sources;
import org.sitrep.pipeline.Batch;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.PipelineOptions;
import org.sitrep.pipeline.StageFailure;
import org.sitrep.record.Record;
import org.sitrep.store.Outcome;
import org.sitrep.store.Store;
import org.sitrep.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep ingest PATH|URL...}: analyse many articles on N threads and keep every record in
 * the store, one transaction per article, written from the calling thread, each followed by the
 * figures ledger's regrouping of that article's claims. Inputs already stored
 * (by path, URL or text hash) are skipped, so running the same command again resumes the work.
 */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Analyse articles and keep their records in the store (resumable: stored inputs are skipped).",
      "PATH is an article file (.txt, .html, .htm or .html.gz), a web archive (.warc or"
          + " .warc.gz), a feed (.rss, .atom or .xml) or a directory of them; URL is an http(s)"
          + " page."
    })
final class IngestCommand implements Callable<Integer> {
  /** The analysis a record was made with; a re-ingest under a newer one replaces the record. */
  static final String ANALYSIS_VERSION = new Version().getVersion()[0];

  @Spec CommandSpec spec;
  @Mixin DbOption db;

  @Parameters(arity = "0..*", paramLabel = "PATH|URL", description = "Files, directories, WARCs, feeds or URLs.")
  List<String> paths = new ArrayList<>();

  @Option(names = "--feed", paramLabel = "URL", description = "An RSS or Atom feed: every item is fetched and ingested.")
  List<String> feeds = new ArrayList<>();

  @Option(names = "--urls", paramLabel = "FILE", description = "A file listing URLs, one per line ('#' starts a comment).")
  String urls;

  @Option(names = "--threads", paramLabel = "N", description = "Analysis threads (default: ${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "Publication date for articles that carry none; relative dates resolve against it.")
  LocalDate date;

  @Option(names = "--no-ledger",
      description = "Do not regroup the figures ledger as articles are stored; `sitrep figures` catches up when next run.")
  boolean noLedger;

  private final Function<PipelineOptions, Pipeline> pipelines;

  IngestCommand() {
    this(Pipeline::standard);
  }

  /** For tests: a pipeline that needs no models. */
  IngestCommand(Function<PipelineOptions, Pipeline> pipelines) {
    this.pipelines = pipelines;
  }

  @Override
  public Integer call() {
    if (threads < 1) throw new ParameterException(spec.commandLine(), "--threads must be at least 1");
    if (paths.isEmpty() && feeds.isEmpty() && urls == null) {
      throw new ParameterException(spec.commandLine(), "nothing to ingest: name a PATH or URL, --urls FILE or --feed URL");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Sources sources = Sources.of(paths, feeds, urls, InputOptions.defaults());
    if (!sources.otherFiles().isEmpty()) err.println(otherFiles(sources.otherFiles()));
    long start = System.nanoTime();
    IngestTally tally = new IngestTally();
    tally.regrouped = !noLedger;
    boolean storeFailed = false;
    try (Store store = db.open(); Ledger ledger = noLedger ? null : Ledger.open(db.location())) {
      ProgressBar bar = new ProgressBar(err, sources.total(), System.console() != null, System::nanoTime);
      IngestRun.Regroup regroup = ledger == null ? IngestRun.Regroup.NONE
          : IngestRun.Regroup.of(ledger::update, ledger::flush);
      IngestRun run = new IngestRun(store, tally, bar, ANALYSIS_VERSION, regroup);
      sources.problems().forEach(run::problem);
      Lazy<Pipeline> pipeline = new Lazy<>(() -> pipelines.apply(PipelineOptions.defaults().withDefaultDate(date)));
      try {
        Batch.run(run.unstored(sources), threads, s -> IngestStep.run(s, store::has, pipeline), run::deliver);
        run.finish();
      } catch (StoreException e) {
        bar.finish();
        err.println("sitrep: store failed: " + Errors.message(e));
        storeFailed = true;
      }
      bar.finish();
      tally.print(out, store.describe(), (System.nanoTime() - start) / 1e9);
    }
    out.flush();
    err.flush();
    boolean nothing = tally.inStore() == 0 && tally.attempted() + sources.problems().size() > 0;
    return storeFailed || nothing ? Errors.FAILURE : 0;
  }

  /** "sitrep: left alone 3 files in the directories that are not articles or WARC files (.dat 1, .pdf 2)". */
  static String otherFiles(Map<String, Integer> byExtension) {
    int n = byExtension.values().stream().mapToInt(Integer::intValue).sum();
    StringBuilder b = new StringBuilder("sitrep: left alone " + n + (n == 1 ? " file" : " files")
        + " in the directories that " + (n == 1 ? "is not an article or a WARC file" : "are not articles or WARC files")
        + " (");
    String sep = "";
    for (Map.Entry<String, Integer> e : byExtension.entrySet()) {
      b.append(sep).append(e.getKey()).append(' ').append(e.getValue());
      sep = ", ";
    }
    return b.append(')').toString();
  }

  /** The outcome of a source that is not an analysed record, for {@link Store#recordOutcome}. */
  static Outcome outcome(Source source, Object result) {
    if (result instanceof StageFailure f) {
      return new Outcome(source.name(), Outcome.FAILED, f.getMessage(), f.stage());
    }
    Record r = (Record) result;
    return new Outcome(source.name(), Outcome.REJECTED, r.article().reason(), "extract");
  }
}
