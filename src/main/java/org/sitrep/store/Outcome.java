package org.sitrep.store;

/**
 * An input that did not become a stored article: rejected by a stage, or failed in one.
 *
 * @param input the input's name (path or URL)
 * @param outcome "rejected" or "failed"
 * @param reason why, in one line
 * @param stage the pipeline stage that rejected or failed it, or null
 */
public record Outcome(String input, String outcome, String reason, String stage) {
  public static final String REJECTED = "rejected";
  public static final String FAILED = "failed";
}
