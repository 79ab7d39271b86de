package org.sitrep.quotes;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.nlp.AnnotatedText;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.EntityMention;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Builds an {@link AnnotatedText} by hand, without models: the text, then one CoNLL-like block per
 * sentence with a line per token: {@code word POS lemma NER head relation}, heads counted from 1
 * and 0 for the root. Tokens are found in the text in order; runs of one NER class become entity
 * mentions; blank lines in the text separate paragraphs.
 */
final class HandText {
  private final String text;
  private final List<Sentence> sentences = new ArrayList<>();
  private final List<EntityMention> entities = new ArrayList<>();
  private int cursor;

  private HandText(String text) {
    this.text = text;
  }

  static AnnotatedText of(String text, String... blocks) {
    HandText h = new HandText(text);
    for (String b : blocks) h.sentence(b);
    return new AnnotatedText(text, h.sentences, h.entities);
  }

  private void sentence(String block) {
    List<Token> tokens = new ArrayList<>();
    List<Dependency> deps = new ArrayList<>();
    for (String line : block.strip().split("\n")) {
      String[] c = line.strip().split("\\s+");
      if (c.length != 6) throw new IllegalArgumentException("need 6 columns: " + line);
      int start = text.indexOf(c[0], cursor);
      if (start < 0) throw new IllegalArgumentException("token not in text: " + c[0]);
      cursor = start + c[0].length();
      int i = tokens.size();
      tokens.add(new Token(i, c[0], start, cursor, c[1], c[2], c[3]));
      deps.add(new Dependency(Integer.parseInt(c[4]) - 1, i, c[5]));
    }
    int index = sentences.size();
    sentences.add(new Sentence(index, paragraphOf(tokens.get(0).start()), tokens, deps));
    addEntities(index, tokens);
  }

  private int paragraphOf(int offset) {
    int p = 0;
    for (int i = text.indexOf("\n\n"); i >= 0 && i < offset; i = text.indexOf("\n\n", i + 2)) p++;
    return p;
  }

  private void addEntities(int sentence, List<Token> tokens) {
    int i = 0;
    while (i < tokens.size()) {
      String ner = tokens.get(i).ner();
      int j = i + 1;
      while (j < tokens.size() && !ner.equals("O") && tokens.get(j).ner().equals(ner)) j++;
      if (!ner.equals("O")) {
        int s = tokens.get(i).start();
        int e = tokens.get(j - 1).end();
        entities.add(new EntityMention(text.substring(s, e), ner, s, e, sentence, i, j));
      }
      i = j;
    }
  }
}
