package org.sitrep.claims;

import java.util.Locale;
import java.util.Set;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * What a quantity counts: the noun it modifies ("4,000 soldiers"), the words that qualify that noun
 * ("North Korean"), the measure, and the agent of the verb that sent or lost them.
 *
 * @param noun token index of the counted noun, or -1 for money and land given by their unit alone
 * @param subjectFirst first token of the counted noun phrase, or -1
 * @param agent token index of the subject of the governing verb ("Pyongyang had sent"), or -1
 */
/**
 * What a figure counts in its sentence.
 *
 * @param reach -1, or how many sentences back the figure it counts again may be ("4,700 of them":
 *     2; "up from 10,000": 0, its own sentence), whose unit and subject the caller takes from that
 *     figure; {@code measure} is then the sentence's own harm, or null
 */
record CountedNoun(int noun, int subjectFirst, String measure, String unit, int agent, int reach) {
  CountedNoun(int noun, int subjectFirst, String measure, String unit, int agent) {
    this(noun, subjectFirst, measure, unit, agent, -1);
  }

  /** The reach of "the number" alone: the quantity a figure just before counts, counted again. */
  static final int AGAIN = 1;

  /**
   * The reach of a definite tally with no words of its own: "Congo's government put the number of
   * dead at more than 7,000" counts again the same harm the sentence before told, and "The death
   * toll remained at seven" is the toll of the incident it told; with no such figure before, or
   * with a place or day of its own, it is a figure of its own.
   */
  static final int SAME_IF_ANY = -2;

  /** Whether it counts what an earlier figure counts. */
  boolean anaphoric() {
    return reach >= 0;
  }

  private static final Set<String> SKIPPABLE = Set.of(
      "more", "additional", "other", "of", "the", "further", "extra", "fresh", "new", "its",
      "their", "his", "her", "our", "we", "my", "i", "your", "you", "those", "these", "such", "each", "-", "–");
  private static final Set<String> SENDING = Set.of(
      "send", "deploy", "dispatch", "mobilize", "mobilise", "commit", "station", "lose", "move",
      "transfer", "launch", "fire", "supply", "deliver", "provide", "field", "mass", "amass",
      "have", "keep", "maintain");
  /** Currency and area units the quantity parser may attach to an amount. */
  private static final Set<String> AREA = Set.of(
      "km2", "km²", "sq km", "square km", "square kilometres", "square kilometers", "square miles", "hectares",
      "acres", "square kilometre", "square kilometer", "square mile", "hectare", "acre");
  /** A unit word written against its number with a hyphen: "500-kilogram", "30-km". */
  private static final java.util.regex.Pattern HYPHENATED_UNIT = java.util.regex.Pattern.compile("\\d\\s?[-\u2010\u2011]\\s?\\p{L}+$");
  private static final Set<String> NOT_FIGURES = Set.of(
      "percent", "%", "year", "years", "age", "ordinal", "date", "time", "degree", "degrees");

  /** The counted noun of a quantity in its sentence, or null when it counts nothing of interest. */
  static CountedNoun of(Sentence s, Quantity q) {
    String unit = q.unit() == null ? null : q.unit().toLowerCase(Locale.ROOT);
    if (unit != null && NOT_FIGURES.contains(unit)) return null;
    int first = s.tokenAt(q.start());
    int last = s.tokenAt(q.end() - 1);
    if (first < 0 || last < 0 || followedByAge(s, last) || ofOne(s, q, first)) return null;
    // "these two North Korean soldiers are receiving medical care": a number after "these" or
    // "those" points back at things counted before, and counts nothing anew
    if (first > 0 && DEMONSTRATIVES.contains(s.token(first - 1).word().toLowerCase(Locale.ROOT))) return null;
    // "killing one another" is no count
    if (last + 1 < s.size() && s.token(last).word().equalsIgnoreCase("one") && s.token(last + 1).word().equalsIgnoreCase("another")) {
      return null;
    }
    // killed "hundreds" of RSF fighters: a number in quotes counts what follows the quotes' "of"
    if (first > 0 && s.token(first - 1).pos().equals("``") && last + 2 < s.size()
        && s.token(last + 1).pos().equals("''") && s.token(last + 2).word().equalsIgnoreCase("of")) {
      last += 2;
    }
    if (unit != null && Measures.MONEY.equals(Measures.ofNoun(unit))) {
      return new CountedNoun(-1, -1, Measures.MONEY, q.unit(), -1);
    }
    if (unit != null && AREA.contains(unit)) return new CountedNoun(-1, -1, Measures.TERRITORY, q.unit(), -1);
    // "delivered more than 40,000 tonnes of food": aid by weight
    if ("tonnes".equals(unit) && ofAidGoods(s, last)) return new CountedNoun(-1, -1, Measures.AID, q.unit(), -1);
    // "two 500-kilogram bombs", "a 30-kilometre buffer zone": a measure joined to its number by a
    // hyphen tells the size of what follows, not how many there are
    if (unit != null && HYPHENATED_UNIT.matcher(q.text()).find()) return null;
    CountedNoun harmed = harmedBy(s, first, last);
    if (harmed != null) {
      // "killing seven soldiers and wounding 15": the noun of the harm it is conjoined to
      CountedNoun shared = elided(s, first, last);
      return shared != null ? shared : harmed;
    }
    CountedNoun toll = toll(s, first, last);
    if (toll != null) return toll;
    CountedNoun estimates = estimatesOf(s, first);
    if (estimates != null) return estimates;
    CountedNoun putAt = putAt(s, first, last);
    if (putAt != null) return putAt;
    CountedNoun elided = elided(s, first, last);
    if (elided != null) return elided;
    CountedNoun harmAfter = harmWordAfter(s, first, last);
    if (harmAfter != null) return harmAfter;
    CountedNoun partBefore = partOfTheFigureBefore(s, first, last);
    if (partBefore != null) return partBefore;
    CountedNoun ofThem = ofThem(s, last);
    if (ofThem == PART_ONLY) return null;
    if (ofThem != null) return ofThem;
    CountedNoun part = partOf(s, first, last);
    if (part != null) return part;
    CountedNoun compared = compared(s, first, last);
    if (compared != null) return compared;
    CountedNoun bare = bareHarmed(s, first, last);
    if (bare != null) return bare;
    // decided without reading the parse; else the words may still tell a count of the harmed
    if (!countableAfter(s, last)) return countOfHarmed(s, first);
    int noun = noun(s, first, last);
    if (noun < 0) return countOfHarmed(s, first);
    int kind = countable(s.token(noun)) ? noun : countableModifier(s, noun);
    if (kind < 0) return null;
    Token n = s.token(noun);
    String measure = Measures.ofNoun(s.token(kind).lemma());
    if (measure == null) measure = Measures.ofNoun(s.token(kind).word());
    if (measure == null || Measures.TROOPS.equals(measure)) {
      String fate = Harm.of(s, noun);
      // "80 of its soldiers and 45 civilians were killed", the 80 parsed on "civilians": the harm of
      // the noun the number was hung on
      Dependency hung = s.isParsed() ? s.headOf(last) : null;
      if (fate == null && hung != null && hung.is("nummod") && hung.governor() > noun) {
        fate = Harm.of(s, hung.governor());
      }
      measure = fate != null ? fate : measure == null ? Measures.OTHER : measure;
    }
    // "447 members of the committee" count nothing of a war; "12 gang members were killed" do
    // (those included in harmed people share their harm: the caller decides)
    if (Measures.OTHER.equals(measure) && Measures.onlyWhenHarmed(s.token(kind).lemma()) && !Harm.includedIn(s, noun)) {
      return null;
    }
    // "an eight-person committee" is the committee's size: people of no harm counted so count nothing
    if (Measures.OTHER.equals(measure) && noun == last + 2 && s.token(last + 1).pos().equals("HYPH")) return null;
    // "have attacked more than 80 merchant vessels": each vessel attacked is an attack
    if (Measures.WEAPONS.equals(measure) && attackedVessel(s, kind, STRUCK_VESSEL)) {
      measure = Measures.ATTACKS;
    } else if (Measures.WEAPONS.equals(measure) && (civilianVessel(s, kind) || attackedVessel(s, kind, ATTACKING))) {
      measure = Measures.OTHER;
    }
    if (Measures.ONLY_WHEN_STRUCK.contains(s.token(kind).lemma().toLowerCase(Locale.ROOT)) && !struck(s, kind)) return null;
    if (Measures.INFRASTRUCTURE.equals(measure) && whereSomethingElseIs(s, kind)) return null;
    boolean settlement = SETTLEMENTS.contains(s.token(kind).lemma().toLowerCase(Locale.ROOT));
    if (settlement && s.isParsed() && !heldOrTaken(s, kind)) return null;
    String word = n.word().toLowerCase(Locale.ROOT);
    // "more than 5,000 killed or wounded": the dead and the wounded together are casualties
    if (HARMED.contains(word) && harmedBesides(s, noun, word)) measure = Measures.CASUALTIES;
    // "63 wounded" counts people, as "63 wounded people" would
    // "struck 120 Hezbollah targets": the targets' count is the striker's, not their owner's
    int agent = Measures.ONLY_WHEN_STRUCK.contains(s.token(kind).lemma().toLowerCase(Locale.ROOT))
        ? striker(s, kind) : agent(s, noun);
    return new CountedNoun(noun, subjectFirst(s, noun, last), measure, HARMED.contains(word) ? "people" : word,
        agent);
  }

  /** Goods that aid is counted in by weight: "tonnes of food", "tons of humanitarian aid". */
  private static final Set<String> AID_GOODS = Set.of("food", "aid", "assistance", "supplies", "flour", "wheat",
      "grain", "rice", "medicine", "medicines", "relief", "foodstuffs");
  /** Words between "of" and the goods: "tonnes of humanitarian aid", "of medical supplies". */
  private static final int GOODS_REACH = 3;

  /** Whether the goods a weight is "of" are aid: "40,000 tonnes of food". */
  private static boolean ofAidGoods(Sentence s, int last) {
    int i = last + 1;
    if (i >= s.size() || !s.token(i).word().equalsIgnoreCase("of")) return false;
    for (int j = i + 1; j < s.size() && j <= i + GOODS_REACH; j++) {
      Token t = s.token(j);
      if (AID_GOODS.contains(t.word().toLowerCase(Locale.ROOT))) return true;
      if (!(t.pos().startsWith("JJ") || t.pos().startsWith("NN"))) return false;
    }
    return false;
  }

  /** Places counted as territory only when taken, lost or held: "captured two villages". */
  private static final Set<String> SETTLEMENTS = Set.of("village", "town", "settlement");
  /** Acts and states of holding ground, as verbs or nouns: "seized", "the capture of", "control of". */
  private static final Set<String> HOLDING = Set.of("capture", "seize", "take", "retake", "recapture", "liberate",
      "occupy", "control", "lose", "gain", "overrun", "cede", "hold", "claim", "surround", "encircle", "enter",
      "storm", "abandon", "withdraw", "advance", "fall", "free", "clear", "regain", "conquer");
  /** How many heads up a settlement's holding verb or noun may sit ("the capture of two more villages"). */
  private static final int HOLDING_REACH = 3;

  /**
   * "Russian forces captured two villages", "the capture of two more villages", "two villages
   * fell": settlements count ground taken, lost or held; "airstrikes on two villages", "bombed two
   * towns" count no territory.
   */
  private static boolean heldOrTaken(Sentence s, int noun) {
    int node = noun;
    for (int step = 0; step < HOLDING_REACH; step++) {
      Dependency head = s.headOf(node);
      if (head == null || head.governor() < 0) return false;
      node = head.governor();
      Token t = s.token(node);
      if (HOLDING.contains(t.lemma().toLowerCase(Locale.ROOT))) return true;
      if (t.isVerb()) return false;
    }
    return false;
  }

  private static final Set<String> STRIKING = Set.of("strike", "hit", "attack", "bomb", "shell", "pound",
      "target", "engage", "raid");

  /** A noun's role in its clause, a conjunct's being its first conjunct's ("sent 45 aircraft and nine ships"). */
  private static Dependency role(Sentence s, int noun) {
    Dependency head = s.headOf(noun);
    return head != null && head.is("conj") && head.governor() >= 0 ? s.headOf(head.governor()) : head;
  }

  /** Whether a verb of striking takes the noun as its object or passive subject: "struck 120 targets". */
  private static final Set<String> LOCATING = Set.of("at", "in", "near", "outside", "around", "from", "inside");

  /**
   * "Flights at two Moscow airports were suspended", "at two of the city's airports": buildings
   * after a preposition of place on another noun tell where that is, and count nothing hit
   * ("strikes on two hospitals" still do).
   */
  private static boolean whereSomethingElseIs(Sentence s, int noun) {
    if (!s.isParsed()) return false;
    Dependency head = s.headOf(noun);
    // "Flights at two of the city's airports": the number the noun is counted out of stands in its place
    Dependency of = s.childOf(noun, "case");
    if (head != null && head.is("nmod") && head.governor() >= 0 && s.token(head.governor()).pos().equals("CD")
        && of != null && s.token(of.dependent()).word().equalsIgnoreCase("of")) {
      noun = head.governor();
      head = s.headOf(noun);
    }
    if (head == null || head.governor() < 0 || !head.is("nmod")) return false;
    Token host = s.token(head.governor());
    Dependency c = s.childOf(noun, "case");
    return host.isNoun() && c != null && LOCATING.contains(s.token(c.dependent()).lemma().toLowerCase(Locale.ROOT))
        && !STRIKING.contains(host.lemma().toLowerCase(Locale.ROOT)) && !Measures.ATTACKS.equals(Measures.ofNoun(host.lemma()));
  }

  private static boolean struck(Sentence s, int noun) {
    Dependency head = role(s, noun);
    return head != null && head.governor() >= 0 && (head.is("obj") || head.is("nsubj:pass"))
        && STRIKING.contains(s.token(head.governor()).lemma().toLowerCase(Locale.ROOT));
  }

  /** The subject of the verb that struck the noun (or of the verb that verb is joined to), or -1. */
  private static int striker(Sentence s, int noun) {
    Dependency head = role(s, noun);
    if (head == null || head.governor() < 0) return -1;
    Dependency subj = s.childOf(head.governor(), "nsubj");
    Dependency up = s.headOf(head.governor());
    if (subj == null && up != null && up.is("conj") && up.governor() >= 0) subj = s.childOf(up.governor(), "nsubj");
    return subj == null ? -1 : subj.dependent();
  }

  private static final Set<String> VESSELS = Set.of("ship", "vessel", "boat");
  private static final Set<String> CIVILIAN = Set.of("merchant", "cargo", "commercial", "civilian", "container",
      "fishing", "passenger", "bulk", "aid", "tanker", "trading", "shipping");

  /** "more than 100 merchant ships", "two cargo vessels": ships that are no weapons. */
  private static boolean civilianVessel(Sentence s, int noun) {
    if (!VESSELS.contains(s.token(noun).lemma().toLowerCase(Locale.ROOT))) return false;
    for (int i = noun - 1; i >= 0 && i >= noun - 3; i--) {
      Token t = s.token(i);
      if (CIVILIAN.contains(t.lemma().toLowerCase(Locale.ROOT))) return true;
      if (!(t.pos().startsWith("JJ") || t.pos().startsWith("NN") || t.word().equals("-"))) return false;
    }
    return false;
  }

  private static final Set<String> ATTACKING = Set.of("sink", "hit", "strike", "attack", "seize", "damage",
      "target", "hijack", "board", "capture");

  /** Verbs that say a vessel was attacked, and no more: "attacked", "struck", "hit", "targeted". */
  private static final Set<String> STRUCK_VESSEL = Set.of("hit", "strike", "attack", "target");

  /**
   * "sinking two vessels", "seized three ships": vessels a verb of the set does something to are
   * targets, not weapons.
   */
  private static boolean attackedVessel(Sentence s, int noun, Set<String> verbs) {
    if (!VESSELS.contains(s.token(noun).lemma().toLowerCase(Locale.ROOT)) || !s.isParsed()) return false;
    Dependency head = s.headOf(noun);
    if (head == null || head.governor() < 0) return false;
    boolean object = head.is("obj") || head.is("nsubj:pass");
    return object && verbs.contains(s.token(head.governor()).lemma().toLowerCase(Locale.ROOT));
  }

  /** Words between the number and a demonym it counts: "two South Africans". */
  private static final int NATIONALS_REACH = 3;

  /**
   * "Three Britons and two South Africans were among the wounded", "12 Palestinians were killed":
   * a plural demonym (one the caller's actors know, by {@code demonym} over token indices) counts
   * people of that nation, when the clause says what happened to them; a demonym before a noun
   * ("two Russian soldiers") is that noun's modifier, left to {@link #of}.
   */
  static CountedNoun nationals(Sentence s, Quantity q, java.util.function.IntPredicate demonym) {
    int last = s.tokenAt(q.end() - 1);
    if (last < 0) return null;
    for (int i = last + 1; i < s.size() && i <= last + NATIONALS_REACH; i++) {
      Token t = s.token(i);
      String w = t.word();
      boolean plural = w.endsWith("s") || w.endsWith("ese");
      if (demonym.test(i) && plural && Character.isUpperCase(w.charAt(0))) {
        // decided from the words first, so that a number with no demonym after it costs no parse
        if (i + 1 < s.size() && s.token(i + 1).isNoun() || !s.isParsed()) return null;
        String fate = Harm.of(s, i);
        if (fate == null || !Harm.HARMS.contains(fate)) return null;
        return new CountedNoun(i, subjectFirst(s, i, last), fate, w.toLowerCase(Locale.ROOT), agent(s, i));
      }
      if (!(t.pos().startsWith("JJ") || t.isProperNoun())) return null;
    }
    return null;
  }

  /** Verbs a toll reaches a number by: "reached 70,112", "rose to 40". */
  private static final Set<String> TOLL_NOUNS = Set.of("toll", "number", "count", "tally");

  /**
   * "The toll rose to 35 on Monday": whether a date hangs on the verb a toll rises by, so that it
   * dates the count, not the attack counted.
   */
  static boolean datesTheRise(Sentence s, int dateStart, int dateEnd) {
    if (!s.isParsed()) return false;
    int last = s.tokenAt(dateEnd - 1);
    int first = s.tokenAt(dateStart);
    if (last < 0 || first < 0) return false;
    for (int i = first; i <= last; i++) {
      Dependency head = s.headOf(i);
      if (head == null || head.governor() < 0 || head.governor() >= first && head.governor() <= last) continue;
      Token verb = s.token(head.governor());
      if (!verb.isVerb() || !REACHING.contains(verb.lemma().toLowerCase(Locale.ROOT))) return false;
      Dependency subject = s.childOf(head.governor(), "nsubj");
      return subject != null && TOLL_NOUNS.contains(s.token(subject.dependent()).lemma().toLowerCase(Locale.ROOT));
    }
    return false;
  }

  private static final Set<String> REACHING = Set.of("reach", "rise", "climb", "hit", "top", "exceed", "stand",
      "surpass", "pass", "jump", "soar", "increase", "grow");

  private static final java.util.Map<String, String> TOLLS = java.util.Map.of(
      "death", Measures.KILLED, "casualty", Measures.CASUALTIES, "injury", Measures.WOUNDED);

  /**
   * "puts the death toll at about 3,000", "the toll rose to 40", "raising the casualty toll to 52":
   * a number that a toll is put at or rises to counts the dead (or the casualties or injured, as
   * the toll's own word says), though no countable noun follows it. The number and the toll must
   * hang on the same verb, or the number on the toll itself ("a toll of 40").
   */
  private static CountedNoun toll(Sentence s, int first, int last) {
    // "bringing the toll to 72,418, with 172,106 wounded": a number with its own harm counts that harm
    if (harmedAfter(s, last)) return null;
    int toll = -1;
    for (Token t : s.tokens()) if (t.lemma().equalsIgnoreCase("toll") && t.isNoun()) toll = t.index();
    if (toll < 0) return null;
    Dependency number = outside(s, first, last);
    Dependency tollHead = s.headOf(toll);
    if (number == null || tollHead == null || number.governor() < 0) return null;
    // "put the death toll as high as 150,000": the qualifier's adjective hangs the number on the verb
    boolean asHighAs = number.is("advmod") && s.token(number.dependent()).pos().startsWith("JJ");
    boolean sameVerb = number.governor() == tollHead.governor() && s.token(number.governor()).isVerb()
        && (tollHead.is("obj") || tollHead.is("nsubj")) && (number.is("obl") || number.is("obj") || asHighAs);
    boolean ofToll = number.governor() == toll && number.is("nmod");
    // "raising the death toll from Saturday's strike to 11": the parser hangs "to 11" on the strike
    Dependency through = s.headOf(number.governor());
    boolean hungOnPhrase = number.is("nmod") && Harm.hasCase(s, number.dependent(), "to") && through != null
        && through.governor() == tollHead.governor() && s.token(through.governor()).isVerb() && tollHead.is("obj");
    // "said the overall death toll ... had reached 70,112", parsed with the toll as the object of
    // "said": a verb of reaching with no subject of its own, after the toll, is the toll's
    boolean detached = (number.is("obj") || number.is("obl")) && s.token(number.governor()).isVerb()
        && REACHING.contains(s.token(number.governor()).lemma()) && s.childOf(number.governor(), "nsubj") == null
        && toll < number.governor();
    // "the toll had risen to 71,200, up from 70,900": the toll it rose from
    boolean upFrom = risenFrom(s, number) == tollHead.governor() && tollHead.governor() >= 0;
    // "put the toll higher, at between 40 and 45": the toll is the subject of the verb's complement
    Dependency complement = s.headOf(tollHead.governor() >= 0 ? tollHead.governor() : toll);
    boolean putHigher = tollHead.is("nsubj") && complement != null && complement.is("xcomp")
        && complement.governor() == number.governor() && number.is("obl") && s.token(number.governor()).isVerb();
    if (!sameVerb && !ofToll && !hungOnPhrase && !detached && !upFrom && !putHigher && !risenTo(s, toll, first)) return null;
    String measure = Measures.KILLED;
    for (Dependency m : s.childrenOf(toll)) {
      String kind = TOLLS.get(s.token(m.dependent()).lemma().toLowerCase(Locale.ROOT));
      if ((m.is("compound") || m.is("amod")) && kind != null) measure = kind;
    }
    return new CountedNoun(-1, -1, measure, "toll", -1, unchanged(s, toll, tollHead) ? SAME_IF_ANY : -1);
  }

  /**
   * "The death toll from a military air strike on a monastery near Monywa has risen to 19", read
   * from the words when the parser hangs the number elsewhere: a verb of reaching right before the
   * number, after the toll, with nothing that ends a clause between.
   */
  private static boolean risenTo(Sentence s, int toll, int first) {
    if (first < 2 || toll >= first) return false;
    boolean to = s.token(first - 1).word().equalsIgnoreCase("to") || s.token(first - 1).word().equalsIgnoreCase("at");
    int verb = first - 2;
    if (!to || !s.token(verb).isVerb() || !REACHING.contains(s.token(verb).lemma())) return false;
    for (int i = toll + 1; i < verb; i++) {
      String w = s.token(i).word();
      if (w.equals(",") || w.equals(";") || w.equals(":") || s.token(i).isVerb() && !s.token(i).lemma().equals("have")) return false;
    }
    return true;
  }

  /**
   * "the number of people killed rose to 51", "bringing the number of Palestinians killed since
   * the truce to 690", "the number of people who have fled has risen to 14,000": a figure a count of the harmed reaches or is
   * put at, read from the words, since the parser often takes the participle for the main verb.
   */
  private static final java.util.regex.Pattern COUNT_OF_HARMED = java.util.regex.Pattern.compile(
      "(?i)\\b(?:number|count|tally|total)\\s+of\\s+(?:the\\s+)?(?:[\\w'-]+\\s+){0,2}?"
          // "the number of people who have fled the town"
          + "(?:(?:who|that)\\s+(?:(?:have|has|had)\\s+)?(?:been\\s+)?)?"
          + "(killed|dead|died|wounded|injured|displaced|fled|missing|detained|abducted|kidnapped)\\b"
          + "[^.;:]{0,120}?\\b(?:to|at|reached|hit|passed|topped|exceeded|surpassed|is|was|stands\\s+at|stood\\s+at)"
          + "\\s+(?:about|around|some|nearly|almost|roughly|more\\s+than|over|at\\s+least)?\\s*$");

  private static CountedNoun countOfHarmed(Sentence s, int first) {
    if (first <= 0) return null;
    StringBuilder words = new StringBuilder();
    java.util.List<Integer> at = new java.util.ArrayList<>();
    for (int i = 0; i < first; i++) {
      at.add(words.length());
      words.append(s.token(i).word()).append(' ');
    }
    java.util.regex.Matcher m = COUNT_OF_HARMED.matcher(words);
    if (!m.find()) return null;
    int harmed = at.indexOf(m.start(1));
    if (harmed < 0) return null;
    String lemma = s.token(harmed).lemma().toLowerCase(Locale.ROOT);
    String measure = Measures.ofVerb(lemma);
    if (measure == null) measure = Measures.ofNoun(lemma);
    if (measure == null) measure = Measures.ofNoun(s.token(harmed).word().toLowerCase(Locale.ROOT));
    if (measure == null || !Harm.HARMS.contains(measure)) return null;
    // "the number of Palestinians killed": the people counted, when named before the harm
    for (int i = harmed - 1; i > 0 && i >= harmed - 3; i--) {
      Token t = s.token(i);
      if (t.word().equalsIgnoreCase("of")) break;
      if (t.isNoun() && !TALLIES.contains(t.lemma().toLowerCase(Locale.ROOT))) {
        return new CountedNoun(i, i, measure, t.word().toLowerCase(Locale.ROOT), -1);
      }
    }
    return new CountedNoun(-1, -1, measure, "people", -1);
  }

  private static final Set<String> ESTIMATES = Set.of("estimate", "figure", "count", "tally", "number");
  private static final Set<String> RANGING = Set.of("range", "vary", "run");

  /**
   * "Estimates of the dead range from 20,000 to more than 150,000": a figure that estimates of a
   * harm range over, read from the words (the parser often takes "range" for a noun).
   */
  private static CountedNoun estimatesOf(Sentence s, int first) {
    int i = first - 1;
    if (i >= 0 && (s.token(i).word().equalsIgnoreCase("from") || s.token(i).word().equalsIgnoreCase("between"))) i--;
    if (i < 0 || !RANGING.contains(s.token(i).lemma().toLowerCase(Locale.ROOT))) return null;
    i--;
    if (i < 0) return null;
    String measure = Measures.ofNoun(s.token(i).lemma().toLowerCase(Locale.ROOT));
    if (measure == null) measure = Measures.ofNoun(s.token(i).word().toLowerCase(Locale.ROOT));
    if (measure == null || !Harm.HARMS.contains(measure)) return null;
    i--;
    while (i >= 0 && (s.token(i).pos().equals("DT") || s.token(i).word().equalsIgnoreCase("of")
        || s.token(i).lemma().equalsIgnoreCase("number"))) {
      i--;
    }
    return i >= 0 && ESTIMATES.contains(s.token(i).lemma().toLowerCase(Locale.ROOT))
        ? new CountedNoun(-1, -1, measure, "people", -1) : null;
  }

  private static final Set<String> ANAPHORS = Set.of("them", "those");
  private static final Set<String> STATIVE = Set.of("live", "be", "remain", "stay", "reside", "contribute",
      "come", "belong", "include", "work");
  /** A part of a figure already counted that counts nothing of its own: no figure. */
  private static final CountedNoun PART_ONLY = new CountedNoun(-1, -1, null, null, -1, -1);

  /** "roughly 4,700 of them had been killed": a count of people named before, with its own harm. */
  /**
   * "launched 86 drones at Ukraine, of which 61 were shot down": a number right after "of which"
   * ("of whom"), or a bare one right after "including", counts a part of the figure just before it
   * in its sentence, with its own verb's harm.
   */
  private static CountedNoun partOfTheFigureBefore(Sentence s, int first, int last) {
    if (first < 1) return null;
    String w = s.token(first - 1).word().toLowerCase(Locale.ROOT);
    boolean ofWhich = first >= 2 && s.token(first - 2).word().equalsIgnoreCase("of") && (w.equals("which") || w.equals("whom"));
    // "have fled to neighbouring countries, including more than 1 million to Chad": a bare number
    // the figure before includes
    boolean including = w.equals("including") && (last + 1 >= s.size()
        || !s.token(last + 1).isNoun() && !s.token(last + 1).word().equalsIgnoreCase("of"));
    if (!ofWhich && !including) return null;
    return new CountedNoun(-1, -1, s.isParsed() ? Harm.of(s, first) : null, null, -1, 0);
  }

  private static CountedNoun ofThem(Sentence s, int last) {
    if (last + 2 >= s.size() || !s.token(last + 1).word().equalsIgnoreCase("of")) return null;
    Token pronoun = s.token(last + 2);
    if (!ANAPHORS.contains(pronoun.word().toLowerCase(Locale.ROOT))) return null;
    String fate = s.isParsed() ? Harm.of(s, pronoun.index()) : null;
    // "41 people were wounded, six of them children": a part of the figure, with its own noun
    int part = pronoun.index() + 1;
    // "19 of them Filipino nationals": past the part's modifiers
    while (part + 1 < s.size() && part <= pronoun.index() + 2
        && (s.token(part).pos().startsWith("JJ") || s.token(part).pos().equals("NNP"))) {
      part++;
    }
    if (part < s.size() && s.token(part).pos().equals("NNS") && Measures.isPeople(s.token(part).lemma())) {
      return new CountedNoun(part, part, fate, s.token(part).word().toLowerCase(Locale.ROOT), -1, 2);
    }
    // "troops caught up with the attackers near the border and killed 12 of them": the people the
    // sentence's own verb acted on before the number, not the figure told before
    int acted = fate == null ? -1 : actedOn(s, last);
    if (acted >= 0) return new CountedNoun(acted, acted, fate, s.token(acted).word().toLowerCase(Locale.ROOT), -1);
    // "About 200,000 of them live in Abu Shouk", "Ethiopia contributes 2,500 of them": a part with
    // neither a noun nor a harm of its own, only where it is or whose, would read in the ledger as
    // the whole revised ("40 of them were shot down" is an act of its own, and stays)
    if (fate == null && s.isParsed() && STATIVE.contains(s.token(Incidents.clauseOf(s, pronoun.index())).lemma())) {
      return PART_ONLY;
    }
    // "its use of glide bombs in recent months, dropping up to 3,000 of them a month": the things
    // the sentence named before, with no number of their own, not the figure told before
    int thing = fate == null ? thingNamedBefore(s, last) : -1;
    if (thing >= 0) {
      String things = s.token(thing).word().toLowerCase(Locale.ROOT);
      return new CountedNoun(thing, thing, Measures.ofNoun(s.token(thing).lemma()), things, -1);
    }
    return new CountedNoun(-1, -1, fate, null, -1, 2);
  }

  /**
   * The nearest plural noun of a measure, not of people, before a number in its sentence, with no
   * number of its own and no other number between; -1 when none.
   */
  private static int thingNamedBefore(Sentence s, int number) {
    int first = number;
    while (first > 0 && (s.token(first - 1).pos().equals("CD")
        || QUALIFYING.contains(s.token(first - 1).word().toLowerCase(Locale.ROOT)))) {
      first--;
    }
    for (int i = first - 1; i >= 0; i--) {
      Token t = s.token(i);
      if (t.pos().equals("CD")) return -1;
      if (!t.pos().equals("NNS")) continue;
      String measure = Measures.ofNoun(t.lemma());
      if (measure == null || Measures.isPeople(t.lemma())) continue;
      return s.isParsed() && s.childOf(i, "nummod") != null ? -1 : i;
    }
    return -1;
  }

  /** Words that open a number's own phrase: "up to 3,000", "some 40". */
  private static final Set<String> QUALIFYING = Set.of("up", "to", "some", "about", "around", "nearly", "almost",
      "over", "than", "more", "less", "fewer", "least", "at", "roughly", "approximately");

  /**
   * The nearest people noun before a number in its sentence that a verb acted on (its object, or a
   * noun after a preposition), with no number of its own; -1 when none.
   */
  private static int actedOn(Sentence s, int number) {
    if (!s.isParsed()) return -1;
    for (int i = number - 1; i >= 0; i--) {
      Token t = s.token(i);
      if (!t.pos().equals("NNS") || !Measures.isPeople(t.lemma())) continue;
      Dependency head = s.headOf(i);
      if (head == null || !(head.is("obj") || head.is("obl"))) return -1;
      return s.childOf(i, "nummod") == null ? i : -1;
    }
    return -1;
  }

  /** Words between "of" and the whole's number: "40 of the 54 drones", "12 of its 30 fighters". */
  private static final Set<String> WHOLE_DETERMINERS = Set.of("the", "its", "their", "his", "her", "our", "these",
      "those");
  /** Words the whole's noun may come after the whole's number: "six long-range missiles". */
  private static final int WHOLE_NOUN_REACH = 3;

  /**
   * "air defences shot down 40 of the 54 drones", "destroyed four of six missiles": a number before
   * "of" and another number counts a part of the other's noun, with the harm the part's own verb
   * does ("killed 12 of the 30 passengers").
   */
  private static CountedNoun partOf(Sentence s, int first, int last) {
    int i = last + 1;
    if (i >= s.size() || !s.token(i).word().equalsIgnoreCase("of")) return null;
    i++;
    if (i < s.size() && WHOLE_DETERMINERS.contains(s.token(i).word().toLowerCase(Locale.ROOT))) i++;
    // "40 of Russia's 54 drones": a one-word owner and its "'s" stand where a determiner would
    if (i + 2 < s.size() && s.token(i).isNoun() && s.token(i + 1).pos().equals("POS")) i += 2;
    if (i >= s.size() || !s.token(i).pos().equals("CD")) return null;
    int wholeLast = i;
    while (wholeLast + 1 < s.size() && s.token(wholeLast + 1).pos().equals("CD")) wholeLast++;
    int noun = -1;
    for (int j = wholeLast + 1; j < s.size() && j <= wholeLast + WHOLE_NOUN_REACH; j++) {
      Token t = s.token(j);
      if (t.isNoun() && !t.isProperNoun()) {
        noun = j;
        break;
      }
      if (!(t.pos().startsWith("JJ") || t.isProperNoun() || t.word().equals("-"))) return null;
    }
    if (noun < 0 || !countable(s.token(noun))) return null;
    Token n = s.token(noun);
    String measure = Measures.ofNoun(n.lemma());
    if (measure == null) measure = Measures.ofNoun(n.word());
    if (measure == null || Measures.TROOPS.equals(measure)) {
      // the part's verb: its own when the parser made the part a phrase of its own ("shot down 40
      // of the 54"), the whole's when it made the part a modifier of the whole's number
      Dependency head = s.isParsed() ? s.headOf(last) : null;
      boolean modifier = head == null || head.is("compound") || head.is("nummod") || head.is("advmod");
      String fate = s.isParsed() ? Harm.of(s, modifier ? noun : last) : null;
      measure = fate != null ? fate : measure == null ? Measures.OTHER : measure;
    }
    return new CountedNoun(noun, subjectFirst(s, noun, wholeLast), measure, n.word().toLowerCase(Locale.ROOT),
        agent(s, noun));
  }

  /** "tens of thousands of people": the people a number noun counts, or -1. */
  private static int ofNumberNoun(Sentence s, int token) {
    if (!Harm.NUMBER_NOUNS.contains(s.token(token).lemma().toLowerCase(Locale.ROOT))) return -1;
    for (Dependency d : s.childrenOf(token)) {
      if (d.is("nmod") && Harm.hasCase(s, d.dependent(), "of") && countable(s.token(d.dependent()))) return d.dependent();
    }
    return -1;
  }

  private static final Set<String> COMPARING = Set.of("from", "than", "with");

  /**
   * "11,000 soldiers, up from an estimate of 10,000-12,000 last autumn", "compared with 40",
   * "adding to the 11,000": a number with no noun of its own, after "from", "than", "with" or words
   * of addition (and perhaps "the" or "an estimate of"), counts what the figure before it in the
   * sentence counts. Not one "including" ("seven million displaced, including 2.5 million in North
   * Kivu"): a part so counted would read in the ledger as the whole revised.
   */
  private static CountedNoun compared(Sentence s, int first, int last) {
    if (harmedAfter(s, last)) return null;
    // "with two ballistic missiles": a noun of its own, past its modifiers
    int next = last + 1;
    while (next + 1 < s.size() && (s.token(next).pos().startsWith("JJ") || s.token(next).pos().equals("VBN"))
        && !isTimeWord(s.token(next))) {
      next++;
    }
    if (next < s.size() && (s.token(next).isNoun() && !isTimeWord(s.token(next)))) return null;
    for (int i = first - 1; i >= 0 && i >= first - 4; i--) {
      String w = s.token(i).word().toLowerCase(Locale.ROOT);
      if (COMPARING.contains(w) || added(s, i)) return new CountedNoun(-1, -1, null, null, -1, 0);
      if (!w.equals("of") && !w.equals("an") && !w.equals("a") && !w.equals("the") && !w.startsWith("estimate")) {
        return null;
      }
    }
    return null;
  }

  /** Whether words of addition stand before a number, perhaps with "the": "adding to the 11,000". */
  static boolean addedTo(Sentence s, int first) {
    int i = first - 1;
    if (i >= 0 && s.token(i).word().equalsIgnoreCase("the")) i--;
    return i > 0 && added(s, i);
  }

  /** "adding to the 11,000", "in addition to the 11,000", "on top of the 11,000": more of the same. */
  private static boolean added(Sentence s, int i) {
    if (i == 0) return false;
    String w = s.token(i).word().toLowerCase(Locale.ROOT);
    String before = s.token(i - 1).lemma().toLowerCase(Locale.ROOT);
    return w.equals("to") && (before.equals("add") || before.equals("adding") || before.equals("addition"))
        || w.equals("of") && before.equals("top");
  }

  private static final Set<String> TIME_WORDS = Set.of("last", "year", "month", "week", "autumn", "spring",
      "summer", "winter", "fall", "january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december");

  private static boolean isTimeWord(Token t) {
    return TIME_WORDS.contains(t.word().toLowerCase(Locale.ROOT));
  }

  private static final Set<String> TALLIES = Set.of("count", "tally", "total", "number", "toll");
  /** Verbs that say a tally did not change: "remained at seven", "stood at 12". */
  private static final Set<String> UNCHANGED = Set.of("remain", "stand", "stay");

  /**
   * "The death toll remained at seven": "the toll", with no words of its own, that stayed as it
   * was, is the toll of what was just told.
   */
  private static boolean unchanged(Sentence s, int tally, Dependency head) {
    Dependency det = s.childOf(tally, "det");
    return det != null && THE.contains(s.token(det.dependent()).lemma().toLowerCase(Locale.ROOT))
        && s.childOf(tally, "nmod") == null && s.childOf(tally, "acl") == null
        && head != null && head.is("nsubj") && head.governor() >= 0
        && UNCHANGED.contains(s.token(head.governor()).lemma().toLowerCase(Locale.ROOT));
  }

  /** Verbs whose subject amounts to their object: "casualties averaged 1,523", "deaths totalled 300". */
  private static final Set<String> AMOUNTING = Set.of("average", "total", "number", "exceed", "top", "surpass");

  /**
   * "put Russian losses at about 900,000", "bringing its count of Russian losses to 1.05 million",
   * "Russian losses stood at 1,130 soldiers", "put the crowd at 15,000": a number a harm noun (or a
   * count of one, or a crowd, counted in people) is put at,
   * brought to or stands at, on the same verb (as its object, or as its subject when it has none),
   * counts that harm; the harm noun's phrase is the subject, people after the number the unit.
   */
  private static final Set<String> ANAPHORIC_TALLIES = Set.of("number", "figure", "toll", "count", "tally");
  private static final Set<String> THE = Set.of("the", "that", "this");

  private static CountedNoun putAt(Sentence s, int first, int last) {
    // decided from the words first: most sentences cost no parse
    if (!mentionsHarm(s) && s.tokens().stream().noneMatch(t -> t.isNoun() && ANAPHORIC_TALLIES.contains(t.lemma()))) {
      return null;
    }
    Dependency number = outside(s, first, last);
    if (number == null || number.governor() < 0) return null;
    int people = -1;
    Token after = s.token(number.governor());
    // "losses stood at 1,130 soldiers": the people are the unit; "put losses at more than 5,000
    // killed or wounded": so are the harmed
    if (number.is("nummod") && Measures.isPeople(after.lemma())
        || (number.is("nummod") || number.is("dep")) && HARMED.contains(after.word().toLowerCase(Locale.ROOT))
            && number.governor() > last && harmedBesides(s, number.governor(), after.word().toLowerCase(Locale.ROOT))) {
      people = number.governor();
      number = s.headOf(people);
      if (number == null || number.governor() < 0) return null;
    }
    // "climbed to 52, up from 38": the figure a rise started from hangs on the rise's verb
    int rose = risenFrom(s, number);
    // "daily casualties averaged 1,523", "deaths totalled 300": the harm is the subject of a verb of amounting
    boolean amounted = number.is("obj") && s.token(number.governor()).isVerb()
        && AMOUNTING.contains(s.token(number.governor()).lemma().toLowerCase(Locale.ROOT));
    if (rose >= 0) {
      number = new Dependency(rose, number.dependent(), "obl");
    } else if (amounted) {
      number = new Dependency(number.governor(), number.dependent(), "obl");
    } else if (!Harm.hasCase(s, number.dependent(), "at") && !Harm.hasCase(s, number.dependent(), "to")) {
      return null; // put at, bring to, stand at, rise to: not "released in exchange for hundreds"
    }
    if (!number.is("obl") || !s.token(number.governor()).isVerb()) return null;
    int verb = sinceClauseHost(s, number.governor());
    Dependency object = amounted ? null : s.childOf(verb, "obj");
    // "put the toll higher, at between 40 and 45": what is put is the subject of its complement
    Dependency complement = s.childOf(verb, "xcomp");
    if (object == null && complement != null) object = s.childOf(complement.dependent(), "nsubj");
    // "Russian losses stood at 1,130", "deaths rose to 40": with no object, the subject is the harm
    if (object == null) object = s.childOf(verb, "nsubj");
    // "the number of people killed ... has risen to 16", parsed with "killed" as a clausal subject
    Dependency clausal = object == null ? s.childOf(verb, "csubj") : null;
    if (clausal != null) object = s.childOf(clausal.dependent(), "nsubj");
    if (object == null) return null;
    int harm = object.dependent();
    // "the number injured topped 2,200": a word of harm right after the tally names the harm
    if (TALLIES.contains(s.token(harm).lemma()) && harm + 1 < s.size()
        && HARM_WORDS.contains(s.token(harm + 1).word().toLowerCase(Locale.ROOT))) {
      String named = Measures.ofNoun(s.token(harm + 1).word().toLowerCase(Locale.ROOT));
      if (named != null) return new CountedNoun(harm, harm, named, "people", -1);
    }
    // "though an aid group put the number far lower, at 45,000": "the number" alone is the number
    // just given, whose people and harm this figure counts again
    if (ANAPHORIC_TALLIES.contains(s.token(harm).lemma()) && s.childOf(harm, "nmod") == null
        && s.childOf(harm, "compound") == null && s.childOf(harm, "det") != null
        && THE.contains(s.token(s.childOf(harm, "det").dependent()).lemma().toLowerCase(Locale.ROOT))) {
      return new CountedNoun(-1, -1, null, null, -1, AGAIN);
    }
    boolean definite = false;
    boolean tallied = false;
    if (TALLIES.contains(s.token(harm).lemma())) {
      tallied = true;
      Dependency det = s.childOf(harm, "det");
      definite = det != null && THE.contains(s.token(det.dependent()).lemma().toLowerCase(Locale.ROOT));
      harm = -1;
      for (Dependency d : s.childrenOf(object.dependent())) {
        if (d.is("nmod") && Harm.hasCase(s, d.dependent(), "of")) harm = d.dependent();
      }
      // "the number of people killed in the strike has risen to 16": people, and the participle's harm
      String done = harm < 0 ? null : participleHarm(s, harm);
      if (done != null) {
        return new CountedNoun(harm, subjectFirst(s, harm, -1), done, s.token(harm).word().toLowerCase(Locale.ROOT), -1);
      }
      // "the death count rose to 17": the harm is the tally's compound, and it counts people
      int compound = harm < 0 ? harmCompound(s, object.dependent()) : -1;
      if (compound >= 0) {
        return new CountedNoun(object.dependent(), subjectFirst(s, object.dependent(), -1),
            Measures.ofNoun(s.token(compound).lemma()), "people", -1,
            unchanged(s, object.dependent(), s.headOf(object.dependent())) ? SAME_IF_ANY : -1);
      }
      if (harm < 0) return null;
    }
    // "put the crowd at no more than 15,000": a crowd is counted in people
    if (CROWDS.contains(s.token(harm).lemma())) {
      return new CountedNoun(harm, subjectFirst(s, harm, -1), Measures.OTHER, "people", -1);
    }
    String measure = Measures.ofNoun(s.token(harm).lemma());
    // "the number of injured", the tagger reading "injured" as a participle: the word names the harm
    boolean participle = measure == null && Measures.ofNoun(s.token(harm).word().toLowerCase(Locale.ROOT)) != null;
    if (participle) measure = Measures.ofNoun(s.token(harm).word().toLowerCase(Locale.ROOT));
    // "the number of aid trucks entering Gaza has fallen to about 250 a day": a tally of goods or troops
    boolean goods = tallied && definite && measure != null && TALLIED_GOODS.contains(measure);
    if (measure == null || !Harm.HARMS.contains(measure) && !goods) return null;
    String word = s.token(harm).word().toLowerCase(Locale.ROOT);
    // "put the number of dead at 7,000": the dead are people
    // "at 1,130 soldiers": the people; "at more than 5,000 killed or wounded": the losses themselves
    String peopleWord = people < 0 ? null : s.token(people).word().toLowerCase(Locale.ROOT);
    String unit = people >= 0 ? (HARMED.contains(peopleWord) ? word : peopleWord)
        : participle || HARMED.contains(word) ? "people" : word;
    return new CountedNoun(harm, subjectFirst(s, harm, -1), measure, unit, -1, definite ? SAME_IF_ANY : -1);
  }

  /**
   * "bringing Moscow's total losses since the invasion began to about 1,168,000": the parser may
   * hang the "to" phrase on the verb of a "since" clause, which has no object; the verb that clause
   * hangs on, when it has an object, is the one the number is brought to by. Else the verb itself.
   */
  private static int sinceClauseHost(Sentence s, int verb) {
    Dependency clause = s.headOf(verb);
    if (s.childOf(verb, "obj") != null || clause == null || !clause.is("advcl") || clause.governor() < 0) return verb;
    Dependency mark = s.childOf(verb, "mark");
    if (mark == null || !s.token(mark.dependent()).word().equalsIgnoreCase("since")) return verb;
    int host = clause.governor();
    return s.token(host).isVerb() && s.childOf(host, "obj") != null ? host : verb;
  }

  /**
   * The harm of a participle right after a people noun ("people killed") or before it ("injured
   * police officers"), or null.
   */
  private static String participleHarm(Sentence s, int noun) {
    if (!Measures.isPeople(s.token(noun).lemma())) return null;
    String m = null;
    if (noun + 1 < s.size() && s.token(noun + 1).pos().equals("VBN")) m = Measures.ofVerb(s.token(noun + 1).lemma());
    for (Dependency d : s.childrenOf(noun)) {
      Token t = s.token(d.dependent());
      if (m == null && d.is("amod") && d.dependent() < noun) {
        m = Measures.ofVerb(t.lemma()) != null ? Measures.ofVerb(t.lemma()) : Measures.ofNoun(t.word().toLowerCase(Locale.ROOT));
      }
    }
    return m != null && Harm.HARMS.contains(m) ? m : null;
  }

  /** What besides harms "the number of" counts: aid trucks, troops, drones. */
  private static final Set<String> TALLIED_GOODS = Set.of(Measures.AID, Measures.TROOPS, Measures.WEAPONS);

  /** A harm noun compounded with a tally ("death toll", "casualty count"), or -1. */
  private static int harmCompound(Sentence s, int tally) {
    for (Dependency d : s.childrenOf(tally)) {
      String m = d.is("compound") ? Measures.ofNoun(s.token(d.dependent()).lemma()) : null;
      if (m != null && Harm.HARMS.contains(m)) return d.dependent();
    }
    return -1;
  }

  private static final Set<String> CROWDS = Set.of("crowd", "turnout", "attendance");

  private static boolean mentionsHarm(Sentence s) {
    boolean tally = false;
    boolean participle = false;
    for (Token t : s.tokens()) {
      tally |= t.isNoun() && TALLIES.contains(t.lemma());
      participle |= (t.pos().equals("VBN") || t.pos().equals("JJ"))
          && (Harm.HARMS.contains(String.valueOf(Measures.ofVerb(t.lemma())))
              || Harm.HARMS.contains(String.valueOf(Measures.ofNoun(t.word().toLowerCase(Locale.ROOT)))));
      if (tally && participle) return true;
      if (t.isNoun() && CROWDS.contains(t.lemma())) return true;
      String m = t.isNoun() ? Measures.ofNoun(t.lemma()) : null;
      if (m != null && Harm.HARMS.contains(m)) return true;
    }
    return false;
  }

  /** How the quantity's tokens hang on the rest of the sentence: the last one's link that leaves them. */
  private static Dependency outside(Sentence s, int first, int last) {
    for (int i = last; i >= first; i--) {
      Dependency h = s.headOf(i);
      if (h != null && (h.governor() < first || h.governor() > last)) return h;
    }
    return null;
  }

  /** Nouns that count units of something else: "pieces" of artillery, "units" of housing. */
  private static final Set<String> UNIT_NOUNS = Set.of("piece", "unit", "system", "item", "round", "platform", "battery");

  /**
   * "200 artillery pieces": a noun that counts units of what its compound modifier names; -1 if
   * none. Not any noun: "30 required hospital treatment" counts no hospitals.
   */
  private static int countableModifier(Sentence s, int noun) {
    if (!UNIT_NOUNS.contains(s.token(noun).lemma())) return -1;
    for (Dependency d : s.childrenOf(noun)) {
      if (d.is("compound") && d.dependent() < noun && countable(s.token(d.dependent()))
          && !Measures.isPeople(s.token(d.dependent()).lemma())) {
        return d.dependent();
      }
    }
    return -1;
  }

  /** Whether a token names something a figure may count: a measure or people. */
  private static boolean countable(Token t) {
    return Measures.ofNoun(t.lemma()) != null || Measures.ofNoun(t.word()) != null
        || Measures.isPeople(t.lemma()) || Measures.isPeople(t.word());
  }

  /**
   * Whether any token after the number is countable: the counted noun always follows it. People a
   * figure counts only when harmed ("voters", "judges") count only in a sentence with a word of
   * harm, decided from the words so that political copy costs no parse.
   */
  private static boolean countableAfter(Sentence s, int last) {
    Boolean harm = null;
    for (int i = last + 1; i < s.size(); i++) {
      Token t = s.token(i);
      if (!countable(t)) continue;
      if (!Measures.onlyWhenHarmed(t.lemma()) && !Measures.onlyWhenHarmed(t.word())) return true;
      if (harm == null) harm = harmWordIn(s);
      if (harm) return true;
    }
    return false;
  }

  /** Whether a sentence has a verb or noun of harm, by its words. */
  private static boolean harmWordIn(Sentence s) {
    for (Token t : s.tokens()) {
      String m = t.isVerb() ? Measures.ofVerb(t.lemma()) : t.isNoun() ? Measures.ofNoun(t.lemma()) : null;
      if (m == null && (t.pos().equals("JJ") || t.pos().equals("VBN"))) m = Measures.ofNoun(t.word().toLowerCase(Locale.ROOT));
      if (m != null && Harm.HARMS.contains(m)) return true;
    }
    return false;
  }

  /** Words back from "of" that a counted noun with a number of its own may stand. */
  private static final int OF_ONE_REACH = 4;

  /**
   * "11 members of one family", "three sons of one man": a single one that says whose the counted
   * people are is no figure of its own.
   */
  private static boolean ofOne(Sentence s, Quantity q, int first) {
    if (q.low() != 1 || q.high() != 1 || first < 2 || !s.token(first - 1).word().equalsIgnoreCase("of")) return false;
    Token counted = s.token(first - 2);
    if (!counted.pos().equals("NNS")) return false;
    for (int i = first - 3; i >= 0 && i >= first - 2 - OF_ONE_REACH; i--) {
      if (s.token(i).pos().equals("CD")) return true;
    }
    return false;
  }

  private static boolean followedByAge(Sentence s, int last) {
    if (last + 1 >= s.size()) return false;
    String next = s.token(last + 1).word().toLowerCase(Locale.ROOT);
    return next.startsWith("-year") || next.equals("year-old") || next.equals("years-old");
  }

  private static final Set<String> HARMED = Set.of("wounded", "injured", "dead", "killed");
  private static final Set<String> DEMONSTRATIVES = Set.of("these", "those");

  /**
   * Whether a word of harm has another, of another harm and with no number of its own, joined to
   * it: "killed or wounded"; not "72,455 killed and 172,190 wounded".
   */
  private static boolean harmedBesides(Sentence s, int noun, String word) {
    if (!s.isParsed()) return false;
    for (Dependency d : s.childrenOf(noun)) {
      String other = s.token(d.dependent()).word().toLowerCase(Locale.ROOT);
      boolean numbered = s.childrenOf(d.dependent()).stream().anyMatch(k -> s.token(k.dependent()).pos().equals("CD"));
      if (d.is("conj") && HARMED.contains(other) && !numbered
          && !java.util.Objects.equals(Measures.ofNoun(other), Measures.ofNoun(word))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "killed at least 12 and wounded more than 40", "killing three people and wounding 28": a number
   * with no noun of its own right after a verb of harm counts the people that verb harmed; decided
   * from the words, since the parser often hangs such a number on the wrong verb. "Killed or
   * wounded 30" shares the two verbs, and is left to the parse.
   */
  private static CountedNoun harmedBy(Sentence s, int first, int last) {
    if (first < 1 || last + 1 < s.size() && (s.token(last + 1).isNoun() || s.token(last + 1).word().equalsIgnoreCase("of")
        || s.token(last + 1).pos().equals("JJ"))) {
      return null;
    }
    Token verb = s.token(first - 1);
    // "were wounded 3 times": a passive's number is no one it harmed
    boolean passive = verb.pos().equals("VBN") && (first < 2 || s.token(first - 2).lemma().equals("be"));
    String fate = verb.isVerb() && !passive ? Measures.ofVerb(verb.lemma()) : null;
    // "lost 3" may be of anything: only killing and wounding count people
    if (!Measures.KILLED.equals(fate) && !Measures.WOUNDED.equals(fate)) return null;
    if (first >= 3 && (s.token(first - 2).word().equalsIgnoreCase("or") || s.token(first - 2).word().equalsIgnoreCase("and"))
        && Measures.ofVerb(s.token(first - 3).lemma()) != null) {
      return null;
    }
    return new CountedNoun(-1, -1, fate, "people", -1);
  }

  /** "at 72,455 killed and 172,190 wounded", "with 172,106 wounded": a harm word right after the number, naming no noun. */
  private static boolean harmedAfter(Sentence s, int last) {
    return last + 1 < s.size() && HARMED.contains(s.token(last + 1).word().toLowerCase(Locale.ROOT))
        && (last + 2 >= s.size() || !s.token(last + 2).isNoun());
  }

  /** How many words after a number its noun may come, besides an owner and its "'s". */
  private static final int NOUN_REACH = 5;

  /** The noun a noun is a compound modifier of, through any chain of them ("rebel fighters"), else itself. */
  private static int compoundHead(Sentence s, int noun) {
    for (Dependency up = s.headOf(noun); up != null && up.is("compound") && up.governor() > noun
        && s.token(up.governor()).isNoun(); up = s.headOf(noun)) {
      noun = up.governor();
    }
    return noun;
  }

  /** Whether a noun is what the captured are taken as: "prisoner", "hostage", "captive". */
  private static boolean captive(Sentence s, int noun) {
    return Measures.CAPTURED.equals(Measures.ofNoun(s.token(noun).lemma()));
  }

  /** The noun the number modifies: from the parse when there is one, else the next noun. */
  private static int noun(Sentence s, int first, int last) {
    // "the nine-storey building", "a 40-truck convoy": a number joined by a hyphen to a singular noun
    // counts that noun, whatever noun the pair goes on to describe
    if (last + 2 < s.size() && s.token(last + 1).pos().equals("HYPH") && s.token(last + 2).pos().equals("NN")) {
      return last + 2;
    }
    // "about 80 of its soldiers and 45 civilians", parsed with the 80 on "civilians": a number is
    // not the modifier of a noun past its own "of"
    boolean partitive = last + 1 < s.size() && s.token(last + 1).word().equalsIgnoreCase("of");
    for (int i = last; i >= first && !partitive; i--) {
      Dependency head = s.headOf(i);
      if (head != null && head.is("nummod") && head.governor() > last && s.token(head.governor()).isNoun()) {
        // "40 M23 rebel fighters" parsed with the number on a noun that only modifies the next: its head
        int own = head.governor();
        int noun = compoundHead(s, own);
        // "taking 12 military posts and more than 300 soldiers prisoner", parsed with the posts a
        // compound of "prisoner" and the soldiers their conjunct: people are taken prisoner, posts not
        boolean people = Measures.isPeople(s.token(own).lemma());
        if (noun != own && captive(s, noun) && !people) return own;
        Dependency conj = s.headOf(own);
        if (noun == own && people && conj != null && conj.is("conj") && conj.governor() < own) {
          int taken = compoundHead(s, conj.governor());
          if (taken != conj.governor() && captive(s, taken)) return taken;
        }
        return noun;
      }
    }
    // "received 63 wounded", "12 dead and 30 injured": the harmed, as a noun the tagger reads as an adjective
    if (last + 1 < s.size() && HARMED.contains(s.token(last + 1).word().toLowerCase(Locale.ROOT))
        && (last + 2 >= s.size() || !s.token(last + 2).isNoun())) {
      return last + 1;
    }
    int reach = last + NOUN_REACH;
    for (int i = last + 1; i < s.size() && i <= reach; i++) {
      Token t = s.token(i);
      // "80 of the paramilitary group's fighters": the owner and its "'s" stand before the counted noun
      if (t.isNoun() && i + 1 < s.size() && s.token(i + 1).pos().equals("POS")) {
        i++;
        reach += 2;
        continue;
      }
      // "hundreds of army soldiers": a noun that only modifies the countable noun after it
      if (t.isNoun() && !t.isProperNoun() && !countable(t) && i + 1 < s.size() && s.token(i + 1).isNoun()
          && !s.token(i + 1).isProperNoun() && countable(s.token(i + 1))) {
        return i + 1;
      }
      if (t.isNoun() && !t.isProperNoun()) return i;
      if (t.pos().isEmpty() && Measures.ofNoun(t.lemma()) != null) return i;
      boolean modifier = t.pos().startsWith("JJ") || t.isProperNoun() || t.pos().equals("VBN")
          || SKIPPABLE.contains(t.lemma());
      if (!modifier) return -1;
    }
    return -1;
  }

  /**
   * "Two people were killed and nine wounded", "killed four people and wounded 11": a number with
   * no noun of its own, the subject or object of a verb of harm conjoined to a verb whose counted
   * noun has a number, counts that noun ("nine people wounded").
   */
  private static CountedNoun elided(Sentence s, int first, int last) {
    // decided from the words first, so that a number with nothing after it costs no parse
    boolean verbAfter = last + 1 < s.size() && Measures.ofVerb(s.token(last + 1).lemma()) != null;
    // "killed four people and wounded 11": the harm verb before the number
    boolean verbBefore = first > 0 && s.token(first - 1).isVerb() && Measures.ofVerb(s.token(first - 1).lemma()) != null;
    if (!verbAfter && !verbBefore || !s.isParsed()) return null;
    Dependency role = outside(s, first, last);
    boolean argument = role != null && role.governor() >= 0
        && (role.is("nsubj") || role.is("nsubj:pass") || role.is("obj") || role.is("dep"));
    int verb = argument ? role.governor() : -1;
    // "killing seven soldiers and wounding 15, the commander said", with the 15 hung on "said": the
    // harm verb right before the number, in word order (not "wounding 47 others": a noun of its own)
    // ("released 183 Palestinian prisoners": a number on a noun after modifiers has a noun too)
    boolean ownNoun = last + 1 < s.size() && s.token(last + 1).isNoun()
        || role != null && role.is("nummod") && role.governor() > last && s.token(role.governor()).isNoun();
    if ((verb < 0 || Measures.ofVerb(s.token(verb).lemma()) == null) && verbBefore && !ownNoun) verb = first - 1;
    if (verb < 0) return null;
    String fate = Measures.ofVerb(s.token(verb).lemma());
    Dependency conj = s.headOf(verb);
    if (fate == null || conj == null || !conj.is("conj") || conj.governor() < 0) return null;
    for (Dependency d : s.childrenOf(conj.governor())) {
      if (!(d.is("nsubj") || d.is("nsubj:pass") || d.is("obj"))) continue;
      // "killed tens of thousands of people and displaced nearly 12 million": the people the number noun counts
      int counted = ofNumberNoun(s, d.dependent());
      if (counted >= 0) return new CountedNoun(counted, counted, fate, s.token(counted).word().toLowerCase(Locale.ROOT), -1);
      int noun = d.dependent();
      if (s.childOf(noun, "nummod") == null || !countable(s.token(noun))) continue;
      return sharing(s, noun, fate);
    }
    // "said the strikes killed four people and wounded 11": the parser may hang the second harm
    // verb on the reporting verb; the harm verb before it, in word order, has the noun
    for (int i = verb - 1; i >= 0 && !s.token(i).word().equals(";"); i--) {
      if (!s.token(i).isVerb() || Measures.ofVerb(s.token(i).lemma()) == null) continue;
      for (Dependency d : s.childrenOf(i)) {
        if (!(d.is("obj") || d.is("nsubj:pass"))) continue;
        int noun = d.dependent();
        if (s.childOf(noun, "nummod") != null && countable(s.token(noun))) {
          return sharing(s, noun, fate);
        }
      }
      break;
    }
    // "left 100 people dead and 1,000 injured": the harm it is conjoined to modifies the noun
    Dependency modified = s.headOf(conj.governor());
    if (modified != null && modified.is("amod") && modified.governor() >= 0) {
      int noun = modified.governor();
      if (s.childOf(noun, "nummod") != null && countable(s.token(noun))) {
        return sharing(s, noun, fate);
      }
    }
    return null;
  }

  /**
   * The elided figure's count of the noun it shares, by the verb's harm; but weapons lost or
   * shot down stay weapons ("71 drones shot down and another 18 lost"), their fate the verb's.
   */
  /** Words after a number that say what befell those it counts, with their noun left out. */
  private static final Set<String> HARM_WORDS = Set.of("wounded", "injured", "killed", "dead", "missing");

  /**
   * "About 300 soldiers have been killed and 2,700 wounded", however the parser hung the 2,700: a
   * number after "and" followed by a word of harm, with no people noun after it, counts the people
   * of the harm verb before it, with that word's harm.
   */
  private static CountedNoun harmWordAfter(Sentence s, int first, int last) {
    if (first < 2 || last + 1 >= s.size() || !s.token(first - 1).word().equalsIgnoreCase("and")) return null;
    String word = s.token(last + 1).word().toLowerCase(Locale.ROOT);
    if (!HARM_WORDS.contains(word) || last + 2 < s.size() && Measures.isPeople(s.token(last + 2).lemma())) return null;
    String fate = Measures.ofNoun(word);
    if (fate == null || !s.isParsed()) return null;
    for (int i = first - 2; i >= 0 && !s.token(i).word().equals(";"); i--) {
      if (!s.token(i).isVerb() || Measures.ofVerb(s.token(i).lemma()) == null) continue;
      for (Dependency d : s.childrenOf(i)) {
        int noun = d.dependent();
        if ((d.is("obj") || d.is("nsubj:pass")) && s.childOf(noun, "nummod") != null && countable(s.token(noun))) {
          return sharing(s, noun, fate);
        }
      }
      return null;
    }
    return null;
  }

  private static CountedNoun sharing(Sentence s, int noun, String fate) {
    String own = Measures.ofNoun(s.token(noun).lemma().toLowerCase(Locale.ROOT));
    String measure = Measures.WEAPONS.equals(own) ? own : fate;
    return new CountedNoun(noun, noun, measure, s.token(noun).word().toLowerCase(Locale.ROOT), -1);
  }

  /**
   * "violence has killed thousands", "the strike killed 12, officials said": a number with no noun
   * of its own that a verb of harm takes as its object (or passive subject) counts people.
   */
  private static final Set<String> TAKING = Set.of("capture", "abduct", "kidnap", "detain", "arrest");
  /** Words around a bare number a verb of harm may stand within: "killed at least 12", "12 were killed". */
  private static final int HARM_VERB_REACH = 4;

  /** Whether a verb of harm stands near the number, read from the words: most numbers cost no parse. */
  private static boolean harmVerbNear(Sentence s, int first, int last) {
    for (int i = Math.max(0, first - HARM_VERB_REACH); i < Math.min(s.size(), last + HARM_VERB_REACH); i++) {
      if ((i < first || i > last) && s.token(i).isVerb() && (Measures.ofVerb(s.token(i).lemma()) != null
          || Harm.DRIVING.contains(s.token(i).lemma()) || s.token(i).lemma().equalsIgnoreCase("cross"))) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> UP_OR_DOWN = Set.of("up", "down");

  /**
   * "rose to 52, up from 38": for a number "from" which an "up" or "down" hanging on a verb counts,
   * that verb; else -1.
   */
  private static int risenFrom(Sentence s, Dependency number) {
    if (!number.is("obl") || number.governor() < 0 || !Harm.hasCase(s, number.dependent(), "from")) return -1;
    Dependency upOrDown = s.headOf(number.governor());
    boolean rise = upOrDown != null && upOrDown.is("advmod") && upOrDown.governor() >= 0
        && UP_OR_DOWN.contains(s.token(number.governor()).word().toLowerCase(Locale.ROOT));
    return rise ? upOrDown.governor() : -1;
  }

  /** Verbs whose subject suffers what they say: "died", "fled". */
  private static final Set<String> UNDERGONE = Set.of("die", "flee", "perish");

  private static CountedNoun bareHarmed(Sentence s, int first, int last) {
    // decided from the words first: a noun right after the number is the number's own
    // and a partitive ("15 of its observers") counts the noun after it
    if (last + 1 < s.size() && (s.token(last + 1).isNoun() || s.token(last + 1).word().equalsIgnoreCase("of"))
        || !harmVerbNear(s, first, last) || !s.isParsed()) {
      return null;
    }
    Dependency role = outside(s, first, last);
    if (role == null || role.governor() < 0) return null;
    // "thousands have died", "tens of thousands have fled": the subject of a verb that harms its subject
    // ("3.8 million have crossed into neighbouring countries")
    boolean sufferer = role.is("nsubj")
        && (UNDERGONE.contains(s.token(role.governor()).lemma()) || Harm.crossedInto(s, role.governor()));
    if (!(role.is("obj") || role.is("nsubj:pass") || sufferer)) return null;
    if (!s.token(role.governor()).isVerb()) return null;
    String verb = s.token(role.governor()).lemma();
    String fate = Harm.verbFate(s, role.governor());
    // "driven more than 12 million from their homes"
    if (fate == null && role.is("obj") && Harm.drivenFromHome(s, role.governor())) fate = Measures.DISPLACED;
    // "lost 3", "held 48", "returned 84" may count anything; "abducted 20" and "killing or wounding 50" count people
    boolean people = Measures.KILLED.equals(fate) || Measures.WOUNDED.equals(fate) || Measures.DISPLACED.equals(fate)
        || Measures.CASUALTIES.equals(fate) && !verb.equals("lose") || TAKING.contains(verb);
    return people ? new CountedNoun(-1, -1, fate, "people", -1) : null;
  }

  /** The first word of the noun phrase after the number: "North Korean soldiers". */
  private static int subjectFirst(Sentence s, int noun, int last) {
    int first = noun;
    while (first - 1 > last) {
      Token t = s.token(first - 1);
      // "long-range", split by the tokenizer: the hyphen joins the words on either side
      boolean hyphen = t.word().equals("-") && first - 2 > last
          && (t.pos().equals("HYPH") || s.token(first - 2).end() == t.start() && t.end() == s.token(first).start());
      // "wounded civilians", but not the verb that puts them: "have put Russian casualties at ..."
      boolean participle = t.pos().equals("VBN") && (!s.isParsed() || modifiesWithin(s, first - 1, noun));
      boolean modifier = t.pos().startsWith("JJ") || t.pos().startsWith("NN") || participle;
      // "80 of the paramilitary group's fighters": an owner between the number and its noun tells
      // whose they are (a noun before its number, "Ukraine's total losses ... to 1,168,000", keeps
      // its owner out of its words and has it as its actor)
      boolean owner = last >= 0 && t.pos().equals("POS") && first - 2 > last && s.token(first - 2).isNoun();
      if (!hyphen && !owner && (!modifier || SKIPPABLE.contains(t.lemma()))) break;
      first -= hyphen ? 2 : 1;
    }
    return first;
  }

  /** Whether a token's head lies after it, up to the noun: a modifier inside the noun's phrase. */
  private static boolean modifiesWithin(Sentence s, int token, int noun) {
    Dependency head = s.headOf(token);
    return head != null && head.governor() > token && head.governor() <= noun;
  }

  /** Verbs whose weapons come after "with": "attacked Ukraine with 118 drones". */
  private static final Set<String> ATTACKING_WITH = Set.of("attack", "strike", "hit", "target", "pound", "bombard",
      "shell", "barrage");

  /**
   * The subject of the verb that sends, deploys, keeps or loses the counted noun, or attacks with
   * it ("Russia attacked Ukraine with 118 drones"), or -1.
   */
  private static int agent(Sentence s, int noun) {
    Dependency head = role(s, noun);
    if (head == null || head.governor() < 0) return -1;
    boolean with = head.is("obl") && ATTACKING_WITH.contains(s.token(head.governor()).lemma())
        && s.childrenOf(noun).stream().anyMatch(d -> d.is("case") && s.token(d.dependent()).lemma().equalsIgnoreCase("with"));
    if (!with && !head.is("obj") && !Harm.upToObject(s, head)) return -1;
    if (!with && !SENDING.contains(s.token(head.governor()).lemma())) return -1;
    Dependency subj = s.childOf(head.governor(), "nsubj");
    return subj == null ? -1 : subj.dependent();
  }
}
