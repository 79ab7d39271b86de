package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.ingest.WarcsTest;
import org.sitrep.nlp.PlainAnnotator;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.store.Queries;
import org.sitrep.store.Store;
import picocli.CommandLine;

/** {@code sitrep ingest} on a model-free pipeline, against a temporary SQLite file. */
class IngestCommandTest {
  @TempDir Path dir;
  IngestWeb server;

  record Run(int code, String out, String err) {
    int count(String label) {
      Matcher m = Pattern.compile("(?m)^  " + Pattern.quote(label) + " +(\\d+)").matcher(out);
      assertTrue(m.find(), label + " in " + out);
      return Integer.parseInt(m.group(1));
    }
  }

  @AfterEach
  void stop() throws IOException {
    if (server != null) server.close();
  }

  String db() {
    return dir.resolve("t.db").toString();
  }

  Run run(String... args) {
    CommandLine cl = Main.commandLine();
    CommandLine ingest = new CommandLine(new IngestCommand(o -> Pipeline.on(new PlainAnnotator(), o)));
    ingest.setParameterExceptionHandler(Errors::usage);
    ingest.setExecutionExceptionHandler(Errors::failure);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    ingest.setOut(new PrintWriter(out));
    ingest.setErr(new PrintWriter(err));
    cl.getCommandSpec(); // the real command line knows ingest too
    assertTrue(cl.getSubcommands().containsKey("ingest"));
    int code = ingest.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  int stored() {
    try (Store s = Store.openExisting(db())) {
      return s.articles(new Queries.Articles(null, null, null, 0)).size();
    }
  }

  @Test
  void aDirectoryIsStoredAndASecondRunSkipsIt() throws IOException {
    IngestArticles.write(dir.resolve("in/sub"), 0, 4);
    Run first = run(dir.resolve("in").toString(), "--db", db(), "--threads", "2");
    assertEquals(0, first.code(), first.err());
    assertEquals(4, first.count("analysed"));
    assertEquals(4, first.count("stored"));
    assertEquals(4, stored());
    Run second = run(dir.resolve("in").toString(), "--db", db());
    assertEquals(0, second.code(), second.err());
    assertEquals(4, second.count("already stored"));
    assertEquals(0, second.count("analysed"));
    assertEquals(4, stored());
  }

  @Test
  void filesInADirectoryThatAreNotArticlesAreCountedAndLeftAlone() throws IOException {
    IngestArticles.write(dir.resolve("in"), 0, 2);
    Files.write(dir.resolve("in/scan.pdf"), new byte[] {'%', 'P', 'D', 'F'});
    Files.write(dir.resolve("in/notes.pdf"), new byte[] {'%', 'P', 'D', 'F'});
    Files.writeString(dir.resolve("in/LICENSE"), "text", StandardCharsets.UTF_8);
    Run r = run(dir.resolve("in").toString(), "--db", db());
    assertEquals(0, r.code(), r.err());
    assertEquals(2, r.count("stored"));
    assertTrue(r.err().contains("sitrep: left alone 3 files in the directories that are not articles or WARC files"
        + " (.pdf 2, no extension 1)"), r.err());
  }

  @Test
  void ingestRegroupsTheFiguresLedgerAsItStores() throws IOException {
    IngestArticles.write(dir.resolve("in"), 0, 3);
    Run r = run(dir.resolve("in").toString(), "--db", db());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("figures ledger"), r.out());
    try (org.sitrep.figures.Ledger ledger = org.sitrep.figures.Ledger.open(db())) {
      assertEquals(0, ledger.sync(), "the hook left nothing for sync to catch up");
    }
  }

  @Test
  void noLedgerLeavesRegroupingToTheNextFiguresRun() throws IOException {
    IngestArticles.write(dir.resolve("in"), 0, 3);
    Run r = run(dir.resolve("in").toString(), "--db", db(), "--no-ledger");
    assertEquals(0, r.code(), r.err());
    assertFalse(r.out().contains("figures ledger"), r.out());
    try (org.sitrep.figures.Ledger ledger = org.sitrep.figures.Ledger.open(db())) {
      assertEquals(3, ledger.sync());
    }
  }

  @Test
  void theSameTextUnderTwoNamesIsStoredOnce() throws IOException {
    Path a = IngestArticles.write(dir.resolve("a"), 0, 1).get(0);
    Files.createDirectories(dir.resolve("b"));
    Files.copy(a, dir.resolve("b/copy.txt"));
    Run r = run(a.toString(), "--db", db());
    assertEquals(0, r.code(), r.err());
    Run again = run(dir.resolve("b/copy.txt").toString(), "--db", db());
    assertEquals(0, again.code(), again.err());
    assertEquals(1, again.count("already stored"), again.out());
    assertEquals(1, stored());
  }

  @Test
  void rejectionsAreCountedByReasonAndDoNotFailTheRun() throws IOException {
    IngestArticles.write(dir.resolve("in"), 0, 2);
    Files.writeString(dir.resolve("in/empty.txt"), "  \n", StandardCharsets.UTF_8);
    Run r = run(dir.resolve("in").toString(), "--db", db());
    assertEquals(0, r.code(), r.err());
    assertEquals(1, r.count("rejected"));
    assertTrue(r.out().contains("(empty file: 1)"), r.out());
    assertTrue(r.err().contains("empty.txt: rejected: empty file"), r.err());
    Run again = run(dir.resolve("in").toString(), "--db", db());
    assertEquals(3, again.count("already stored"), "a rejected input is not read again");
  }

  @Test
  void nothingStoredIsExitOne() throws IOException {
    Path empty = dir.resolve("empty.txt");
    Files.writeString(empty, "", StandardCharsets.UTF_8);
    assertEquals(1, run(empty.toString(), "--db", db()).code());
  }

  @Test
  void noSourcesIsAUsageError() {
    Run r = run("--db", db());
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("sitrep: nothing to ingest"), r.err());
  }

  @Test
  void aMissingPathIsOneLineAndExitOne() {
    Run r = run(dir.resolve("nope").toString(), "--db", db());
    assertEquals(1, r.code());
    assertEquals(1, r.err().strip().lines().count(), r.err());
  }

  @Test
  void warcResponsesAreStoredWithTheirUrls() throws IOException {
    Path warc = dir.resolve("crawl.warc.gz");
    WarcsTest.write(warc, List.of(
        new WarcsTest.Page("http://news.test/1", 200, "text/html; charset=utf-8", IngestArticles.html(1)),
        new WarcsTest.Page("http://news.test/p.png", 200, "image/png", "PNG"),
        new WarcsTest.Page("http://news.test/2", 200, "text/html", IngestArticles.html(2))));
    Run r = run(warc.toString(), "--db", db());
    assertEquals(0, r.code(), r.err());
    assertEquals(2, r.count("stored"));
    try (Store s = Store.openExisting(db())) {
      assertTrue(s.has("http://news.test/1"));
      assertTrue(s.has("http://news.test/2"));
    }
  }

  @Test
  void feedItemsAndUrlListsAreFetched() throws IOException {
    serve();
    String base = server.base();
    Path list = dir.resolve("urls.txt");
    Files.writeString(list, "# one page\n" + base + "/a/3\n", StandardCharsets.UTF_8);
    Run r = run("--feed", base + "/feed.rss", "--urls", list.toString(), "--db", db());
    assertEquals(0, r.code(), r.err());
    assertEquals(3, r.count("stored"), r.out());
    try (Store s = Store.openExisting(db())) {
      assertTrue(s.has(base + "/a/1"));
      assertTrue(s.has(base + "/a/3"));
    }
  }

  @Test
  void aBadFeedIsOneLineAndTheOtherSourcesGoOn() throws IOException {
    serve();
    String base = server.base();
    Path article = IngestArticles.write(dir.resolve("in"), 5, 6).get(0);
    Run r = run(article.toString(), "--feed", base + "/bomb.rss", "--feed", base + "/not-xml.rss", "--db", db());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains("bomb.rss: refused: it declares a DOCTYPE"), r.err());
    assertTrue(r.err().contains("not-xml.rss: not XML"), r.err());
    assertEquals(2, r.err().strip().lines().count(), r.err());
    assertEquals(2, r.count("failed"));
    assertTrue(r.out().contains("(feed: 2)"), r.out());
    assertEquals(1, stored());
  }

  @Test
  void onlyABadFeedIsExitOne() throws IOException {
    serve();
    String base = server.base();
    assertEquals(1, run("--feed", base + "/not-xml.rss", "--db", db()).code());
  }

  private void serve() throws IOException {
    server = new IngestWeb();
    for (int i = 1; i <= 3; i++) {
      server.page("/a/" + i, "text/html; charset=utf-8", IngestArticles.html(10 + i));
    }
    server.page("/feed.rss", "application/rss+xml", """
        <?xml version="1.0"?><rss version="2.0"><channel><title>W</title><link>http://w.test/</link>
        <description>d</description><item><link>/a/1</link></item><item><link>/a/2</link></item>
        </channel></rss>""");
    server.page("/bomb.rss", "application/rss+xml", """
        <?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>
        <rss version="2.0"><channel><title>&b;</title></channel></rss>""");
    server.page("/not-xml.rss", "text/html", "<html><body>Moved");
  }
}
