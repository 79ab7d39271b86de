package org.sitrep.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.store.Rows.SearchHit;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code sitrep search "query"}: full-text search over the stored articles. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = {"Full-text search over article titles and texts, best match first.",
        "Every word must occur (stemmed); \"quoted words\" form a phrase; OR between words."})
final class SearchCommand implements Callable<Integer> {
  /** Hits shown when --limit is not given. */
  static final int DEFAULT_LIMIT = 50;

  @Mixin DbOption db;
  @Mixin TableOptions output;

  @Parameters(index = "0", paramLabel = "QUERY", description = "The words to look for.")
  String query;

  @Override
  public Integer call() {
    int limit = output.limit() == 0 ? DEFAULT_LIMIT : output.limit();
    try (Store store = db.openExisting()) {
      return output.print(store.search(query, limit), SearchCommand::table);
    }
  }

  static Table table(List<SearchHit> rows) {
    Table t = new Table(Table.Column.id("ARTICLE"), Table.Column.of("DATE", 10),
        Table.Column.of("OUTLET", 16), Table.Column.of("TITLE", 30), Table.Column.flex("SNIPPET"));
    for (SearchHit r : rows) t.add(r.articleId(), r.date(), r.outlet(), r.title(), r.snippet());
    return t;
  }
}
