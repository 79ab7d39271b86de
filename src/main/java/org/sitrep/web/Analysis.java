package org.sitrep.web;

import java.util.Objects;
import java.util.function.Supplier;
import org.sitrep.pipeline.Pipeline;

/**
 * How {@code POST /api/v1/articles} analyses: the pipeline (built on the first ingest, once, since
 * loading the models takes a while) and the analysis version stored with each record.
 */
public record Analysis(Supplier<Pipeline> pipeline, String version) {
  public Analysis {
    Objects.requireNonNull(pipeline, "pipeline");
    Objects.requireNonNull(version, "version");
  }
}
