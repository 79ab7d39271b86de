package org.sitrep.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.record.Record;
import org.sitrep.record.RecordJson;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep show ARTICLE_ID}: the whole stored record, as {@code analyze --json} prints it. */
@Command(name = "show", mixinStandardHelpOptions = true,
    description = "Print a stored record as JSON, the same as analyze --json.")
final class ShowCommand implements Callable<Integer> {
  /** The shortest id prefix accepted: 8 hex characters make accidental matches unlikely. */
  static final int MIN_PREFIX = 8;

  @Spec CommandSpec spec;
  @Mixin DbOption db;

  @Parameters(index = "0", paramLabel = "ARTICLE_ID",
      description = "The article id, or a unique prefix of at least " + MIN_PREFIX + " characters.")
  String id;

  @Override
  public Integer call() {
    if (!id.matches("[0-9a-fA-F]{" + MIN_PREFIX + ",}")) {
      throw new ParameterException(spec.commandLine(),
          "'" + id + "' is not an article id: give at least " + MIN_PREFIX + " hex characters");
    }
    try (Store store = db.openExisting()) {
      Record record = store.get(id).orElseGet(() -> byPrefix(store));
      spec.commandLine().getOut().println(RecordJson.toPrettyJson(record));
      spec.commandLine().getOut().flush();
      return 0;
    }
  }

  private Record byPrefix(Store store) {
    List<String> ids = store.idsStartingWith(id.toLowerCase(java.util.Locale.ROOT), 2);
    if (ids.isEmpty()) throw new IllegalArgumentException("no stored article has id " + id);
    if (ids.size() > 1) {
      throw new IllegalArgumentException("id " + id + " matches several articles: give more characters");
    }
    return store.get(ids.get(0)).orElseThrow();
  }
}
