package org.sitrep.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A file listing URLs: one per line; blank lines and lines starting with '#' are skipped. */
public final class UrlList {
  private UrlList() {}

  /** The URLs in the file, in order; a line that is not a URL is an error naming the line. */
  public static List<String> read(String file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(Path.of(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InputException("cannot read URL list " + file + ": " + Inputs.oneLine(e));
    }
    return parse(lines, file);
  }

  static List<String> parse(List<String> lines, String file) {
    List<String> urls = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (i == 0 && line.startsWith("\uFEFF")) line = line.substring(1);
      if (line.isEmpty() || line.startsWith("#")) continue;
      if (!Inputs.isUrl(line)) {
        throw new InputException(file + ":" + (i + 1) + ": not a URL: " + shorten(line));
      }
      urls.add(line);
    }
    return urls;
  }

  private static String shorten(String line) {
    return line.length() <= 80 ? line : line.substring(0, 80) + "...";
  }
}
