package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.sitrep.extract.Extraction;
import org.sitrep.ingest.InputException;
import org.sitrep.ingest.InputOptions;
import org.sitrep.ingest.Inputs;
import org.sitrep.record.Article;
import org.sitrep.record.RecordJson;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep extract FILE|URL...}: the article in each page, chrome removed. Exit code 0 when at
 * least one input gave an article (rejected pages in a batch are reported, not fatal); 1 when every
 * input was rejected; 2 for bad arguments (a missing file, a directory without articles).
 */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = "Print the article in each page or text file: title, date, authors, site, text.",
    footer = "Exit status: 0 when at least one input gave an article, 1 when all were rejected,"
        + " 2 for bad arguments.")
final class ExtractCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE|URL", arity = "1..*",
      description = "Plain-text or HTML files, directories of them, http(s) URLs, or - for stdin.")
  List<String> inputs;

  @ArgGroup(exclusive = true)
  Format format = new Format();

  static final class Format {
    @Option(names = "--json", description = "Print each article as a JSON object.")
    boolean json;

    @Option(names = "--jsonl", description = "Print one JSON article per line, each with its path.")
    boolean jsonl;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    AtomicInteger accepted = new AtomicInteger();
    AtomicInteger total = new AtomicInteger();
    try {
      Inputs.read(inputs, InputOptions.defaults()).map(Extraction::extract).forEach(a -> {
        total.incrementAndGet();
        if (!a.isRejected()) accepted.incrementAndGet();
        print(a, out, err);
        out.flush();
      });
    } catch (InputException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    return accepted.get() > 0 || total.get() == 0 ? 0 : Errors.FAILURE;
  }

  private void print(Article a, PrintWriter out, PrintWriter err) {
    if (format.jsonl) {
      out.println(RecordJson.toJson(a));
    } else if (format.json) {
      out.println(RecordJson.toPrettyJson(a));
    } else if (a.isRejected()) {
      err.println("sitrep: " + name(a) + ": rejected: " + a.reason());
      err.flush();
    } else {
      out.print(ArticleText.of(a));
    }
  }

  static String name(Article a) {
    return a.url() != null ? a.url() : a.path();
  }
}
