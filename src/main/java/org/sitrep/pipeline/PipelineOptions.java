package org.sitrep.pipeline;

import java.time.LocalDate;
import org.sitrep.nlp.NlpOptions;

/**
 * Settings for one pipeline.
 *
 * @param defaultDate publication date for articles that carry none, or null
 * @param nlp which NLP annotators to run
 */
public record PipelineOptions(LocalDate defaultDate, NlpOptions nlp) {

  public static PipelineOptions defaults() {
    return new PipelineOptions(null, NlpOptions.full());
  }

  public PipelineOptions withDefaultDate(LocalDate date) {
    return new PipelineOptions(date, nlp);
  }
}
