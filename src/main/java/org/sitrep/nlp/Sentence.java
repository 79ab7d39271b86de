package org.sitrep.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A sentence with its tokens and, when parsed, its dependencies. The parse may be deferred: a
 * sentence built with {@link #deferred} runs its parser the first time any finder asks for a
 * dependency, so sentences no finder reads the tree of are never parsed (the parser is about 80% of
 * the NLP cost).
 */
public final class Sentence {
  private final int index;
  private final int paragraph;
  private final List<Token> tokens;
  private volatile List<Dependency> dependencies;
  private Supplier<List<Dependency>> parser;

  public Sentence(int index, int paragraph, List<Token> tokens, List<Dependency> dependencies) {
    if (tokens.isEmpty()) throw new IllegalArgumentException("a sentence needs at least one token");
    this.index = index;
    this.paragraph = paragraph;
    this.tokens = List.copyOf(tokens);
    this.dependencies = List.copyOf(dependencies);
  }

  private Sentence(int index, int paragraph, List<Token> tokens, Supplier<List<Dependency>> parser) {
    this(index, paragraph, tokens, List.of());
    this.parser = parser;
    this.dependencies = null; // after the parser: a thread that reads null here also sees it
  }

  /** A sentence whose dependencies come from {@code parser}, called once, on first use. */
  public static Sentence deferred(int index, int paragraph, List<Token> tokens,
      Supplier<List<Dependency>> parser) {
    return new Sentence(index, paragraph, tokens, parser);
  }

  public int index() {
    return index;
  }

  /** Index of the paragraph (block of text between blank lines) that holds this sentence. */
  public int paragraph() {
    return paragraph;
  }

  public List<Token> tokens() {
    return tokens;
  }

  public Token token(int i) {
    return tokens.get(i);
  }

  public int size() {
    return tokens.size();
  }

  public int start() {
    return tokens.get(0).start();
  }

  public int end() {
    return tokens.get(tokens.size() - 1).end();
  }

  /** Whether the sentence has a parse; runs a deferred parser. */
  public boolean isParsed() {
    return !dependencies().isEmpty();
  }

  /** The dependencies, empty for an unparsed sentence; runs a deferred parser. */
  public List<Dependency> dependencies() {
    List<Dependency> deps = dependencies;
    return deps != null ? deps : parse();
  }

  /** Whether the dependencies are known without running a parser: false until a deferred parse runs. */
  public boolean hasDependencies() {
    return dependencies != null;
  }

  private synchronized List<Dependency> parse() {
    if (dependencies == null) {
      dependencies = List.copyOf(parser.get());
      parser = null;
    }
    return dependencies;
  }

  /** The head of a token, or null for the root or an unparsed sentence. */
  public Dependency headOf(int token) {
    for (Dependency d : dependencies()) if (d.dependent() == token) return d;
    return null;
  }

  /** The dependents of a token. */
  public List<Dependency> childrenOf(int token) {
    List<Dependency> out = new ArrayList<>();
    for (Dependency d : dependencies()) if (d.governor() == token) out.add(d);
    return out;
  }

  /** The first dependent of a token with the given relation (or a subtype of it), or null. */
  public Dependency childOf(int token, String relation) {
    for (Dependency d : dependencies()) if (d.governor() == token && d.is(relation)) return d;
    return null;
  }

  /** The root token index, or -1 when the sentence is not parsed. */
  public int root() {
    for (Dependency d : dependencies()) if (d.governor() < 0) return d.dependent();
    return -1;
  }

  /** The token that covers a character offset, or -1. */
  public int tokenAt(int offset) {
    for (Token t : tokens) if (t.start() <= offset && offset < t.end()) return t.index();
    return -1;
  }

  /** The lowest and highest token indices under a token in the parse (inclusive). */
  public int[] subtreeRange(int token) {
    int lo = token, hi = token;
    boolean[] seen = new boolean[tokens.size()];
    java.util.ArrayDeque<Integer> todo = new java.util.ArrayDeque<>();
    todo.push(token);
    while (!todo.isEmpty()) {
      int t = todo.pop();
      if (t < 0 || t >= seen.length || seen[t]) continue;
      seen[t] = true;
      lo = Math.min(lo, t);
      hi = Math.max(hi, t);
      for (Dependency d : dependencies()) if (d.governor() == t) todo.push(d.dependent());
    }
    return new int[] {lo, hi};
  }
}
