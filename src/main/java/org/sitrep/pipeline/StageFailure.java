package org.sitrep.pipeline;

/** A pipeline stage failed on one article; the batch records it and goes on. */
public final class StageFailure extends RuntimeException {
  private final String stage;

  public StageFailure(String stage, String input, Throwable cause) {
    super(stage + " failed on " + input + ": " + cause, cause);
    this.stage = stage;
  }

  public String stage() {
    return stage;
  }
}
