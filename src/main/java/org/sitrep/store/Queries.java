package org.sitrep.store;

import java.time.LocalDate;

/** The filters of the query commands. Null means "no filter"; a limit of 0 means "no limit". */
public final class Queries {
  private Queries() {}

  /** {@code sitrep articles}. */
  public record Articles(LocalDate since, LocalDate until, String source, int limit) {}

  /** {@code sitrep claims}: TEXT matches the subject or the evidence sentence. */
  public record Claims(String text, String actor, String measure, LocalDate since, LocalDate until,
      int limit) {
    public static Claims all() {
      return new Claims(null, null, null, null, null, 0);
    }
  }

  /** {@code sitrep quotes}: speaker is an actor id or text in the speaker's name. */
  public record Quotes(String speaker, LocalDate since, LocalDate until, int limit) {}

  /** {@code sitrep events}: type is a PLOVER event type, actor an actor or recipient id. */
  public record Events(String type, String actor, LocalDate since, LocalDate until, int limit) {}
}
