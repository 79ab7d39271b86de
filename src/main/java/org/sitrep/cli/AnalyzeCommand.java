package org.sitrep.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.extract.Extraction;
import org.sitrep.ingest.Input;
import org.sitrep.ingest.InputOptions;
import org.sitrep.ingest.Inputs;
import org.sitrep.pipeline.Batch;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.PipelineOptions;
import org.sitrep.pipeline.StageFailure;
import org.sitrep.record.Article;
import org.sitrep.record.Record;
import org.sitrep.record.RecordJson;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep analyze FILE...}: one article (or many) to a sourced record. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = {
      "Turn articles into sourced records: actors, figures with their claimants, quotes with their"
          + " speakers, PLOVER events, resolved dates.",
      "FILE is a plain-text or HTML article (.txt, .html, .htm, .html.gz), a directory of them, or"
          + " '-' for standard input."
    })
final class AnalyzeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Articles, directories or '-'.")
  List<String> files;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "Publication date for articles that carry none; relative dates resolve against it.")
  LocalDate date;

  @ArgGroup(exclusive = true)
  Format format = new Format();

  static final class Format {
    @Option(names = "--json", description = "Print each record as JSON (schema v1).")
    boolean json;

    @Option(names = "--jsonl", description = "Print one JSON record per line.")
    boolean jsonl;
  }

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: ${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Override
  public Integer call() {
    if (threads < 1) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Input> inputs = Inputs.read(files, InputOptions.defaults()).toList();
    PipelineOptions options = PipelineOptions.defaults().withDefaultDate(date);
    Tally tally = new Tally();
    Lazy<Pipeline> pipeline = new Lazy<>(() -> Pipeline.standard(options));
    Batch.run(inputs, threads, input -> analyze(input, pipeline), (input, result) -> {
      tally.count(result);
      print(out, err, input, result);
      if (inputs.size() > 1 && !format.json && !format.jsonl) out.println();
    });
    out.flush();
    if (inputs.size() > 1) err.println(tally);
    err.flush();
    return tally.analyzed > 0 ? 0 : Errors.FAILURE;
  }

  private static Object analyze(Input input, Lazy<Pipeline> pipeline) {
    try {
      Article article = StageFailure.guard("extract", () -> Extraction.extract(input));
      if (article.isRejected()) return Record.rejected(article);
      return StageFailure.guard("analyze", () -> pipeline.get().analyze(article));
    } catch (StageFailure e) {
      return e;
    }
  }

  private void print(PrintWriter out, PrintWriter err, Input input, Object result) {
    if (result instanceof StageFailure f) {
      err.println("sitrep: " + input.name() + ": " + f.getMessage());
      return;
    }
    Record r = (Record) result;
    if (format.jsonl) {
      out.println(RecordJson.toJson(r));
    } else if (format.json) {
      out.println(RecordJson.toPrettyJson(r));
    } else if (r.article().isRejected()) {
      err.println("sitrep: " + input.name() + ": rejected: " + r.article().reason());
    } else {
      new Summary(out).print(r);
    }
    if ((format.json || format.jsonl) && r.article().isRejected()) {
      err.println("sitrep: " + input.name() + ": rejected: " + r.article().reason());
    }
  }

  /** Counts of outcomes for the closing line of a batch. */
  private static final class Tally {
    int analyzed;
    int rejected;
    int failed;

    void count(Object result) {
      if (result instanceof StageFailure) failed++;
      else if (((Record) result).article().isRejected()) rejected++;
      else analyzed++;
    }

    @Override
    public String toString() {
      return "sitrep: " + analyzed + " analysed, " + rejected + " rejected, " + failed + " failed";
    }
  }
}
