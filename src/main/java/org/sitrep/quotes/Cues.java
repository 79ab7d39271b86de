package org.sitrep.quotes;

import java.util.Set;

/** The words that introduce speech: cue verbs by lemma, and speech nouns. */
final class Cues {
  /** Verbs of saying, writing and stance whose subject is the speaker of what they govern. */
  private static final Set<String> VERBS = Set.of(
      "say", "tell", "add", "warn", "state", "write", "declare", "announce", "explain", "note",
      "insist", "argue", "claim", "assert", "contend", "maintain", "stress", "emphasize",
      "emphasise", "caution", "urge", "ask", "reply", "respond", "answer", "retort", "counter",
      "continue", "conclude", "recall", "remark", "comment", "observe", "acknowledge", "admit",
      "concede", "confirm", "deny", "suggest", "predict", "promise", "pledge", "vow", "threaten",
      "boast", "complain", "lament", "joke", "quip", "tweet", "post", "describe", "call", "dub",
      "label", "brand", "term", "characterize", "characterise", "accuse", "charge", "criticize",
      "criticise", "condemn", "denounce", "praise", "thank", "demand", "request", "plead", "beg",
      "shout", "yell", "cry", "scream", "whisper", "mutter", "exclaim", "proclaim", "report",
      "reiterate", "repeat", "testify", "allege", "blast", "slam", "attack", "mock",
      "question", "wonder", "agree", "disagree", "object", "protest", "reveal", "disclose",
      "indicate", "signal", "forecast", "advise", "recommend", "propose", "order",
      "instruct", "tout", "hail", "welcome", "dismiss", "reject", "rebuke", "scold", "lash",
      "fire", "shoot", "chime", "muse", "sigh", "chant", "sing", "put", "think",
      "believe", "feel", "hope", "fear", "worry", "know", "want", "like", "hear", "recount",
      "concur", "begin", "start", "finish", "interject", "interrupt", "tease", "taunt",
      "apologize", "apologise", "assure", "reassure", "inform", "remind", "pronounce", "swear",
      "vouch", "affirm", "reaffirm", "clarify", "elaborate", "summarize", "quote", "cite",
      "highlight", "underscore", "point", "speak", "talk", "chat", "invoke", "find");

  /** Nouns that name a statement ("in a statement", "his remarks"). */
  private static final Set<String> NOUNS = Set.of(
      "statement", "remark", "comment", "interview", "speech", "tweet", "post", "letter",
      "message", "release", "briefing", "address", "testimony", "op-ed", "email", "note", "words");

  private Cues() {}

  static boolean isVerb(String lemma) {
    return VERBS.contains(lemma);
  }

  static boolean isNoun(String lemma) {
    return NOUNS.contains(lemma);
  }
}
