package org.sitrep.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A model-free annotator: tokens and sentences from regular expressions, no tags, entities or
 * parses. Finders that need only tokens run on it; tests use it to build texts by hand.
 */
public final class PlainAnnotator implements Annotator {
  private static final Pattern TOKEN = Pattern.compile(
      "\\d+(?:[.,]\\d+)*|[\\p{L}\\p{M}]+(?:['’][\\p{L}]+)*(?:-[\\p{L}\\p{M}\\d]+)*|\\S");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?]['\"”’)]*");

  @Override
  public AnnotatedText annotate(String text) {
    Paragraphs paragraphs = Paragraphs.of(text);
    List<Sentence> sentences = new ArrayList<>();
    List<Token> current = new ArrayList<>();
    int paragraph = 0;
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      int p = paragraphs.indexOf(m.start());
      if (!current.isEmpty() && p != paragraph) flush(sentences, current, paragraph);
      paragraph = p;
      String word = m.group();
      current.add(new Token(current.size(), word, m.start(), m.end(), "",
          word.toLowerCase(Locale.ROOT), "O"));
      if (SENTENCE_END.matcher(word).matches() && endsSentence(text, m.end())) {
        flush(sentences, current, paragraph);
      }
    }
    if (!current.isEmpty()) flush(sentences, current, paragraph);
    return new AnnotatedText(text, sentences, List.of());
  }

  private static boolean endsSentence(String text, int end) {
    int i = end;
    while (i < text.length() && "\"”’')".indexOf(text.charAt(i)) >= 0) i++;
    return i >= text.length() || Character.isWhitespace(text.charAt(i));
  }

  private static void flush(List<Sentence> sentences, List<Token> tokens, int paragraph) {
    sentences.add(new Sentence(sentences.size(), paragraph, tokens, List.of()));
    tokens.clear();
  }
}
