package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Stanford CoreNLP with only the annotators sitrep needs: tokenize, ssplit, pos, lemma and CRF NER
 * (the 3-class PERSON/ORGANIZATION/LOCATION model, faster than the 4-class one: `sitrep bench
 * analyze` went from 2.46 to 3.56 articles/s; no SUTime, no fine-grained or numeric classifiers),
 * then the neural dependency parser, called directly for the basic dependencies (a tree: one head
 * per token) we keep. The parser, about 80% of the cost, runs on a sentence only when a finder first
 * reads its tree ({@link Sentence#deferred}); {@link #parseTally()} counts how much was parsed.
 * A wire dateline ("KYIV —") is left out of the parse ({@link Datelines}). Pipelines are loaded
 * once per JVM and shared: {@link #shared(NlpOptions)}.
 */
public final class CoreNlpAnnotator implements Annotator {
  private static final ConcurrentMap<NlpOptions, CoreNlpAnnotator> SHARED = new ConcurrentHashMap<>();
  private static final java.util.concurrent.atomic.AtomicInteger LOADS = new java.util.concurrent.atomic.AtomicInteger();

  private static final String PARSER_MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";

  private final StanfordCoreNLP pipeline;
  /** Called directly, not as the depparse annotator, which also builds enhanced graphs we never read. */
  private final DependencyParser parser;
  private final NlpOptions options;
  private final ParseTally tally = new ParseTally();

  private CoreNlpAnnotator(NlpOptions options) {
    this.options = options;
    RedwoodConfiguration.current().clear().apply(); // CoreNLP logs to stderr otherwise
    this.pipeline = new StanfordCoreNLP(properties(options));
    this.parser = options.parse() ? DependencyParser.loadFromModelFile(PARSER_MODEL) : null;
    LOADS.incrementAndGet();
  }

  /** How many times models were loaded in this JVM: once per option set, however many articles. */
  public static int loads() {
    return LOADS.get();
  }

  /** The pipeline for these options, loaded on first use and kept for the life of the JVM. */
  public static CoreNlpAnnotator shared(NlpOptions options) {
    return SHARED.computeIfAbsent(options, CoreNlpAnnotator::new);
  }

  static Properties properties(NlpOptions options) {
    Properties p = new Properties();
    String annotators = "tokenize,ssplit,pos,lemma";
    if (options.ner()) annotators += ",ner";
    p.setProperty("annotators", annotators);
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("tokenize.options", "untokenizable=noneDelete,invertible=true");
    p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.applyNumericClassifiers", "false");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.buildEntityMentions", "true");
    p.setProperty("ner.combinationMode", "NORMAL");
    p.setProperty("threads", "1");
    return p;
  }

  @Override
  public AnnotatedText annotate(String text) {
    CoreDocument doc = new CoreDocument(QuotePairs.split(text));
    pipeline.annotate(doc);
    Paragraphs paragraphs = Paragraphs.of(text);
    List<Sentence> sentences = new ArrayList<>();
    List<EntityMention> entities = new ArrayList<>();
    for (CoreSentence cs : doc.sentences()) {
      int index = sentences.size();
      WeaponTags.fix(cs.tokens());
      List<Token> tokens = tokens(cs.tokens());
      int paragraph = paragraphs.indexOf(tokens.get(0).start());
      tally.seen(tokens.size());
      sentences.add(parser == null ? new Sentence(index, paragraph, tokens, List.of())
          : Sentence.deferred(index, paragraph, tokens, () -> parse(cs)));
      if (options.ner()) entities.addAll(entities(cs, index));
    }
    return new AnnotatedText(text, sentences, entities);
  }

  /** What the parser ran on so far, over every text this pipeline annotated. */
  public ParseTally parseTally() {
    return tally;
  }

  private List<Dependency> parse(CoreSentence cs) {
    long t0 = System.nanoTime();
    int size = cs.tokens().size();
    List<String> words = new ArrayList<>(size);
    int[] starts = new int[size];
    int[] ends = new int[size];
    for (int i = 0; i < size; i++) {
      CoreLabel l = cs.tokens().get(i);
      words.add(l.word());
      starts[i] = l.beginPosition();
      ends[i] = l.endPosition();
    }
    int dateline = Datelines.length(words, starts, ends);
    List<Dependency> deps = dateline == 0
        ? dependencies(parser.predict(cs.coreMap()), 0)
        : afterDateline(cs.tokens(), dateline);
    tally.parsed(cs.tokens().size(), System.nanoTime() - t0);
    List<String> lemmas = new ArrayList<>(size);
    for (CoreLabel l : cs.tokens()) lemmas.add(l.lemma() == null ? l.word() : l.lemma().toLowerCase(java.util.Locale.ROOT));
    return TrailingReporters.rehang(words, lemmas, MonthCounts.rehang(words, deps));
  }

  /**
   * "KYIV — Russia launched ...": the clause after the dateline parsed alone, its indices moved past
   * the dateline, whose first word hangs on the clause's root ({@code dep}) and the rest on that
   * word ({@code flat}, punctuation {@code punct}).
   */
  private List<Dependency> afterDateline(List<CoreLabel> tokens, int dateline) {
    List<CoreLabel> rest = new ArrayList<>(tokens.size() - dateline);
    for (int i = dateline; i < tokens.size(); i++) {
      CoreLabel copy = new CoreLabel(tokens.get(i));
      copy.setIndex(i - dateline + 1);
      rest.add(copy);
    }
    edu.stanford.nlp.util.CoreMap clause = new edu.stanford.nlp.util.ArrayCoreMap();
    clause.set(CoreAnnotations.TokensAnnotation.class, rest);
    List<Dependency> deps = new ArrayList<>(dependencies(parser.predict(clause), dateline));
    int root = -1;
    for (Dependency d : deps) if (d.governor() < 0) root = d.dependent();
    deps.add(new Dependency(root, 0, "dep"));
    for (int i = 1; i < dateline; i++) {
      boolean punct = !Character.isLetterOrDigit(tokens.get(i).word().charAt(0));
      deps.add(new Dependency(0, i, punct ? "punct" : "flat"));
    }
    deps.sort(java.util.Comparator.comparingInt(Dependency::dependent));
    return deps;
  }

  private static List<Token> tokens(List<CoreLabel> labels) {
    List<Token> tokens = new ArrayList<>(labels.size());
    for (CoreLabel l : labels) {
      String word = l.originalText() != null ? l.originalText() : l.word();
      String lemma = l.lemma() != null ? l.lemma() : word;
      String ner = l.ner() != null ? l.ner() : "O";
      String pos = l.tag() != null ? l.tag() : "";
      tokens.add(new Token(tokens.size(), word, l.beginPosition(), l.endPosition(), pos,
          Lemmas.plural(lemma.toLowerCase(Locale.ROOT), pos), ner));
    }
    return tokens;
  }

  /** The basic Universal Dependencies of one sentence: a tree, one head per token. */
  private static List<Dependency> dependencies(GrammaticalStructure gs, int shift) {
    List<Dependency> deps = new ArrayList<>();
    for (TypedDependency td : gs.typedDependencies()) {
      int governor = td.gov().index() - 1;
      deps.add(new Dependency(governor < 0 ? -1 : governor + shift, td.dep().index() - 1 + shift,
          governor < 0 ? "root" : td.reln().toString()));
    }
    return deps;
  }

  private static List<EntityMention> entities(CoreSentence cs, int sentence) {
    List<EntityMention> out = new ArrayList<>();
    if (cs.entityMentions() == null) return out;
    int sentenceFirst = cs.tokens().get(0).get(CoreAnnotations.TokenBeginAnnotation.class);
    for (CoreEntityMention m : cs.entityMentions()) {
      List<CoreLabel> toks = m.tokens();
      int first = toks.get(0).get(CoreAnnotations.TokenBeginAnnotation.class) - sentenceFirst;
      int start = toks.get(0).beginPosition();
      int end = toks.get(toks.size() - 1).endPosition();
      out.add(new EntityMention(m.text(), m.entityType(), start, end, sentence, first,
          first + toks.size()));
    }
    return out;
  }
}
