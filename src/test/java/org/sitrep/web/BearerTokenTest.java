package org.sitrep.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BearerTokenTest {
  final BearerToken token = new BearerToken("tok-123");

  @Test
  void matchesOnlyTheExactTokenAfterBearer() {
    assertTrue(token.matches("Bearer tok-123"));
    assertTrue(token.matches("bearer tok-123"), "the scheme is case-insensitive");
    assertFalse(token.matches("Bearer tok-1234"));
    assertFalse(token.matches("Bearer tok-12"));
    assertFalse(token.matches("Bearer TOK-123"));
    assertFalse(token.matches("tok-123"));
    assertFalse(token.matches("Basic tok-123"));
    assertFalse(token.matches("Bearer "));
    assertFalse(token.matches(null));
  }

  @Test
  void aServerWithoutATokenMatchesNothing() {
    BearerToken none = new BearerToken(null);
    assertFalse(none.matches("Bearer "));
    assertFalse(none.matches("Bearer null"));
  }
}
