package org.sitrep.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The front door of ingest: turns command-line arguments (files, directories, "-", URLs) into
 * inputs. Bad arguments throw {@link InputException} before anything is read; a bad file inside a
 * batch becomes a {@link Input#failed failed} input so the batch goes on.
 */
public final class Inputs {
  private static final List<String> ARTICLE_SUFFIXES =
      List.of(".txt", ".text", ".html", ".htm", ".html.gz", ".htm.gz", ".xhtml");

  private Inputs() {}

  /** Reads every argument lazily, in order; directories are walked recursively. */
  public static Stream<Input> read(List<String> args, InputOptions options) {
    List<String> sources = expand(args);
    Fetcher fetcher = new Fetcher(options);
    return sources.stream().map(source -> readOne(source, options, fetcher));
  }

  /**
   * One http(s) URL, fetched; never a file path. A failure is an input whose problem says why
   * (the extraction then rejects it with that reason).
   */
  public static Input fetch(String url, InputOptions options) {
    return new Fetcher(options).fetchOrFail(url);
  }

  /** The arguments with directories replaced by the article files inside them, sorted. */
  public static List<String> expand(List<String> args) {
    if (args.isEmpty()) throw new InputException("no input: name a file, a directory, a URL or -");
    List<String> out = new ArrayList<>();
    for (String arg : args) {
      if (arg.equals("-") || isUrl(arg)) {
        out.add(arg);
      } else {
        out.addAll(expandPath(arg));
      }
    }
    return out;
  }

  static boolean isUrl(String arg) {
    String lower = arg.toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://") || lower.matches("^[a-z]+://.*");
  }

  static boolean isArticleFile(Path path) {
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    return !name.startsWith(".") && ARTICLE_SUFFIXES.stream().anyMatch(name::endsWith);
  }

  private static List<String> expandPath(String arg) {
    Path path = Path.of(arg);
    if (!Files.exists(path)) {
      throw new InputException("no such file or directory: " + arg + " (check the path)");
    }
    if (!Files.isDirectory(path)) return List.of(arg);
    List<String> files;
    try (Stream<Path> walk = Files.walk(path)) {
      files = walk.filter(p -> !isHidden(path, p) && Files.isRegularFile(p) && isArticleFile(p))
          .map(Path::toString).sorted().toList();
    } catch (IOException | UncheckedIOException e) {
      throw new InputException("cannot list directory " + arg + ": " + e.getMessage());
    }
    if (files.isEmpty()) {
      throw new InputException("no articles in directory " + arg
          + " (expected .txt, .html, .htm, .html.gz or .xhtml files)");
    }
    return files;
  }

  private static boolean isHidden(Path root, Path p) {
    for (Path part : root.relativize(p)) {
      if (part.toString().startsWith(".")) return true;
    }
    return false;
  }

  private static Input readOne(String source, InputOptions options, Fetcher fetcher) {
    if (isUrl(source)) return fetcher.fetchOrFail(source);
    if (source.equals("-")) return readStdin(options);
    return readFile(source, options);
  }

  /** One file, capped: a file over the limit is rejected without being read. */
  static Input readFile(String source, InputOptions options) {
    Path path = Path.of(source);
    try {
      long size = Files.size(path);
      if (size > options.maxBytes()) return Input.failed(source, null, options.tooLarge(size));
      boolean gzip = source.toLowerCase(Locale.ROOT).endsWith(".gz");
      try (InputStream raw = Files.newInputStream(path);
          InputStream in = gzip ? new GZIPInputStream(raw) : raw) {
        byte[] bytes = CappedRead.of(in, options.maxBytes());
        if (bytes == null) return Input.failed(source, null, "too large when unzipped (limit "
            + options.maxBytes() / InputOptions.MEGABYTE + " MB)");
        return new Input(source, null, bytes, null);
      }
    } catch (IOException e) {
      return Input.failed(source, null, "cannot read: " + oneLine(e));
    }
  }

  private static Input readStdin(InputOptions options) {
    try {
      byte[] bytes = CappedRead.of(System.in, options.maxBytes());
      if (bytes == null) return Input.failed("-", null, "too large: standard input exceeds "
          + options.maxBytes() / InputOptions.MEGABYTE + " MB");
      return new Input("-", null, bytes, null);
    } catch (IOException e) {
      return Input.failed("-", null, "cannot read standard input: " + oneLine(e));
    }
  }

  static String oneLine(Exception e) {
    String m = e.getMessage();
    String text = m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    return text.replaceAll("\\s*\\R\\s*", " ");
  }
}
