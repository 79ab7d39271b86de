package org.sitrep.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Everything one {@code sitrep ingest} reads, expanded up front so the total is known: article
 * files (directories walked recursively), WARC files, URLs, URL lists and feeds. Feeds are fetched
 * while expanding; a bad feed is a {@link Problem}, and the other sources go on. Reading the
 * articles themselves is lazy: iterate to get {@link Source}s in order.
 */
public final class Sources implements Iterable<Source> {
  /** A source that could not be expanded (a feed that is not XML, say), in one line. */
  public record Problem(String name, String stage, String message) {}

  private final List<Object> entries = new ArrayList<>(); // String name or Path of a WARC
  private final List<Problem> problems = new ArrayList<>();
  private final Map<String, Integer> otherFiles = new TreeMap<>();
  private final InputOptions options;
  private int total;

  private Sources(InputOptions options) {
    this.options = options;
  }

  /** Expands the arguments; a missing file or an unreadable URL list throws InputException. */
  public static Sources of(List<String> args, List<String> feeds, String urlList, InputOptions options) {
    Sources s = new Sources(options);
    for (String arg : args) s.addArgument(arg);
    if (urlList != null) UrlList.read(urlList).forEach(s::addSingle);
    for (String feed : feeds) s.addFeed(feed);
    if (s.entries.isEmpty() && s.problems.isEmpty()) {
      throw new InputException("no input: name a file, a directory, a URL, --urls FILE or --feed URL");
    }
    return s;
  }

  public int total() {
    return total;
  }

  public List<Problem> problems() {
    return Collections.unmodifiableList(problems);
  }

  /** Files in the directories walked that are not articles, by extension ("no extension" for none). */
  public Map<String, Integer> otherFiles() {
    return Collections.unmodifiableMap(otherFiles);
  }

  private void addArgument(String arg) {
    if (Inputs.isUrl(arg)) {
      addSingle(arg);
      return;
    }
    Path path = Path.of(arg);
    if (!Files.exists(path)) throw new InputException("no such file or directory: " + arg + " (check the path)");
    if (Files.isDirectory(path)) {
      List<String> files = walk(path, arg);
      if (files.isEmpty()) throw new InputException("no articles in directory " + arg
          + " (expected .txt, .html, .htm, .html.gz, .warc or .warc.gz files)");
      files.forEach(this::addFile);
    } else if (Feeds.isFeedFile(arg)) {
      addFeed(arg);
    } else {
      addFile(arg);
    }
  }

  private void addFile(String file) {
    if (!Warcs.isWarc(file)) {
      addSingle(file);
      return;
    }
    try {
      total += Warcs.count(Path.of(file));
      entries.add(Path.of(file));
    } catch (InputException | UncheckedIOException e) {
      problems.add(new Problem(file, "warc", e.getMessage()));
    }
  }

  private void addSingle(String name) {
    entries.add(name);
    total++;
  }

  private void addFeed(String feed) {
    try {
      Feeds.links(feed, options).forEach(this::addSingle);
    } catch (InputException e) {
      problems.add(new Problem(feed, "feed", e.getMessage()));
    }
  }

  private List<String> walk(Path root, String arg) {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(p -> !hidden(root, p) && Files.isRegularFile(p)).toList();
    } catch (IOException | UncheckedIOException e) {
      throw new InputException("cannot list directory " + arg + ": " + e.getMessage());
    }
    List<String> articles = new ArrayList<>();
    for (Path p : files) {
      if (Inputs.isArticleFile(p) || Warcs.isWarc(p.getFileName().toString())) articles.add(p.toString());
      else otherFiles.merge(extension(p), 1, Integer::sum);
    }
    Collections.sort(articles);
    return articles;
  }

  private static String extension(Path p) {
    String name = p.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? "no extension" : name.substring(dot).toLowerCase(Locale.ROOT);
  }

  private static boolean hidden(Path root, Path p) {
    for (Path part : root.relativize(p)) {
      if (part.toString().startsWith(".")) return true;
    }
    return false;
  }

  @Override
  public Iterator<Source> iterator() {
    Fetcher fetcher = new Fetcher(options);
    Iterator<Object> outer = entries.iterator();
    return new Iterator<>() { // by hand: Stream.flatMap would buffer a whole WARC
      private Iterator<Source> inner = Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!inner.hasNext() && outer.hasNext()) {
          Object e = outer.next();
          inner = e instanceof Path warc ? Warcs.sources(warc, options)
              : List.of(single((String) e, fetcher)).iterator();
        }
        return inner.hasNext();
      }

      @Override
      public Source next() {
        if (!hasNext()) throw new java.util.NoSuchElementException();
        return inner.next();
      }
    };
  }

  private Source single(String name, Fetcher fetcher) {
    return Inputs.isUrl(name)
        ? new Source(name, () -> fetcher.fetchOrFail(name))
        : new Source(name, () -> Inputs.readFile(name, options));
  }
}
