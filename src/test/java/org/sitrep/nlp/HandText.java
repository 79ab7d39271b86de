package org.sitrep.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds an {@link AnnotatedText} by hand, with no models, from CoNLL-like token lines:
 * {@code word/POS/lemma/head/relation[/NER]}, heads counted from 1 and 0 for the root. Words are
 * joined by single spaces, punctuation and clitics ("'s") written against the word before; sentences by a space, or a blank line when a sentence starts with "¶".
 */
public final class HandText {
  private final StringBuilder text = new StringBuilder();
  private final List<Sentence> sentences = new ArrayList<>();
  private final List<EntityMention> entities = new ArrayList<>();
  private int paragraph;

  public static HandText create() {
    return new HandText();
  }

  /** Adds a sentence of space-separated token specs. */
  public HandText sentence(String specs) {
    String[] parts = specs.trim().split("\\s+");
    int first = 0;
    if (parts[0].equals("¶")) {
      if (text.length() > 0) {
        text.append("\n\n");
        paragraph++;
      }
      first = 1;
    } else if (text.length() > 0) {
      text.append(' ');
    }
    List<Token> tokens = new ArrayList<>();
    List<Dependency> deps = new ArrayList<>();
    for (int i = first; i < parts.length; i++) {
      String[] f = parts[i].split("/", -1);
      if (f.length < 5) throw new IllegalArgumentException("token spec needs word/POS/lemma/head/rel: " + parts[i]);
      String word = f[0].replace('_', ' ');
      if (i > first && !attachesLeft(word)) text.append(' ');
      int start = text.length();
      text.append(word);
      String ner = f.length > 5 ? f[5] : "O";
      tokens.add(new Token(tokens.size(), word, start, text.length(), f[1], f[2], ner));
      int head = Integer.parseInt(f[3]) - 1;
      deps.add(new Dependency(head, tokens.size() - 1, head < 0 ? "root" : f[4]));
    }
    Sentence s = new Sentence(sentences.size(), paragraph, tokens, deps);
    sentences.add(s);
    addEntities(s);
    return this;
  }

  /** Punctuation and clitics are written against the word before them: "Seoul's", "said.". */
  private static boolean attachesLeft(String word) {
    return word.matches("['’].*|[.,;:!?)]+");
  }

  /** Runs of tokens with the same NER class become entity mentions, as the real tagger's do. */
  private void addEntities(Sentence s) {
    int i = 0;
    while (i < s.size()) {
      String type = s.token(i).ner();
      int j = i + 1;
      while (j < s.size() && s.token(j).ner().equals(type)) j++;
      if (!type.equals("O")) {
        int start = s.token(i).start();
        int end = s.token(j - 1).end();
        entities.add(new EntityMention(text.substring(start, end), type, start, end, s.index(), i, j));
      }
      i = j;
    }
  }

  public AnnotatedText build() {
    return new AnnotatedText(text.toString(), sentences, entities);
  }
}
