package org.sitrep.claims;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * What a figure measures, from the noun it counts and the verb that governs it. Nouns decide the
 * family (people, forces, weapons, money, land, buildings, attacks); harm verbs refine people and forces
 * ("14 people killed" is killed, "47 others wounded" is wounded).
 */
final class Measures {
  static final String TROOPS = "troops";
  static final String KILLED = "killed";
  static final String WOUNDED = "wounded";
  static final String CASUALTIES = "casualties";
  static final String CAPTURED = "captured";
  static final String MISSING = "missing";
  static final String DISPLACED = "displaced";
  static final String AFFECTED = "affected";
  static final String WEAPONS = "weapons";
  static final String TERRITORY = "territory";
  static final String MONEY = "money";
  static final String INFRASTRUCTURE = "infrastructure";
  static final String ATTACKS = "attacks";
  /** Aid delivered, counted in the trucks that carried it: "90 trucks of flour". */
  static final String AID = "aid";
  static final String OTHER = "other";

  private static final Map<String, String> NOUNS = nouns();

  /** People counted without a measure of their own: a harm verb gives them one. */
  private static final Set<String> PEOPLE = Set.of(
      "people", "person", "civilian", "child", "woman", "man", "resident", "other", "adult",
      "villager", "individual", "family", "worker", "migrant", "citizen", "national", "patient",
      "student", "journalist", "passenger", "inhabitant", "teenager", "baby", "infant", "minor",
      "palestinian", "israeli", "ukrainian", "russian", "korean", "aid worker", "volunteer",
      "seafarer", "crew member", "crewman", "fisherman", "doctor", "nurse", "medic", "paramedic",
      "farmer", "pilgrim", "protester", "demonstrator", "worshipper", "employee", "hostage-taker",
      "rescuer", "firefighter", "teacher", "prisoner of war", "member", "boy", "girl", "monk", "nun",
      "priest", "cleric", "imam", "pupil", "schoolchild", "schoolchildren", "tourist", "miner", "engineer",
      "contractor", "policeman", "policemen", "pensioner", "shopper", "commuter", "bystander", "mourner",
      "official", "schoolgirl", "schoolboy", "toddler", "pedestrian", "driver");

  private static final Map<String, String> VERBS = Map.ofEntries(
      Map.entry("kill", KILLED), Map.entry("die", KILLED), Map.entry("dead", KILLED),
      Map.entry("murder", KILLED), Map.entry("execute", KILLED), Map.entry("slay", KILLED),
      Map.entry("wound", WOUNDED), Map.entry("injure", WOUNDED), Map.entry("hurt", WOUNDED),
      Map.entry("lose", CASUALTIES),
      // military statements' "neutralised": killed, wounded or taken, so no more than casualties
      Map.entry("neutralise", CASUALTIES), Map.entry("neutralize", CASUALTIES),
      Map.entry("capture", CAPTURED), Map.entry("detain", CAPTURED), Map.entry("abduct", CAPTURED),
      Map.entry("kidnap", CAPTURED), Map.entry("arrest", CAPTURED), Map.entry("hold", CAPTURED),
      Map.entry("release", CAPTURED), Map.entry("free", CAPTURED), Map.entry("exchange", CAPTURED),
      Map.entry("swap", CAPTURED), Map.entry("return", CAPTURED), Map.entry("repatriate", CAPTURED),
      Map.entry("miss", MISSING), Map.entry("missing", MISSING),
      Map.entry("displace", DISPLACED), Map.entry("flee", DISPLACED), Map.entry("evacuate", DISPLACED),
      Map.entry("uproot", DISPLACED), Map.entry("affect", AFFECTED), Map.entry("trap", AFFECTED),
      Map.entry("starve", AFFECTED), Map.entry("need", AFFECTED));

  private Measures() {}

  /** The measure a counted noun (lemma, lower case) names on its own, or null. */
  static String ofNoun(String lemma) {
    for (String form : forms(lemma)) {
      String m = NOUNS.get(form);
      if (m != null) return m;
    }
    return null;
  }

  /**
   * People nouns so broad ("members") or so far from war ("voters", "judges") that only a harm done
   * to them makes them a figure: "killed 20 herders" is one, "nine voters" is not.
   */
  private static final Set<String> ONLY_WHEN_HARMED = Set.of("member", "official", "herder", "herdsman",
      "shepherd", "trader", "merchant", "vendor", "shopkeeper", "driver", "motorist", "motorcyclist", "cyclist",
      "pedestrian", "traveller", "traveler", "relative", "guest", "spectator", "voter", "lawmaker", "politician",
      "candidate", "activist", "lawyer", "judge", "reporter", "photographer", "cameraman", "humanitarian",
      "staffer", "labourer", "laborer", "settler", "inmate", "convict", "suspect", "smuggler", "elder", "chief",
      "kidnapper", "pirate", "diplomat", "survivor");

  /** Nouns that count acts only when struck: "struck 120 targets", not "identified 120 targets". */
  static final Set<String> ONLY_WHEN_STRUCK = Set.of("target");

  static boolean onlyWhenHarmed(String lemma) {
    for (String form : forms(lemma)) if (ONLY_WHEN_HARMED.contains(form)) return true;
    return false;
  }

  static boolean isPeople(String lemma) {
    for (String form : forms(lemma)) if (PEOPLE.contains(form) || ONLY_WHEN_HARMED.contains(form)) return true;
    return TROOPS.equals(ofNoun(lemma));
  }

  /** A word and its singulars, since lemmatisers leave some plurals alone ("troops"). */
  private static List<String> forms(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.endsWith("ies") && w.length() > 4) return List.of(w, w.substring(0, w.length() - 3) + "y");
    if (w.endsWith("es") && w.length() > 3) return List.of(w, w.substring(0, w.length() - 1), w.substring(0, w.length() - 2));
    if (w.endsWith("s") && w.length() > 2) return List.of(w, w.substring(0, w.length() - 1));
    return List.of(w);
  }

  /** The harm or fate a verb (lemma) gives the people it governs, or null. */
  static String ofVerb(String lemma) {
    return VERBS.get(lemma);
  }

  /** "killed or wounded" and "dead and injured" are casualties. */
  static String combine(String a, String b) {
    if (a == null) return b;
    if (b == null || a.equals(b)) return a;
    Set<String> harm = Set.of(KILLED, WOUNDED, CASUALTIES, MISSING, CAPTURED);
    return harm.contains(a) && harm.contains(b) ? CASUALTIES : a;
  }

  private static Map<String, String> nouns() {
    Map<String, String> m = new java.util.HashMap<>();
    put(m, TROOPS, "troop", "soldier", "force", "personnel", "serviceman", "servicemen", "fighter",
        "militant", "mercenary", "reservist", "conscript", "sailor", "marine", "recruit",
        "reinforcement", "contingent", "paratrooper", "commando", "officer", "combatant", "guard",
        "insurgent", "rebel", "militiaman", "battalion", "brigade", "division", "regiment",
        "peacekeeper", "attacker", "assailant", "gunman", "gunmen", "vigilante", "jihadist", "terrorist",
        "extremist", "separatist", "guerrilla", "guerilla", "partisan", "bandit", "gendarme", "trooper",
        "sniper", "pilot", "airman", "airmen", "gunner", "ranger", "raider", "infiltrator");
    put(m, KILLED, "death", "dead", "fatality", "body", "life", "killed");
    put(m, WOUNDED, "injury", "wounded", "injured");
    put(m, CASUALTIES, "casualty", "loss");
    put(m, CAPTURED, "prisoner", "pow", "hostage", "detainee", "captive", "pows");
    put(m, MISSING, "missing");
    put(m, DISPLACED, "refugee", "evacuee", "displaced", "asylum-seeker");
    put(m, WEAPONS, "drone", "missile", "rocket", "shell", "round", "munition", "tank", "bomb",
        "warhead", "aircraft", "jet", "helicopter", "vehicle", "weapon", "gun", "rifle", "launcher",
        "interceptor", "howitzer", "mine", "artillery", "warplane", "fighter jet", "warship",
        "ship", "submarine", "projectile", "grenade", "ammunition", "shahed", "system", "vessel",
        "cruise missile", "ballistic missile", "bullet", "cartridge", "armoured vehicle");
    put(m, TERRITORY, "square kilometre", "square kilometer", "square mile", "sq km", "km2",
        "km²", "hectare", "acre", "village", "settlement", "town", "square");
    put(m, MONEY, "usd", "eur", "gbp", "rub", "uah", "cny", "krw", "jpy", "ils", "dollar", "euro",
        "pound", "rouble", "ruble", "hryvnia", "yuan", "won", "yen", "shekel", "franc", "rupee");
    put(m, INFRASTRUCTURE, "building", "home", "house", "apartment", "school", "hospital",
        "bridge", "plant", "substation", "facility", "structure", "road", "railway", "church",
        "mosque", "clinic", "shelter", "dwelling", "flat", "warehouse", "factory", "port",
        "airport", "dam", "pipeline", "power line", "tent");
    // "more than 100 attacks on shipping", "64 assaults", "40 air strikes": the count of acts
    put(m, ATTACKS, "attack", "strike", "airstrike", "air strike", "raid", "assault", "ambush",
        "bombing", "sortie", "incursion", "offensive", "target");
    put(m, AID, "truck", "lorry", "truckload", "aid truck");
    return Map.copyOf(m);
  }

  /** Words that say what a truck carries is aid: "aid", "flour", "medical supplies". */
  private static final Set<String> AID_WORDS = Set.of("aid", "humanitarian", "relief", "food", "flour", "fuel",
      "medicine", "supply", "water", "assistance");

  /** Whether a sentence says its trucks carry aid. */
  static boolean namesAid(Sentence s) {
    for (Token t : s.tokens()) if (AID_WORDS.contains(t.lemma().toLowerCase(Locale.ROOT))) return true;
    return false;
  }

  private static void put(Map<String, String> m, String measure, String... lemmas) {
    for (String l : lemmas) m.put(l, measure);
  }
}
