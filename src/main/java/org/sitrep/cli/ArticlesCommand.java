package org.sitrep.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.store.Queries;
import org.sitrep.store.Rows.ArticleRow;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sitrep articles}: the stored articles, newest first. */
@Command(name = "articles", mixinStandardHelpOptions = true,
    description = "List stored articles, newest first.")
final class ArticlesCommand implements Callable<Integer> {
  @Mixin DbOption db;
  @Mixin TableOptions output;
  @Mixin PeriodOptions period;



  @Option(names = "--source", paramLabel = "S", description = "Only articles from this outlet or site.")
  String source;

  @Override
  public Integer call() {
    try (Store store = db.openExisting()) {
      return output.print(store.articles(new Queries.Articles(period.since, period.until, source, output.limit())),
          ArticlesCommand::table);
    }
  }

  static Table table(List<ArticleRow> rows) {
    Table t = new Table(Table.Column.id("ID"), Table.Column.of("DATE", 10), Table.Column.of("OUTLET", 20),
        Table.Column.of("OUTCOME", 9), Table.Column.of("CLAIMS", 6), Table.Column.of("QUOTES", 6),
        Table.Column.of("EVENTS", 6), Table.Column.flex("TITLE"));
    for (ArticleRow r : rows) {
      t.add(r.id(), r.date(), r.outlet(), r.outcome(), r.claims(), r.quotes(), r.events(), r.title());
    }
    return t;
  }
}
