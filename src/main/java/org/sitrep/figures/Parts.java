package org.sitrep.figures;

import java.util.Locale;
import java.util.regex.Pattern;
import org.sitrep.record.Claim;

/**
 * A figure that counts a part of another its sentence or the one before gives: "About 3.2 million
 * of them have fled abroad" after "12 million have been displaced", "of which 61 were shot down",
 * "including more than 1 million to Chad", "among them 300 children", "Of those, about 3.8 million
 * have crossed into neighbouring countries". Such a part is no revision of the whole: it keys a
 * thread of its own ({@link ThreadKey}).
 */
final class Parts {
  /** After the number: "3.2 million of them", "2,000 of those". */
  private static final Pattern OF_THEM = Pattern.compile("^\\s+of\\s+(?:them|those|these|whom)\\b");
  /** Before the number: "of which", "of whom", "including", "among them"; a sentence's opening "Of those,". */
  private static final Pattern OF_WHICH = Pattern.compile(
      "(?:\\b(?:of\\s+which|of\\s+whom|including|among\\s+them|among\\s+whom)|^\\s*of\\s+(?:them|those|these)\\s*,)"
          + "\\s+(?:some\\s+|about\\s+|more\\s+than\\s+|over\\s+|nearly\\s+|almost\\s+)?$");

  private Parts() {}

  /** Measures of harm done to people. */
  private static final java.util.Set<String> HARMS = java.util.Set.of("killed", "wounded", "casualties", "captured",
      "missing");
  /** A number in digits or in words. */
  private static final Pattern NUMBER = Pattern.compile(
      "\\d|\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty|hundreds?"
          + "|thousands?|dozens?)\\b");
  private static final Pattern HARM_WORDS = Pattern.compile(
      "\\b(?:kill|dead|die|death|fatalit|wound|injur|hurt|casualt|captur|prisoner|missing|lost|losses)");

  /**
   * Whether a claim counts a part of a figure told just before it. Not a harm to a part of a
   * whole its sentence counted unharmed ("deployed 10,000-12,000 troops ..., and about 4,000 of
   * them had been killed or wounded"): that harm is a count of its own, the whole's casualties.
   */
  static boolean of(Claim c) {
    if (c.evidence() == null || c.quantity() == null) return false;
    String sentence = c.evidence().text().toLowerCase(Locale.ROOT);
    int start = c.quantity().start() - c.evidence().start();
    int end = c.quantity().end() - c.evidence().start();
    if (start < 0 || end > sentence.length() || start >= end) return false;
    boolean part = OF_THEM.matcher(sentence.substring(end)).find() || OF_WHICH.matcher(sentence.substring(0, start)).find();
    String before = sentence.substring(0, start);
    boolean harmOfAStock = c.measure() != null && HARMS.contains(c.measure().toLowerCase(Locale.ROOT))
        && NUMBER.matcher(before).find() && !HARM_WORDS.matcher(before).find();
    return part && !harmOfAStock;
  }
}
