package org.sitrep.record;

/** A piece of the article text: character offsets into {@code article.text}. */
public record Span(String text, int start, int end) {

  public Span {
    if (start > end) throw new IllegalArgumentException("span start " + start + " > end " + end);
  }

  public static Span of(String source, int start, int end) {
    return new Span(source.substring(start, end), start, end);
  }

  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  public boolean contains(int offset) {
    return start <= offset && offset < end;
  }
}
