package org.sitrep.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The PLOVER trigger lexicon (triggers.tsv), loaded once; lookups by lemma and part of speech. */
final class Triggers {
  private static final String FILE = "triggers.tsv";
  private static final Triggers INSTANCE = load();

  /** People received or met: the class above, or anyone named ("received Zelensky"). */
  static final String VISITORS = "visitors";
  /** The class matched by a modifier too: "peacekeeping troops" are peacekeepers. */
  static final String PEACEKEEPERS = "peacekeepers";

  private static final Map<String, Set<String>> OBJECT_CLASSES = Map.ofEntries(
      Map.entry(PEACEKEEPERS, Set.of("peacekeeper", "peacekeeping")),
      Map.entry("envoys", Set.of("ambassador", "envoy", "diplomat", "peacekeeper", "mission", "agency",
          "embassy", "consul", "attache")),
      Map.entry("work", Set.of("work", "production")),
      Map.entry("civil", Set.of("support", "supporter", "group", "voter", "public", "opinion", "resource",
          "fund", "community", "citizen", "volunteer", "youth", "student", "worker", "member", "lobby",
          "constituency", "electorate", "donor", "investment", "capital")),
      Map.entry("troops", Set.of("troop", "soldier", "force", "personnel", "unit", "army", "reinforcement",
          "fighter", "battalion", "brigade", "division", "contingent", "serviceman", "marine",
          "servicemen", "regiment")),
      Map.entry("weapons", Set.of("missile", "drone", "rocket", "shell", "weapon", "munition", "tank",
          "system", "artillery", "ammunition", "bomb", "jet", "aircraft", "howitzer", "interceptor",
          "launcher", "round", "vehicle", "arm")),
      Map.entry("aid", Set.of("aid", "assistance", "supply", "food", "medicine", "fuel", "relief", "water",
          "shelter", "convoy", "help", "asylum", "refuge", "grant", "loan", "credit", "dollar",
          "money", "fund", "donation", "equipment", "material", "intelligence", "information", "delivery",
          "grain")),
      Map.entry("restrictions", Set.of("curfew", "law", "emergency", "restriction", "measure", "ban",
          "blockade", "siege", "control", "rule")),
      Map.entry("relations", Set.of("relation", "ties", "tie", "link", "contact")),
      Map.entry("ways", Set.of("road", "street", "highway", "bridge", "traffic", "route", "access", "entrance",
          "crossing", "transport", "railway", "border", "port", "motorway")),
      Map.entry("prisoners", Set.of("prisoner", "pow", "captive", "detainee", "hostage", "soldier", "body",
          "civilian", "pows", "refugee")),
      Map.entry("monitors", Set.of("inspector", "monitor", "observer", "investigator")),
      Map.entry(VISITORS, Set.of("delegation", "delegate", "envoy", "ambassador", "minister", "president",
          "leader", "counterpart", "visitor", "official", "guest", "premier", "chancellor", "king", "emir",
          "prince", "secretary", "chief", "head", "commander", "representative", "mission")),
      Map.entry("fire", Set.of("fire")),
      Map.entry("sanctions", Set.of("sanction", "embargo", "tariff", "restriction", "ban", "penalty")),
      Map.entry("agreement", Set.of("agreement", "treaty", "deal", "accord", "pact", "memorandum", "truce",
          "ceasefire", "contract", "consensus", "understanding", "settlement", "compromise")));

  private final Map<String, List<Trigger>> byKey;
  /** Keys of the lemmas that start a lookup: a one-word line, or a word of a two-word line. */
  private final Set<String> heads = new java.util.HashSet<>();

  private Triggers(Map<String, List<Trigger>> byKey) {
    this.byKey = byKey;
    for (String key : byKey.keySet()) {
      String[] words = key.substring(2).split(" ");
      heads.add(key.substring(0, 2) + words[0]); // the verb of "call off", or any one-word lemma
      if (key.startsWith("N:")) heads.add("N:" + words[words.length - 1]); // the noun of "hunger strike"
    }
  }

  static Triggers get() {
    return INSTANCE;
  }

  /** The lexicon lines for a lemma as a verb or a noun, constrained ones first. */
  List<Trigger> lookup(String lemma, boolean noun) {
    return byKey.getOrDefault(key(lemma.toLowerCase(java.util.Locale.ROOT), noun), List.of());
  }

  /**
   * Whether a lemma can trigger anything, alone or in a two-word line: false lets the finder skip
   * the token without reading its sentence's parse.
   */
  boolean mayTrigger(String lemma, boolean noun) {
    return heads.contains(key(lemma.toLowerCase(java.util.Locale.ROOT), noun));
  }

  static boolean inClass(String objectClass, String lemma) {
    return OBJECT_CLASSES.getOrDefault(objectClass, Set.of()).contains(lemma);
  }

  private static String key(String lemma, boolean noun) {
    return (noun ? "N:" : "V:") + lemma;
  }

  private static Triggers load() {
    Map<String, List<Trigger>> map = new HashMap<>();
    try (InputStream in = Triggers.class.getResourceAsStream(FILE)) {
      if (in == null) throw new IllegalStateException("missing resource " + FILE);
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int lineNo = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        lineNo++;
        if (line.isBlank() || line.startsWith("#")) continue;
        Trigger t = parse(line, lineNo);
        map.computeIfAbsent(key(t.lemma(), t.noun()), k -> new ArrayList<>()).add(t);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + FILE, e);
    }
    map.values().forEach(list -> list.sort((a, b) -> Boolean.compare(a.object() == null, b.object() == null)));
    return new Triggers(map);
  }

  private static Trigger parse(String line, int lineNo) {
    String[] f = line.split("\t");
    if (f.length != 5 || !(f[1].equals("V") || f[1].equals("N"))) {
      throw new IllegalStateException(FILE + " line " + lineNo + ": expected 5 tab-separated fields");
    }
    return new Trigger(f[0], f[1].equals("N"), f[2], dash(f[3]), dash(f[4]));
  }

  private static String dash(String s) {
    return s.equals("-") ? null : s;
  }
}
