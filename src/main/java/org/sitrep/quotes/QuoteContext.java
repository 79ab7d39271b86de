package org.sitrep.quotes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.nlp.AnnotatedText;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/** One text with its quotations: which tokens are quoted, which sentences a quote spans. */
final class QuoteContext {
  final AnnotatedText text;
  final List<Quotation> quotes;
  private final Map<Sentence, int[]> heads = new IdentityHashMap<>();

  QuoteContext(AnnotatedText text, List<Quotation> quotes) {
    this.text = text;
    this.quotes = quotes;
  }

  /** The governor of a token (its first head in the parse), or -1 for the root or no parse. */
  int head(Sentence s, int token) {
    return heads.computeIfAbsent(s, QuoteContext::headsOf)[token];
  }

  private static int[] headsOf(Sentence s) {
    int[] out = new int[s.size()];
    Arrays.fill(out, Integer.MIN_VALUE);
    for (Dependency d : s.dependencies()) {
      if (out[d.dependent()] == Integer.MIN_VALUE) out[d.dependent()] = d.governor();
    }
    for (int i = 0; i < out.length; i++) if (out[i] == Integer.MIN_VALUE) out[i] = -1;
    return out;
  }

  /** Whether a token lies inside any quotation, marks included. */
  boolean quoted(Token t) {
    for (Quotation q : quotes) {
      if (q.open() > t.start()) return false;
      if (q.covers(t.start(), t.end())) return true;
    }
    return false;
  }

  /** Whether a token is quoted by this quotation, marks included. */
  static boolean within(Quotation q, Token t) {
    return q.covers(t.start(), t.end());
  }

  /** The sentences that overlap a quotation, marks included. */
  List<Sentence> sentencesOf(Quotation q) {
    List<Sentence> out = new ArrayList<>();
    for (Sentence s : text.sentences()) {
      if (s.start() < q.close() && q.open() < s.end()) out.add(s);
    }
    return out;
  }

  /** Whether a sentence has any token outside quotations. */
  boolean hasUnquoted(Sentence s) {
    for (Token t : s.tokens()) if (!quoted(t) && Character.isLetter(t.word().charAt(0))) return true;
    return false;
  }
}
