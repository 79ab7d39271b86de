package org.sitrep.pipeline;

import org.sitrep.ingest.Input;
import org.sitrep.record.Record;

/**
 * Turns one input into a record. A bad article comes back as a record whose outcome is
 * "rejected" with a reason; a failure of a stage throws {@link StageFailure}.
 */
public interface Analyzer {
  Record analyze(Input input);
}
