package org.sitrep.extract;

/**
 * How strict extraction is.
 *
 * @param minWords an HTML page whose body has fewer words is rejected as having no article body
 * @param englishOnly reject text that is not English
 */
public record ExtractOptions(int minWords, boolean englishOnly) {
  public ExtractOptions {
    if (minWords < 0) throw new IllegalArgumentException("minWords must be >= 0: " + minWords);
  }

  /** 40 words, English only. */
  public static ExtractOptions defaults() {
    return new ExtractOptions(40, true);
  }

  /** No rejection for length or language: for measuring extraction alone. */
  public static ExtractOptions lenient() {
    return new ExtractOptions(0, false);
  }
}
