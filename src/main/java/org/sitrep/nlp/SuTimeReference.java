package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.sitrep.time.TimeExpression;

/**
 * Stanford SUTime (CoreNLP's TimeAnnotator over tokenize, ssplit and pos), the reference that
 * {@code sitrep eval time} measures sitrep's own {@link org.sitrep.time.TimeFinder} against. Not
 * used in the pipeline: it is slower and scores lower. Loads its models on construction.
 */
public final class SuTimeReference {
  private final StanfordCoreNLP tagger;
  private final TimeAnnotator sutime;

  public SuTimeReference() {
    RedwoodConfiguration.current().clear().apply();
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos");
    p.setProperty("tokenize.options", "untokenizable=noneDelete,invertible=true");
    p.setProperty("threads", "1");
    this.tagger = new StanfordCoreNLP(p);
    Properties t = new Properties();
    t.setProperty("sutime.includeRange", "true");
    this.sutime = new TimeAnnotator("sutime", t);
  }

  /** SUTime's expressions in {@code text}, resolved against {@code created} when given. */
  public synchronized List<TimeExpression> find(String text, LocalDate created) {
    Annotation doc = new Annotation(text);
    if (created != null) doc.set(CoreAnnotations.DocDateAnnotation.class, created.toString());
    tagger.annotate(doc);
    sutime.annotate(doc);
    List<TimeExpression> out = new ArrayList<>();
    List<CoreMap> timexes = doc.get(TimeAnnotations.TimexAnnotations.class);
    if (timexes == null) return out;
    for (CoreMap cm : timexes) {
      Timex timex = cm.get(TimeAnnotations.TimexAnnotation.class);
      int start = cm.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int end = cm.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      String value = timex.value() != null ? timex.value() : timex.altVal();
      out.add(
          new TimeExpression(
              text.substring(start, end),
              start,
              end,
              timex.timexType(),
              value == null ? "" : value));
    }
    return out;
  }
}
