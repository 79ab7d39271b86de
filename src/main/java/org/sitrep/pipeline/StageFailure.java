package org.sitrep.pipeline;

/** A pipeline stage failed on one article; the batch records it and goes on. */
public final class StageFailure extends RuntimeException {
  private final String stage;

  public StageFailure(String stage, Throwable cause) {
    super(stage + " stage failed: " + describe(cause), cause);
    this.stage = stage;
  }

  /**
   * Runs the work of one stage and turns any failure in it, runtime exceptions, class
   * initialisation errors and stack overflows included, into a StageFailure naming the stage.
   */
  public static <T> T guard(String stage, java.util.function.Supplier<T> work) {
    try {
      return work.get();
    } catch (StageFailure e) {
      throw e;
    } catch (RuntimeException | LinkageError | StackOverflowError e) {
      throw new StageFailure(stage, e);
    }
  }

  public String stage() {
    return stage;
  }

  private static String describe(Throwable cause) {
    while (cause.getCause() != null && (cause instanceof ExceptionInInitializerError || cause.getMessage() == null)) {
      cause = cause.getCause();
    }
    String m = cause.getMessage();
    return m == null ? cause.getClass().getSimpleName() : cause.getClass().getSimpleName() + ": " + m;
  }
}
