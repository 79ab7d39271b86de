package org.sitrep.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The gold direct quotes of one PolNeAR document, read from its brat standoff file: attributions
 * whose Content span holds a quotation in double marks of at least {@link QuoteWords#MIN_WORDS}
 * words.
 *
 * @param content the Content span (from its first fragment's start to its last fragment's end)
 * @param source the Source span, or null for an attribution without a source
 */
record QuoteGold(QuoteSpan content, QuoteSpan source) {

  /** The direct quotes among the attributions of one .ann file over its text. */
  static List<QuoteGold> read(Path ann, String text) throws IOException {
    Map<String, QuoteSpan> spans = new HashMap<>();
    List<QuoteGold> out = new ArrayList<>();
    List<String> events = new ArrayList<>();
    for (String line : Files.readAllLines(ann, StandardCharsets.UTF_8)) {
      if (line.startsWith("T")) readSpan(line, text, spans);
      else if (line.startsWith("E")) events.add(line);
    }
    for (String e : events) {
      Map<String, String> args = arguments(e);
      QuoteSpan content = spans.get(args.get("Content"));
      if (content == null || QuoteWords.longestQuoteWords(content.text()) < QuoteWords.MIN_WORDS) continue;
      out.add(new QuoteGold(content, spans.get(args.get("Source"))));
    }
    return out;
  }

  private static void readSpan(String line, String text, Map<String, QuoteSpan> spans) {
    String[] cols = line.split("\t");
    if (cols.length < 2) return;
    String[] typeAndRange = cols[1].split(" ", 2);
    if (typeAndRange.length < 2) return;
    String[] fragments = typeAndRange[1].split(";");
    int start = Integer.parseInt(fragments[0].trim().split(" ")[0]);
    String[] last = fragments[fragments.length - 1].trim().split(" ");
    int end = Integer.parseInt(last[last.length - 1]);
    if (end > text.length() || start > end) return;
    spans.put(cols[0], QuoteSpan.of(text, start, end));
  }

  private static Map<String, String> arguments(String event) {
    Map<String, String> args = new HashMap<>();
    String[] cols = event.split("\t");
    if (cols.length < 2) return args;
    for (String arg : cols[1].trim().split(" ")) {
      int colon = arg.lastIndexOf(':');
      if (colon > 0) args.put(arg.substring(0, colon), arg.substring(colon + 1));
    }
    return args;
  }
}
