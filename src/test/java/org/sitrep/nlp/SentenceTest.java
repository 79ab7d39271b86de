package org.sitrep.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SentenceTest {
  private static final List<Token> TOKENS = List.of(
      new Token(0, "Troops", 0, 6, "NNS", "troop", "O"),
      new Token(1, "withdrew", 7, 15, "VBD", "withdraw", "O"),
      new Token(2, ".", 15, 16, ".", ".", "O"));
  private static final List<Dependency> TREE = List.of(
      new Dependency(1, 0, "nsubj"), new Dependency(-1, 1, "root"), new Dependency(1, 2, "punct"));

  @Test
  void deferredParserRunsOnFirstReadOnly() {
    AtomicInteger calls = new AtomicInteger();
    Sentence s = Sentence.deferred(0, 0, TOKENS, () -> {
      calls.incrementAndGet();
      return TREE;
    });

    assertEquals(16, s.end());
    assertEquals("withdrew", s.token(1).word());
    assertFalse(s.hasDependencies());
    assertEquals(0, calls.get());

    assertEquals(1, s.root());
    assertEquals("nsubj", s.childOf(1, "nsubj").relation());
    assertEquals(new Dependency(1, 2, "punct"), s.headOf(2));
    assertTrue(s.isParsed());
    assertTrue(s.hasDependencies());
    assertEquals(1, calls.get());
  }

  @Test
  void deferredSentenceReadsLikeAnEagerOne() {
    Sentence eager = new Sentence(0, 0, TOKENS, TREE);
    Sentence deferred = Sentence.deferred(0, 0, TOKENS, () -> TREE);

    assertEquals(eager.dependencies(), deferred.dependencies());
    assertEquals(eager.childrenOf(1), deferred.childrenOf(1));
    assertEquals(eager.subtreeRange(1)[0], deferred.subtreeRange(1)[0]);
    assertEquals(eager.subtreeRange(1)[1], deferred.subtreeRange(1)[1]);
  }

  @Test
  void parserThatFindsNothingLeavesTheSentenceUnparsed() {
    Sentence s = Sentence.deferred(0, 0, TOKENS, List::of);

    assertFalse(s.isParsed());
    assertTrue(s.hasDependencies());
    assertEquals(-1, s.root());
    assertEquals(null, s.headOf(0));
  }

  @Test
  void eagerSentenceNeedsNoParser() {
    assertTrue(new Sentence(0, 0, TOKENS, List.of()).hasDependencies());
  }
}
