package org.sitrep.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.time.TimeExpression;

/**
 * One TimeML (.tml) file: the document creation time from {@code <DCT>}, the plain text of {@code
 * <TEXT>} with every tag stripped and entities decoded, and the gold {@code <TIMEX3>} expressions
 * with offsets into that plain text.
 */
record TimeMlDocument(String name, LocalDate created, String text, List<TimeExpression> gold) {
  private static final Pattern DCT =
      Pattern.compile("<DCT>.*?value=\"(\\d{4}-\\d\\d-\\d\\d)", Pattern.DOTALL);
  private static final Pattern TAG = Pattern.compile("<(/?)(\\w+)([^>]*)>");
  private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)=\"([^\"]*)\"");

  static TimeMlDocument read(Path file) throws IOException {
    String xml = Files.readString(file, StandardCharsets.UTF_8);
    Matcher dct = DCT.matcher(xml);
    if (!dct.find()) throw new IOException(file + ": no <DCT> with a date value");
    int from = xml.indexOf("<TEXT>");
    int to = xml.indexOf("</TEXT>");
    if (from < 0 || to < from) throw new IOException(file + ": no <TEXT> element");
    return parse(
        file.getFileName().toString(),
        LocalDate.parse(dct.group(1)),
        xml.substring(from + "<TEXT>".length(), to));
  }

  /** Strips the tags of a TimeML body, keeping the TIMEX3 spans as gold expressions. */
  static TimeMlDocument parse(String name, LocalDate created, String body) {
    StringBuilder text = new StringBuilder(body.length());
    List<TimeExpression> gold = new ArrayList<>();
    Matcher tag = TAG.matcher(body);
    int pos = 0;
    int timexStart = -1;
    String type = null;
    String value = null;
    while (tag.find()) {
      text.append(unescape(body.substring(pos, tag.start())));
      pos = tag.end();
      if (!tag.group(2).equals("TIMEX3")) continue;
      if (tag.group(1).isEmpty()) {
        timexStart = text.length();
        type = attribute(tag.group(3), "type");
        value = attribute(tag.group(3), "value");
      } else if (timexStart >= 0) {
        gold.add(
            new TimeExpression(
                text.substring(timexStart),
                timexStart,
                text.length(),
                type,
                value == null ? "" : value));
        timexStart = -1;
      }
    }
    text.append(unescape(body.substring(pos)));
    return new TimeMlDocument(name, created, text.toString(), List.copyOf(gold));
  }

  private static String attribute(String attributes, String name) {
    Matcher a = ATTRIBUTE.matcher(attributes);
    while (a.find()) {
      if (a.group(1).equals(name)) return a.group(2);
    }
    return null;
  }

  static String unescape(String s) {
    if (s.indexOf('&') < 0) return s;
    return s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&");
  }
}
