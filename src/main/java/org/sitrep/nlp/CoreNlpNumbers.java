package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * CoreNLP's own number recognition and normalisation (the numeric NER classifiers and
 * NumberNormalizer, SUTime off), used as the reference in {@code sitrep eval quantities}. Loads its
 * models on construction (some seconds); one instance is safe for one thread at a time.
 */
public final class CoreNlpNumbers {
  private final StanfordCoreNLP pipeline;

  public CoreNlpNumbers() {
    RedwoodConfiguration.current().clear().apply();
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    p.setProperty("tokenize.options", "untokenizable=noneDelete,invertible=true");
    p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.applyNumericClassifiers", "true");
    p.setProperty("ner.buildEntityMentions", "true");
    p.setProperty("threads", "1");
    pipeline = new StanfordCoreNLP(p);
  }

  /** The numeric mentions in {@code text}, in text order. */
  public List<NumericMention> find(String text) {
    CoreDocument doc = new CoreDocument(text);
    pipeline.annotate(doc);
    List<NumericMention> out = new ArrayList<>();
    if (doc.entityMentions() == null) return out;
    for (CoreEntityMention m : doc.entityMentions()) {
      String norm = m.coreMap().get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
      if (norm == null && !"NUMBER".equals(m.entityType())) continue;
      out.add(new NumericMention(m.text(), m.charOffsets().first(), m.charOffsets().second(),
          m.entityType(), norm));
    }
    return out;
  }
}
