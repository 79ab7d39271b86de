package org.sitrep.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sitrep.record.RecordJson;
import org.sitrep.store.Queries;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sitrep export}: everything stored, as JSON lines, CSV or PLOVER. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Export the store.",
        "jsonl: one record per line, as analyze --json.",
        "csv: the claims table, one row per figure per story, with every outlet.",
        "plover: one PLOVER JSON event per line (id, date, actor, recipient, event, mode,"
            + " event_text, text, cite_info)."})
final class ExportCommand implements Callable<Integer> {
  enum Format { JSONL, CSV, PLOVER }

  @Spec CommandSpec spec;
  @Mixin DbOption db;

  @Option(names = "--format", required = true, paramLabel = "jsonl|csv|plover",
      description = "What to write: ${COMPLETION-CANDIDATES}.")
  Format format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
  Path out;

  @Override
  public Integer call() throws IOException {
    try (Store store = db.openExisting()) {
      if (out == null) {
        write(store, spec.commandLine().getOut());
        return 0;
      }
      try (Writer w = new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8);
          PrintWriter pw = new PrintWriter(w)) {
        write(store, pw);
        if (pw.checkError()) throw new UncheckedIOException(new IOException("cannot write " + out));
      }
      return 0;
    }
  }

  private void write(Store store, PrintWriter w) {
    switch (format) {
      case JSONL -> store.forEachRecord(r -> w.println(RecordJson.toJson(r)));
      case CSV -> ClaimsCommand.table(store.claims(Queries.Claims.all())).printCsv(w);
      case PLOVER -> store.forEachRecord(r -> Plover.events(r).forEach(e -> w.println(RecordJson.toJson(e))));
    }
    w.flush();
  }
}
