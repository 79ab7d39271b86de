package org.sitrep.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.nlp.AnnotatedText;

/** One case per speaker pattern, on hand-built parses (no models). */
class QuoteFinderTest {
  private final QuoteFinder finder = new QuoteFinder();

  @Test
  void aSentenceAfterAQuoteThatEndedItsOwnSentenceDoesNotAttributeIt() {
    AnnotatedText t = HandText.of("The agency estimated deaths in the “low thousands.” Neither side has confirmed it.", """
        The DT the O 2 det
        agency NN agency O 3 nsubj
        estimated VBD estimate O 0 root
        deaths NNS death O 3 obj
        in IN in O 9 case
        the DT the O 9 det
        “ `` “ O 9 punct
        low JJ low O 9 amod
        thousands NNS thousand O 4 nmod
        . . . O 3 punct
        ” '' ” O 3 punct
        """, """
        Neither DT neither O 2 det
        side NN side O 4 nsubj
        has VBZ have O 4 aux
        confirmed VBN confirm O 0 root
        it PRP it O 4 obj
        . . . O 4 punct
        """);
    FoundQuote q = only(t);
    assertEquals("low thousands.", q.text());
    assertNull(q.speaker(), () -> "not 'Neither side': " + q.speaker());
  }

  @Test
  void speakerAfterQuoteIsSubjectOfCue() {
    AnnotatedText t = HandText.of("“The deployment must end,” a US State Department spokesperson said.", """
        “ `` “ O 5 punct
        The DT the O 3 det
        deployment NN deployment O 5 nsubj
        must MD must O 5 aux
        end VB end O 13 ccomp
        , , , O 5 punct
        ” '' ” O 5 punct
        a DT a O 12 det
        US NNP us LOCATION 12 compound
        State NNP state ORGANIZATION 11 compound
        Department NNP department ORGANIZATION 12 compound
        spokesperson NN spokesperson O 13 nsubj
        said VBD say O 0 root
        . . . O 13 punct
        """);
    FoundQuote q = only(t);
    assertEquals("The deployment must end,", q.text());
    assertEquals(t.text().indexOf("The"), q.start());
    assertEquals("a US State Department spokesperson", q.speaker().text());
    assertEquals("said", q.cue());
    assertEquals("quote.dep-nsubj", q.finder());
  }

  @Test
  void aDayHungOnTheSpeakerIsNoPartOfIt() {
    AnnotatedText t = HandText.of("The army chief al - Burhan on Friday said: “We will not accept it.”", """
        The DT the O 3 det
        army NN army O 3 compound
        chief NN chief O 9 nsubj
        al NNP al PERSON 6 compound
        - HYPH - PERSON 6 punct
        Burhan NNP burhan PERSON 3 dep
        on IN on O 8 case
        Friday NNP friday O 3 nmod
        said VBD say O 0 root
        : : : O 9 punct
        “ `` “ O 15 punct
        We PRP we O 15 nsubj
        will MD will O 15 aux
        not RB not O 15 advmod
        accept VB accept O 9 ccomp
        it PRP it O 15 obj
        . . . O 9 punct
        ” '' ” O 9 punct
        """);
    FoundQuote q = only(t);
    assertEquals("The army chief al - Burhan", q.speaker().text());
  }

  @Test
  void aSpeakerTheParserHeadedWithItsDayStillSpeaks() {
    AnnotatedText t = HandText.of("One official Monday said: “We will not accept it.”", """
        One CD one O 3 nummod
        official JJ official O 3 amod
        Monday NNP monday O 4 nsubj
        said VBD say O 0 root
        : : : O 4 punct
        “ `` “ O 10 punct
        We PRP we O 10 nsubj
        will MD will O 10 aux
        not RB not O 10 advmod
        accept VB accept O 4 ccomp
        it PRP it O 10 obj
        . . . O 4 punct
        ” '' ” O 4 punct
        """);
    assertEquals("One official Monday", only(t).speaker().text());
  }

  @Test
  void invertedSpeakerKeepsItsPrepositionalModifier() {
    AnnotatedText t = HandText.of("“We regret the decision,” said a spokesperson from Seoul’s foreign ministry.", """
        “ `` “ O 3 punct
        We PRP we O 3 nsubj
        regret VBP regret O 8 ccomp
        the DT the O 5 det
        decision NN decision O 3 obj
        , , , O 3 punct
        ” '' ” O 3 punct
        said VBD say O 0 root
        a DT a O 10 det
        spokesperson NN spokesperson O 8 nsubj
        from IN from O 15 case
        Seoul NNP seoul LOCATION 15 nmod:poss
        ’s POS ’s O 12 case
        foreign JJ foreign O 15 amod
        ministry NN ministry O 10 nmod
        . . . O 8 punct
        """);
    assertEquals("a spokesperson from Seoul’s foreign ministry", only(t).speaker().text());
  }

  @Test
  void anInvertedSpeakerTakenForAComplementBeforeARelativeClauseSpeaks() {
    AnnotatedText t = HandText.of("“We worked all night,” said Oksana Hrytsenko, who led a team.", """
        “ `` “ O 3 punct
        We PRP we O 3 nsubj
        worked VBD work O 8 ccomp
        all DT all O 5 det
        night NN night O 3 obl:tmod
        , , , O 3 punct
        ” '' ” O 3 punct
        said VBD say O 0 root
        Oksana NNP oksana PERSON 10 compound
        Hrytsenko NNP hrytsenko PERSON 8 xcomp
        , , , O 10 punct
        who WP who O 13 nsubj
        led VBD lead O 10 acl:relcl
        a DT a O 15 det
        team NN team O 13 obj
        . . . O 8 punct
        """);
    assertEquals("Oksana Hrytsenko", only(t).speaker().text());
  }

  @Test
  void aVerbTheParserMadeTheSubjectOfTheCueIsNoSpeaker() {
    AnnotatedText t = HandText.of("“Shells fell,” a resident, who asked not to be named, told Wire.", """
        “ `` “ O 3 punct
        Shells NNS shell O 3 nsubj
        fell VBD fall O 0 root
        , , , O 3 punct
        ” '' ” O 3 punct
        a DT a O 7 det
        resident NN resident O 3 dep
        , , , O 7 punct
        who WP who O 16 obj
        asked VBD ask O 16 nsubj
        not RB not O 14 advmod
        to TO to O 14 mark
        be VB be O 14 aux:pass
        named VBN name O 10 acl
        , , , O 16 punct
        told VBD tell O 7 acl:relcl
        Wire NNP wire O 16 obj
        . . . O 3 punct
        """);
    assertEquals("a resident", only(t).speaker().text());
  }

  @Test
  void speakerBeforeColonAndStraightQuotes() {
    AnnotatedText t = HandText.of("Peskov told reporters: \"The talks have stalled.\"", """
        Peskov NNP peskov PERSON 2 nsubj
        told VBD tell O 0 root
        reporters NNS reporter O 2 obj
        : : : O 2 punct
        " `` " O 9 punct
        The DT the O 7 det
        talks NNS talk O 9 nsubj
        have VBP have O 9 aux
        stalled VBN stall O 2 parataxis
        . . . O 9 punct
        " '' " O 9 punct
        """);
    FoundQuote q = only(t);
    assertEquals("The talks have stalled.", q.text());
    assertEquals("Peskov", q.speaker().text());
    assertEquals("told", q.cue());
  }

  @Test
  void partialQuoteTakesPronounResolvedToEarlierPerson() {
    AnnotatedText t = HandText.of(
        "Kremlin spokesman Dmitry Peskov spoke in Moscow. He called the drills “a grave provocation” on Monday.",
        """
        Kremlin NNP kremlin ORGANIZATION 2 compound
        spokesman NN spokesman O 4 compound
        Dmitry NNP dmitry PERSON 4 compound
        Peskov NNP peskov PERSON 5 nsubj
        spoke VBD speak O 0 root
        in IN in O 7 case
        Moscow NNP moscow LOCATION 5 obl
        . . . O 5 punct
        """, """
        He PRP he O 2 nsubj
        called VBD call O 0 root
        the DT the O 4 det
        drills NNS drill O 2 obj
        “ `` “ O 8 punct
        a DT a O 8 det
        grave JJ grave O 8 amod
        provocation NN provocation O 2 xcomp
        ” '' ” O 8 punct
        on IN on O 11 case
        Monday NNP monday O 2 obl
        . . . O 2 punct
        """);
    FoundQuote q = only(t);
    assertEquals("a grave provocation", q.text());
    assertEquals("He", q.speaker().text());
    assertEquals("Dmitry Peskov", q.speakerEntity().text());
  }

  @Test
  void pronounIsNotTheSubjectInsideTheQuoteItsVerbHangsOn() {
    // the parser hung "said" on the quoted clause (parataxis), whose subject is "Denmark"
    AnnotatedText t = HandText.of(
        "Mette Frederiksen announced aid. “Denmark will stand with Ukraine,” she said.",
        """
        Mette NNP mette PERSON 2 compound
        Frederiksen NNP frederiksen PERSON 3 nsubj
        announced VBD announce O 0 root
        aid NN aid O 3 obj
        . . . O 3 punct
        """, """
        “ `` “ O 4 punct
        Denmark NNP denmark LOCATION 4 nsubj
        will MD will O 4 aux
        stand VB stand O 0 root
        with IN with O 6 case
        Ukraine NNP ukraine LOCATION 4 obl
        , , , O 4 punct
        ” '' ” O 4 punct
        she PRP she O 10 nsubj
        said VBD say O 4 parataxis
        . . . O 4 punct
        """);
    FoundQuote q = only(t);
    assertEquals("she", q.speaker().text());
    assertEquals("Mette Frederiksen", q.speakerEntity().text());
  }

  @Test
  void pronounIsNoPersonNamedInsideTheQuote() {
    AnnotatedText t = HandText.of(
        "Mette Frederiksen spoke. “If Putin wins, Europe loses,” she said.",
        """
        Mette NNP mette PERSON 2 compound
        Frederiksen NNP frederiksen PERSON 3 nsubj
        spoke VBD speak O 0 root
        . . . O 3 punct
        """, """
        “ `` “ O 7 punct
        If IN if O 4 mark
        Putin NNP putin PERSON 4 nsubj
        wins VBZ win O 7 advcl
        , , , O 7 punct
        Europe NNP europe LOCATION 7 nsubj
        loses VBZ lose O 0 root
        , , , O 7 punct
        ” '' ” O 7 punct
        she PRP she O 11 nsubj
        said VBD say O 7 parataxis
        . . . O 7 punct
        """);
    FoundQuote q = only(t);
    assertEquals("Mette Frederiksen", q.speakerEntity().text());
  }

  @Test
  void pronounSkipsAPersonNamedOnlyAsAPossessor() {
    // the parser left the name off the subject ("aide ... Ushakov" as dep), so no person is it
    AnnotatedText t = HandText.of(
        "Putin's foreign policy aide Yuri Ushakov said talks were over. “We will not wait,” he said.",
        """
        Putin NNP putin PERSON 5 nmod:poss
        's POS 's O 1 case
        foreign JJ foreign O 4 amod
        policy NN policy O 5 compound
        aide NN aide O 8 nsubj
        Yuri NNP yuri PERSON 7 compound
        Ushakov NNP ushakov PERSON 5 dep
        said VBD say O 0 root
        talks NNS talk O 11 nsubj
        were VBD be O 11 cop
        over RB over O 8 ccomp
        . . . O 8 punct
        """, """
        “ `` “ O 5 punct
        We PRP we O 5 nsubj
        will MD will O 5 aux
        not RB not O 5 advmod
        wait VB wait O 9 ccomp
        , , , O 5 punct
        ” '' ” O 5 punct
        he PRP he O 9 nsubj
        said VBD say O 0 root
        . . . O 9 punct
        """);
    FoundQuote q = only(t);
    assertEquals("he", q.speaker().text());
    assertEquals("Yuri Ushakov", q.speakerEntity().text());
  }

  @Test
  void pronounTakesASpeakerNamedByRoleInTheSentenceBefore() {
    AnnotatedText t = HandText.of(
        "Mayor Vitali Klitschko spoke first. Turkey's foreign minister said so. “It is a step,” he said.",
        """
        Mayor NNP mayor O 3 compound
        Vitali NNP vitali PERSON 3 compound
        Klitschko NNP klitschko PERSON 4 nsubj
        spoke VBD speak O 0 root
        first RB first O 4 advmod
        . . . O 4 punct
        """, """
        Turkey NNP turkey LOCATION 4 nmod:poss
        's POS 's O 1 case
        foreign JJ foreign O 4 amod
        minister NN minister O 5 nsubj
        said VBD say O 0 root
        so RB so O 5 advmod
        . . . O 5 punct
        """, """
        “ `` “ O 5 punct
        It PRP it O 5 nsubj
        is VBZ be O 5 cop
        a DT a O 5 det
        step NN step O 9 ccomp
        , , , O 5 punct
        ” '' ” O 5 punct
        he PRP he O 9 nsubj
        said VBD say O 0 root
        . . . O 9 punct
        """);
    FoundQuote q = only(t);
    assertEquals("he", q.speaker().text());
    assertEquals("Turkey's foreign minister", q.speakerEntity().text());
  }

  @Test
  void aNameRightAfterTheRoleWordIsTheSpeaker() {
    AnnotatedText t = HandText.of("“We will not yield,” Taiwan's president Lai Ching-te told reporters.", """
        “ `` “ O 5 punct
        We PRP we O 5 nsubj
        will MD will O 5 aux
        not RB not O 5 advmod
        yield VB yield O 15 ccomp
        , , , O 5 punct
        ” '' ” O 5 punct
        Taiwan NNP taiwan LOCATION 10 nmod:poss
        's POS 's O 8 case
        president NN president O 15 nsubj
        Lai NNP lai PERSON 14 compound
        Ching NNP ching PERSON 14 compound
        - HYPH - PERSON 14 punct
        te NNP te PERSON 10 dep
        told VBD tell O 0 root
        reporters NNS reporter O 15 obj
        . . . O 15 punct
        """);
    FoundQuote q = only(t);
    assertEquals("Lai Ching-te", q.speakerEntity().text());
  }

  @Test
  void quotedWordsThatNameALawAreNoQuote() {
    AnnotatedText t = HandText.of("Parliament passed the “foreign agents” law, the speaker said.", """
        Parliament NNP parliament ORGANIZATION 2 nsubj
        passed VBD pass O 12 ccomp
        the DT the O 8 det
        “ `` “ O 6 punct
        foreign JJ foreign O 6 amod
        agents NNS agent O 8 compound
        ” '' ” O 6 punct
        law NN law O 2 obj
        , , , O 12 punct
        the DT the O 11 det
        speaker NN speaker O 12 nsubj
        said VBD say O 0 root
        . . . O 12 punct
        """);
    assertTrue(new QuoteFinder().find(t).isEmpty());
  }

  @Test
  void oneLowerCaseQuotedWordInANounPhraseIsStillTheSpeakers() {
    AnnotatedText t = HandText.of("She called it a “manufactured” issue.", """
        She PRP she O 2 nsubj
        called VBD call O 0 root
        it PRP it O 2 obj
        a DT a O 8 det
        “ `` “ O 7 punct
        manufactured JJ manufactured O 8 amod
        ” '' ” O 7 punct
        issue NN issue O 2 xcomp
        . . . O 2 punct
        """);
    int open = t.text().indexOf('“');
    int close = t.text().indexOf('”') + 1;
    assertFalse(Titles.isNamed(t, open, open + 1, close - 1, close));
  }

  @Test
  void accordingToNamesTheSource() {
    AnnotatedText t = HandText.of("“Two bridges were destroyed,” according to the regional governor.", """
        “ `` “ O 5 punct
        Two CD two O 3 nummod
        bridges NNS bridge O 5 nsubj:pass
        were VBD be O 5 aux:pass
        destroyed VBN destroy O 0 root
        , , , O 5 punct
        ” '' ” O 5 punct
        according VBG according O 12 case
        to TO to O 8 fixed
        the DT the O 12 det
        regional JJ regional O 12 amod
        governor NN governor O 5 obl
        . . . O 5 punct
        """);
    FoundQuote q = only(t);
    assertEquals("the regional governor", q.speaker().text());
    assertEquals("according to", q.cue());
    assertEquals("quote.according-to", q.finder());
  }

  @Test
  void quoteContinuedAfterCueKeepsTheSpeaker() {
    AnnotatedText t = HandText.of("“We will respond,” he said. “Nobody should doubt it.”", """
        “ `` “ O 4 punct
        We PRP we O 4 nsubj
        will MD will O 4 aux
        respond VB respond O 8 ccomp
        , , , O 4 punct
        ” '' ” O 4 punct
        he PRP he O 8 nsubj
        said VBD say O 0 root
        . . . O 8 punct
        """, """
        “ `` “ O 4 punct
        Nobody NN nobody O 4 nsubj
        should MD should O 4 aux
        doubt VB doubt O 0 root
        it PRP it O 4 obj
        . . . O 4 punct
        ” '' ” O 4 punct
        """);
    List<FoundQuote> qs = finder.find(t);
    assertEquals(2, qs.size());
    assertEquals("he", qs.get(1).speaker().text());
    assertEquals("quote.continued", qs.get(1).finder());
  }

  @Test
  void multiParagraphQuoteCarriesItsSpeaker() {
    AnnotatedText t = HandText.of(
        "Kim Yo Jong said the drills were a rehearsal for invasion: “They will not go unanswered.\n\n"
            + "“We will answer them in kind.”",
        """
        Kim NNP kim PERSON 4 nsubj
        Yo NNP yo PERSON 1 flat
        Jong NNP jong PERSON 1 flat
        said VBD say O 0 root
        the DT the O 6 det
        drills NNS drill O 9 nsubj
        were VBD be O 9 cop
        a DT a O 9 det
        rehearsal NN rehearsal O 4 ccomp
        for IN for O 11 case
        invasion NN invasion O 9 nmod
        : : : O 4 punct
        “ `` “ O 17 punct
        They PRP they O 17 nsubj
        will MD will O 17 aux
        not RB not O 17 advmod
        go VB go O 4 parataxis
        unanswered JJ unanswered O 17 xcomp
        . . . O 4 punct
        """, """
        “ `` “ O 4 punct
        We PRP we O 4 nsubj
        will MD will O 4 aux
        answer VB answer O 0 root
        them PRP they O 4 obj
        in IN in O 7 case
        kind NN kind O 4 obl
        . . . O 4 punct
        ” '' ” O 4 punct
        """);
    List<FoundQuote> qs = finder.find(t);
    assertEquals(2, qs.size());
    assertEquals("They will not go unanswered.", qs.get(0).text());
    assertEquals("Kim Yo Jong", qs.get(1).speaker().text());
    assertEquals("quote.multi-paragraph", qs.get(1).finder());
  }

  @Test
  void nestedSingleQuotesStayInsideTheOuterQuote() {
    AnnotatedText t = HandText.of("“They call it a ‘special operation’, but it is a war,” the envoy said.", """
        “ `` “ O 3 punct
        They PRP they O 3 nsubj
        call VBP call O 20 ccomp
        it PRP it O 3 obj
        a DT a O 8 det
        ‘ `` ‘ O 8 punct
        special JJ special O 8 amod
        operation NN operation O 3 xcomp
        ’ '' ’ O 8 punct
        , , , O 15 punct
        but CC but O 15 cc
        it PRP it O 15 nsubj
        is VBZ be O 15 cop
        a DT a O 15 det
        war NN war O 3 conj
        , , , O 3 punct
        ” '' ” O 3 punct
        the DT the O 19 det
        envoy NN envoy O 20 nsubj
        said VBD say O 0 root
        . . . O 20 punct
        """);
    FoundQuote q = only(t);
    assertEquals("They call it a ‘special operation’, but it is a war,", q.text());
    assertEquals("the envoy", q.speaker().text());
  }

  @Test
  void institutionNounResolvesToNamedOrganization() {
    AnnotatedText t = HandText.of(
        "Russia’s Defence Ministry released a video. “The strikes hit only military targets,” the ministry said.",
        """
        Russia NNP russia LOCATION 4 nmod:poss
        ’s POS ’s O 1 case
        Defence NNP defence ORGANIZATION 4 compound
        Ministry NNP ministry ORGANIZATION 5 nsubj
        released VBD release O 0 root
        a DT a O 7 det
        video NN video O 5 obj
        . . . O 5 punct
        """, """
        “ `` “ O 4 punct
        The DT the O 3 det
        strikes NNS strike O 4 nsubj
        hit VBD hit O 12 ccomp
        only RB only O 7 advmod
        military JJ military O 7 amod
        targets NNS target O 4 obj
        , , , O 4 punct
        ” '' ” O 4 punct
        the DT the O 11 det
        ministry NN ministry O 12 nsubj
        said VBD say O 0 root
        . . . O 12 punct
        """);
    FoundQuote q = only(t);
    assertEquals("the ministry", q.speaker().text());
    assertEquals("Defence Ministry", q.speakerEntity().text());
  }

  @Test
  void aNameTheParserHungOnTheTitleBelongsToTheSpeaker() {
    AnnotatedText t = HandText.of("“The strike was deliberate,” Ukraine's foreign minister Andrii Sybiha told reporters.", """
        “ `` “ O 5 punct
        The DT the O 3 det
        strike NN strike O 5 nsubj
        was VBD be O 5 cop
        deliberate JJ deliberate O 14 ccomp
        , , , O 14 punct
        ” '' ” O 14 punct
        Ukraine NNP ukraine LOCATION 11 nmod:poss
        's POS 's O 8 case
        foreign JJ foreign O 11 amod
        minister NN minister O 14 nsubj
        Andrii NNP andrii PERSON 13 compound
        Sybiha NNP sybiha PERSON 11 dep
        told VBD tell O 0 root
        reporters NNS reporter O 14 obj
        . . . O 14 punct
        """);
    FoundQuote q = only(t);
    assertEquals("Ukraine's foreign minister Andrii Sybiha", q.speaker().text());
    assertEquals("Andrii Sybiha", q.speakerEntity().text());
  }

  /** The hand parse of 'said: “We hold the town.”' after a speaker of seven tokens. */
  private static final String SAID_WE_HOLD_THE_TOWN = """
      said VBD say O 0 root
      : : : O 8 punct
      “ `` “ O 12 punct
      We PRP we O 12 nsubj
      hold VBP hold O 8 ccomp
      the DT the O 14 det
      town NN town O 12 obj
      . . . O 12 punct
      ” '' ” O 12 punct
      """;

  @Test
  void aPersonInAppositionToTheSpeakerIsWhoSpoke() {
    AnnotatedText t = HandText.of("An army spokesman, Nabil Abdallah, said: “We hold the town.”", """
        An DT a O 3 det
        army NN army O 3 compound
        spokesman NN spokesman O 8 nsubj
        , , , O 3 punct
        Nabil NNP nabil PERSON 6 compound
        Abdallah NNP abdallah PERSON 3 appos
        , , , O 3 punct
        """ + SAID_WE_HOLD_THE_TOWN);
    FoundQuote q = only(t);
    assertEquals("An army spokesman", q.speaker().text());
    assertEquals("Nabil Abdallah", q.speakerEntity().text());
  }

  @Test
  void aNameInAppositionToAPersonsRoleIsWhoSpokeWhateverTheTaggerTookItFor() {
    AnnotatedText t = HandText.of("Its spokesman, Zaw Min Tun, said: “We hold the town.”", """
        Its PRP$ its O 2 nmod:poss
        spokesman NN spokesman O 8 nsubj
        , , , O 2 punct
        Zaw NNP zaw LOCATION 6 compound
        Min NNP min LOCATION 6 compound
        Tun NNP tun LOCATION 2 appos
        , , , O 2 punct
        """ + SAID_WE_HOLD_THE_TOWN);
    FoundQuote q = only(t);
    assertEquals("Its spokesman", q.speaker().text());
    assertEquals("Zaw Min Tun", q.speakerEntity() == null ? null : q.speakerEntity().text());
  }

  @Test
  void shotsFiredAreNoWordsSaid() {
    AnnotatedText t = HandText.of("The army said its troops fired warning shots at “suspects” nearby.", """
        The DT the O 2 det
        army NN army O 3 nsubj
        said VBD say O 0 root
        its PRP$ its O 5 nmod:poss
        troops NNS troop O 6 nsubj
        fired VBD fire O 3 ccomp
        warning VBG warn O 6 xcomp
        shots NNS shot O 7 obj
        at IN at O 11 case
        “ `` “ O 11 punct
        suspects NNS suspect O 7 obl
        ” '' ” O 11 punct
        nearby RB nearby O 6 advmod
        . . . O 3 punct
        """);
    FoundQuote q = only(t);
    assertEquals("said", q.cue());
    assertEquals("The army", q.speaker().text());
  }

  @Test
  void aVerbOfSayingUnderAModalQuotesNoOne() {
    AnnotatedText t = HandText.of("Zakharova said Moscow would respond “in a way that hurts”.", """
        Zakharova NNP zakharova PERSON 2 nsubj
        said VBD say O 0 root
        Moscow NNP moscow LOCATION 5 nsubj
        would MD would O 5 aux
        respond VB respond O 2 ccomp
        “ `` “ O 9 punct
        in IN in O 9 case
        a DT a O 9 det
        way NN way O 5 obl
        that WDT that O 11 nsubj
        hurts VBZ hurt O 9 acl:relcl
        ” '' ” O 9 punct
        . . . O 2 punct
        """);
    assertEquals("Zakharova", only(t).speaker().text());
  }

  @Test
  void quoteInParagraphAfterSpeakerIntroCarriesTheSpeaker() {
    AnnotatedText t = HandText.of(
        "Foreign ministry spokeswoman Maria Zakharova told a briefing on Thursday that Kyiv had rejected the offer.\n\n"
            + "“Western weapons only prolong the conflict.”",
        """
        Foreign JJ foreign O 2 amod
        ministry NN ministry O 3 compound
        spokeswoman NN spokeswoman O 5 compound
        Maria NNP maria PERSON 5 compound
        Zakharova NNP zakharova PERSON 6 nsubj
        told VBD tell O 0 root
        a DT a O 8 det
        briefing NN briefing O 6 obj
        on IN on O 10 case
        Thursday NNP thursday O 6 obl
        that IN that O 14 mark
        Kyiv NNP kyiv LOCATION 14 nsubj
        had VBD have O 14 aux
        rejected VBN reject O 6 ccomp
        the DT the O 16 det
        offer NN offer O 14 obj
        . . . O 6 punct
        """, """
        “ `` “ O 5 punct
        Western JJ western MISC 3 amod
        weapons NNS weapon O 5 nsubj
        only RB only O 5 advmod
        prolong VBP prolong O 0 root
        the DT the O 7 det
        conflict NN conflict O 5 obj
        . . . O 5 punct
        ” '' ” O 5 punct
        """);
    FoundQuote q = only(t);
    assertEquals("quote.paragraph-carry", q.finder());
    assertEquals("Foreign ministry spokeswoman Maria Zakharova", q.speaker().text());
    assertEquals("Maria Zakharova", q.speakerEntity().text());
  }

  @Test
  void singleQuotesInHeadline() {
    AnnotatedText t = HandText.of("Kremlin says ‘no talks without guarantees’", """
        Kremlin NNP kremlin ORGANIZATION 2 nsubj
        says VBZ say O 0 root
        ‘ `` ‘ O 5 punct
        no DT no O 5 det
        talks NNS talk O 2 obj
        without IN without O 7 case
        guarantees NNS guarantee O 5 nmod
        ’ '' ’ O 5 punct
        """);
    FoundQuote q = only(t);
    assertEquals("no talks without guarantees", q.text());
    assertEquals("Kremlin", q.speaker().text());
  }

  @Test
  void pronounSkipsPersonOfOtherGender() {
    AnnotatedText t = HandText.of("Mr. Wang met Ms. Baerbock in Berlin. “We disagree on Taiwan,” she said.", """
        Mr. NNP mr. O 2 compound
        Wang NNP wang PERSON 3 nsubj
        met VBD meet O 0 root
        Ms. NNP ms. O 5 compound
        Baerbock NNP baerbock PERSON 3 obj
        in IN in O 7 case
        Berlin NNP berlin LOCATION 3 obl
        . . . O 3 punct
        """, """
        “ `` “ O 3 punct
        We PRP we O 3 nsubj
        disagree VBP disagree O 9 ccomp
        on IN on O 5 case
        Taiwan NNP taiwan LOCATION 3 obl
        , , , O 3 punct
        ” '' ” O 3 punct
        she PRP she O 9 nsubj
        said VBD say O 0 root
        . . . O 9 punct
        """);
    assertEquals("Baerbock", only(t).speakerEntity().text());
  }

  @Test
  void pronounTaggedAsPersonByNerIsStillResolved() {
    AnnotatedText t = HandText.of("Ms. Baerbock flew to Kyiv. “We stand with Ukraine,” she said.", """
        Ms. NNP ms. O 2 compound
        Baerbock NNP baerbock PERSON 3 nsubj
        flew VBD fly O 0 root
        to IN to O 5 case
        Kyiv NNP kyiv LOCATION 3 obl
        . . . O 3 punct
        """, """
        “ `` “ O 3 punct
        We PRP we O 3 nsubj
        stand VBP stand O 9 ccomp
        with IN with O 5 case
        Ukraine NNP ukraine LOCATION 3 obl
        , , , O 3 punct
        ” '' ” O 3 punct
        she PRP she PERSON 9 nsubj
        said VBD say O 0 root
        . . . O 9 punct
        """);
    assertEquals("Baerbock", only(t).speakerEntity().text());
  }

  @Test
  void pronounUnderSpeechVerbResolvesToThatVerbsSubject() {
    AnnotatedText t = HandText.of(
        "Clinton praised Machado, and said she called the attacks “a war of some pretty unpleasant words”.", """
        Clinton NNP clinton PERSON 2 nsubj
        praised VBD praise O 0 root
        Machado NNP machado PERSON 2 obj
        , , , O 6 punct
        and CC and O 6 cc
        said VBD say O 2 conj
        she PRP she O 8 nsubj
        called VBD call O 6 ccomp
        the DT the O 10 det
        attacks NNS attack O 8 obj
        “ `` “ O 13 punct
        a DT a O 13 det
        war NN war O 8 xcomp
        of IN of O 18 case
        some DT some O 18 det
        pretty RB pretty O 17 advmod
        unpleasant JJ unpleasant O 18 amod
        words NNS word O 13 nmod
        ” '' ” O 13 punct
        . . . O 2 punct
        """);
    FoundQuote q = only(t);
    assertEquals("she", q.speaker().text());
    assertEquals("Clinton", q.speakerEntity().text());
  }

  @Test
  void itResolvesToRecentOrganization() {
    AnnotatedText t = HandText.of(
        "The Pentagon released new figures on Friday. “The numbers speak for themselves,” it said.", """
        The DT the O 2 det
        Pentagon NNP pentagon ORGANIZATION 3 nsubj
        released VBD release O 0 root
        new JJ new O 5 amod
        figures NNS figure O 3 obj
        on IN on O 7 case
        Friday NNP friday O 3 obl
        . . . O 3 punct
        """, """
        “ `` “ O 4 punct
        The DT the O 3 det
        numbers NNS number O 4 nsubj
        speak VBP speak O 10 ccomp
        for IN for O 6 case
        themselves PRP themselves O 4 obl
        , , , O 4 punct
        ” '' ” O 4 punct
        it PRP it O 10 nsubj
        said VBD say O 0 root
        . . . O 10 punct
        """);
    FoundQuote q = only(t);
    assertEquals("it", q.speaker().text());
    assertEquals("Pentagon", q.speakerEntity().text());
  }

  /** "Spokesman Dmitry Peskov spoke on Friday.", parsed: the sentence that names the role's holder. */
  private static final String PESKOV_SPOKE = """
      Spokesman NNP spokesman O 3 compound
      Dmitry NNP dmitry PERSON 3 compound
      Peskov NNP peskov PERSON 4 nsubj
      spoke VBD speak O 0 root
      on IN on O 6 case
      Friday NNP friday O 4 obl
      . . . O 4 punct
      """;

  /** "“Nothing has been agreed,” ", parsed, its verb hanging on token 11 (the cue after it). */
  private static final String NOTHING_AGREED = """
      “ `` “ O 5 punct
      Nothing NN nothing O 5 nsubj:pass
      has VBZ have O 5 aux
      been VBN be O 5 aux:pass
      agreed VBN agree O 11 ccomp
      , , , O 5 punct
      ” '' ” O 5 punct
      """;

  @Test
  void roleNounResolvesToPersonNamedWithThatRole() {
    AnnotatedText t = HandText.of(
        "Spokesman Dmitry Peskov spoke on Friday. “Nothing has been agreed,” the spokesman said.",
        PESKOV_SPOKE, NOTHING_AGREED.replace(" 11 ccomp", " 10 ccomp") + """
        the DT the O 9 det
        spokesman NN spokesman O 10 nsubj
        said VBD say O 0 root
        . . . O 10 punct
        """);
    assertEquals("Dmitry Peskov", only(t).speakerEntity().text());
  }

  @Test
  void aRoleHoldersPossessorIsNotWhoSpoke() {
    AnnotatedText t = HandText.of(
        "Spokesman Dmitry Peskov spoke on Friday. “Nothing has been agreed,” Putin's spokesman said.",
        PESKOV_SPOKE, NOTHING_AGREED + """
        Putin NNP putin PERSON 10 nmod:poss
        's POS 's O 8 case
        spokesman NN spokesman O 11 nsubj
        said VBD say O 0 root
        . . . O 11 punct
        """);
    FoundQuote q = only(t);
    assertEquals("Putin's spokesman", q.speaker().text());
    assertEquals("Dmitry Peskov", q.speakerEntity().text());
  }

  @Test
  void roleNounWithNoNameResolvesToTheEarlierPhraseThatSaysWhoseItIs() {
    AnnotatedText t = HandText.of(
        "A Kremlin official spoke on Friday. “Nothing has been agreed,” the official said.", """
        A DT a O 3 det
        Kremlin NNP kremlin O 3 compound
        official NN official O 4 nsubj
        spoke VBD speak O 0 root
        on IN on O 6 case
        Friday NNP friday O 4 obl
        . . . O 4 punct
        """, NOTHING_AGREED.replace(" 11 ccomp", " 10 ccomp") + """
        the DT the O 9 det
        official NN official O 10 nsubj
        said VBD say O 0 root
        . . . O 10 punct
        """);
    assertEquals("the official", only(t).speaker().text());
    assertEquals("Kremlin official", only(t).speakerEntity().text());
  }

  @Test
  void roleNounWithNoNameResolvesToAnEarlierPhraseThatSaysWhoseItIsAfterTheWord() {
    AnnotatedText t = HandText.of(
        "A spokesperson for the State Department spoke. “Nothing has been agreed,” the spokesperson said.", """
        A DT a O 2 det
        spokesperson NN spokesperson O 7 nsubj
        for IN for O 6 case
        the DT the O 6 det
        State NNP state ORGANIZATION 6 compound
        Department NNP department ORGANIZATION 2 nmod
        spoke VBD speak O 0 root
        . . . O 7 punct
        """, NOTHING_AGREED.replace(" 11 ccomp", " 10 ccomp") + """
        the DT the O 9 det
        spokesperson NN spokesperson O 10 nsubj
        said VBD say O 0 root
        . . . O 10 punct
        """);
    assertEquals("the spokesperson", only(t).speaker().text());
    assertEquals("spokesperson for the State Department", only(t).speakerEntity().text());
  }

  @Test
  void aPersonDescribedByAgeIsTheOneNamedBefore() {
    AnnotatedText t = HandText.of(
        "Olena Petrenko was asleep. “Nothing has been agreed,” the 67-year-old teacher said.", """
        Olena NNP olena PERSON 2 compound
        Petrenko NNP petrenko PERSON 4 nsubj
        was VBD be O 4 cop
        asleep JJ asleep O 0 root
        . . . O 4 punct
        """, NOTHING_AGREED.replace(" 11 ccomp", " 11 ccomp") + """
        the DT the O 10 det
        67-year-old JJ 67-year-old O 10 amod
        teacher NN teacher O 11 nsubj
        said VBD say O 0 root
        . . . O 11 punct
        """);
    assertEquals("the 67-year-old teacher", only(t).speaker().text());
    assertEquals("Olena Petrenko", only(t).speakerEntity().text());
  }

  @Test
  void aStatementStandsForWhoeverIssuedIt() {
    AnnotatedText t = HandText.of("The ministry issued a statement saying the plan “ignores the sovereignty of the state.”", """
        The DT the O 2 det
        ministry NN ministry O 3 nsubj
        issued VBD issue O 0 root
        a DT a O 5 det
        statement NN statement O 3 obj
        saying VBG say O 5 acl
        the DT the O 8 det
        plan NN plan O 10 nsubj
        “ `` “ O 10 punct
        ignores VBZ ignore O 6 ccomp
        the DT the O 12 det
        sovereignty NN sovereignty O 10 obj
        of IN of O 15 case
        the DT the O 15 det
        state NN state O 12 nmod
        . . . O 3 punct
        ” '' ” O 3 punct
        """);
    assertEquals("a statement", only(t).speaker().text());
    assertEquals("The ministry", only(t).speakerEntity().text());
  }

  @Test
  void quotedTitleIsNotAQuote() {
    AnnotatedText t = HandText.of("He appeared on “Face the Nation” on Sunday.", """
        He PRP he O 2 nsubj
        appeared VBD appear O 0 root
        on IN on O 7 case
        “ `` “ O 7 punct
        Face NNP face O 7 compound
        the DT the O 7 det
        Nation NNP nation O 2 obl
        ” '' ” O 7 punct
        on IN on O 10 case
        Sunday NNP sunday O 2 obl
        . . . O 2 punct
        """);
    assertTrue(finder.find(t).isEmpty());
  }

  @Test
  void nameAfterDashSignsTheQuote() {
    AnnotatedText t = HandText.of("“Peace is possible if both sides want it.” ― Amina Yusuf", """
        “ `` “ O 4 punct
        Peace NN peace O 4 nsubj
        is VBZ be O 4 cop
        possible JJ possible O 0 root
        if IN if O 8 mark
        both DT both O 7 det
        sides NNS side O 8 nsubj
        want VBP want O 4 advcl
        it PRP it O 8 obj
        . . . O 4 punct
        ” '' ” O 4 punct
        ― : ― O 4 punct
        Amina NNP amina PERSON 14 compound
        Yusuf NNP yusuf PERSON 4 dep
        """);
    FoundQuote q = only(t);
    assertEquals("Amina Yusuf", q.speaker().text());
    assertEquals("quote.dash-signed", q.finder());
  }

  @Test
  void transcriptLabelInsideQuoteIsTheSpeaker() {
    AnnotatedText t = HandText.of("\"HOST: Where do the talks stand now?\"", """
        " `` " O 7 punct
        HOST NN host O 7 dep
        : : : O 2 punct
        Where WRB where O 7 advmod
        do VBP do O 7 aux
        the DT the O 6 det
        talks NNS talk O 7 nsubj
        stand VB stand O 0 root
        now RB now O 8 advmod
        ? . ? O 8 punct
        " '' " O 8 punct
        """);
    FoundQuote q = only(t);
    assertEquals("HOST", q.speaker().text());
    assertEquals("quote.transcript", q.finder());
  }

  @Test
  void aCommaParticipleOfSayingHungOnTheObjectSpeaksForTheClausesSubject() {
    AnnotatedText t = HandText.of(
        "The envoy condemned the new sanctions, saying that they “will only deepen the crisis.”", """
        The DT the O 2 det
        envoy NN envoy O 3 nsubj
        condemned VBD condemn O 0 root
        the DT the O 6 det
        new JJ new O 6 amod
        sanctions NNS sanction O 3 obj
        , , , O 6 punct
        saying VBG say O 6 acl
        that IN that O 13 mark
        they PRP they O 13 nsubj
        “ `` “ O 13 punct
        will MD will O 13 aux
        only RB only O 13 advmod
        deepen VB deepen O 8 ccomp
        the DT the O 16 det
        crisis NN crisis O 14 obj
        . . . O 3 punct
        ” '' ” O 3 punct
        """);
    assertEquals("The envoy", only(t).speaker().text());
  }

  @Test
  void aTimeIsNeverTheSpeaker() {
    AnnotatedText t = HandText.of(
        "At talks this weekend in Geneva, Amina Yusuf, the mediator, told the delegates that “nobody"
            + " leaves without a deal.”", """
        At IN at O 2 case
        talks NNS talk O 19 obl
        this DT this O 4 det
        weekend NN weekend O 19 nsubj
        in IN in O 6 case
        Geneva NNP geneva LOCATION 4 nmod
        , , , O 6 punct
        Amina NNP amina PERSON 9 compound
        Yusuf NNP yusuf PERSON 6 appos
        , , , O 6 punct
        the DT the O 12 det
        mediator NN mediator O 6 appos
        , , , O 4 punct
        told VBD tell O 4 acl
        the DT the O 16 det
        delegates NNS delegate O 14 obj
        that IN that O 19 mark
        “ `` “ O 19 punct
        nobody NN nobody O 0 root
        leaves VBZ leave O 19 dep
        without IN without O 23 case
        a DT a O 23 det
        deal NN deal O 20 obl
        . . . O 19 punct
        ” '' ” O 19 punct
        """);
    FoundQuote q = only(t);
    assertEquals("Amina Yusuf", q.speakerEntity() == null ? null : q.speakerEntity().text(), q::toString);
  }

  @Test
  void aCueTheQuoteGovernsTakesNoSubjectFromInsideTheQuote() {
    AnnotatedText t = HandText.of(
        "After saying her convoy was “too exposed to move,” the general was ordered back to base.", """
        After IN after O 2 mark
        saying VBG say O 8 advcl
        her PRP$ she O 4 nmod:poss
        convoy NN convoy O 8 nsubj
        was VBD be O 8 cop
        “ `` “ O 8 punct
        too RB too O 8 advmod
        exposed JJ exposed O 0 root
        to TO to O 10 mark
        move VB move O 8 xcomp
        , , , O 8 punct
        ” '' ” O 8 punct
        the DT the O 14 det
        general NN general O 16 nsubj:pass
        was VBD be O 16 aux:pass
        ordered VBN order O 8 parataxis
        back RB back O 16 advmod
        to IN to O 19 case
        base NN base O 16 obl
        . . . O 8 punct
        """);
    assertSpeaker(t, "the general");
  }

  @Test
  void aCueInARelativeClauseOfTheQuotesSubjectIsNotTheQuotes() {
    AnnotatedText t = HandText.of(
        "The minister dismissed the criticism, saying anyone who complains about the delays “does not"
            + " understand the war.”", """
        The DT the O 2 det
        minister NN minister O 3 nsubj
        dismissed VBD dismiss O 0 root
        the DT the O 5 det
        criticism NN criticism O 3 obj
        , , , O 3 punct
        saying VBG say O 3 advcl
        anyone NN anyone O 17 nsubj
        who WP who O 10 nsubj
        complains VBZ complain O 8 acl:relcl
        about IN about O 13 case
        the DT the O 13 det
        delays NNS delay O 10 obl
        “ `` “ O 17 punct
        does VBZ do O 17 aux
        not RB not O 17 advmod
        understand VB understand O 7 ccomp
        the DT the O 19 det
        war NN war O 17 obj
        . . . O 3 punct
        ” '' ” O 3 punct
        """);
    assertSpeaker(t, "The minister");
  }

  @Test
  void aReportThatFoundSpeaks() {
    AnnotatedText t = HandText.of(
        "A UN report released in March found that the camps lacked “even the most basic sanitation.”", """
        A DT a O 3 det
        UN NNP un ORGANIZATION 3 compound
        report NN report O 7 nsubj
        released VBN release O 3 acl
        in IN in O 6 case
        March NNP march DATE 4 obl
        found VBD find O 0 root
        that IN that O 11 mark
        the DT the O 10 det
        camps NNS camp O 11 nsubj
        lacked VBD lack O 7 ccomp
        “ `` “ O 17 punct
        even RB even O 17 advmod
        the DT the O 17 det
        most RBS most O 16 advmod
        basic JJ basic O 17 amod
        sanitation NN sanitation O 11 obj
        . . . O 7 punct
        ” '' ” O 7 punct
        """);
    assertSpeaker(t, "A UN report");
  }

  @Test
  void aQuoteTheReporterRelaysIsWhomItQuotesOrCites() {
    AnnotatedText quoted = HandText.of(
        "“We will respond to this attack with full force,” Reuters quoted a senior security official as saying.", """
        “ `` “ O 14 punct
        We PRP we O 4 nsubj
        will MD will O 4 aux
        respond VB respond O 14 ccomp
        to IN to O 7 case
        this DT this O 7 det
        attack NN attack O 4 obl
        with IN with O 10 case
        full JJ full O 10 amod
        force NN force O 4 obl
        , , , O 14 punct
        ” '' ” O 14 punct
        Reuters NNP reuters ORGANIZATION 14 nsubj
        quoted VBD quote O 0 root
        a DT a O 18 det
        senior JJ senior O 18 amod
        security NN security O 18 compound
        official NN official O 14 obj
        as IN as O 20 case
        saying VBG say O 14 obl
        . . . O 14 punct
        """);
    assertSpeaker(quoted, "a senior security official");
    AnnotatedText cited = HandText.of(
        "“The situation in the city is catastrophic,” the state news agency reported, citing a local official.", """
        “ `` “ O 15 punct
        The DT the O 3 det
        situation NN situation O 8 nsubj
        in IN in O 6 case
        the DT the O 6 det
        city NN city O 3 nmod
        is VBZ be O 8 cop
        catastrophic JJ catastrophic O 15 ccomp
        , , , O 15 punct
        ” '' ” O 15 punct
        the DT the O 14 det
        state NN state O 14 compound
        news NN news O 14 compound
        agency NN agency O 15 nsubj
        reported VBD report O 0 root
        , , , O 15 punct
        citing VBG cite O 15 dep
        a DT a O 20 det
        local JJ local O 20 amod
        official NN official O 17 obj
        . . . O 15 punct
        """);
    assertSpeaker(cited, "a local official");
    // a reason cited is no speaker
    AnnotatedText reason = HandText.of(
        "“We will not stop,” the group said, citing security concerns.", """
        “ `` “ O 10 punct
        We PRP we O 5 nsubj
        will MD will O 5 aux
        not RB not O 5 advmod
        stop VB stop O 10 ccomp
        , , , O 10 punct
        ” '' ” O 10 punct
        the DT the O 9 det
        group NN group O 10 nsubj
        said VBD say O 0 root
        , , , O 10 punct
        citing VBG cite O 14 amod
        security NN security O 14 compound
        concerns NNS concern O 10 nsubj
        . . . O 10 punct
        """);
    assertSpeaker(reason, "the group");
  }

  @Test
  void perNamesTheSourceAsAccordingToDoes() {
    AnnotatedText t = HandText.of(
        "Proxies are barred when members vote “to replace a candidate on the ticket,” per the party's"
            + " rules.", """
        Proxies NNS proxy O 3 nsubj:pass
        are VBP be O 3 aux:pass
        barred VBN bar O 0 root
        when WRB when O 6 advmod
        members NNS member O 6 nsubj
        vote VBP vote O 3 advcl
        “ `` “ O 9 punct
        to TO to O 9 mark
        replace VB replace O 6 xcomp
        a DT a O 11 det
        candidate NN candidate O 9 obj
        on IN on O 14 case
        the DT the O 14 det
        ticket NN ticket O 11 nmod
        , , , O 9 punct
        ” '' ” O 9 punct
        per IN per O 21 case
        the DT the O 19 det
        party NN party O 21 nmod:poss
        's POS 's O 19 case
        rules NNS rule O 3 obl
        . . . O 3 punct
        """);
    assertSpeaker(t, "the party's rules");
    assertEquals("quote.according-to", only(t).finder());
  }

  @Test
  void aParticipleAfterARelativeClauseSetOffByDashesIsTheMainClauses() {
    AnnotatedText t = HandText.of(
        "Protesters marched past the stadium - where the home team played the visitors - while chanting,"
            + " “We want justice now.”", """
        Protesters NNS protester O 2 nsubj
        marched VBD march O 0 root
        past IN past O 5 case
        the DT the O 5 det
        stadium NN stadium O 2 obl
        - HYPH - O 11 punct
        where WRB where O 11 advmod
        the DT the O 10 det
        home NN home O 10 compound
        team NN team O 11 nsubj
        played VBD play O 5 acl:relcl
        the DT the O 13 det
        visitors NNS visitor O 11 obj
        - HYPH - O 11 punct
        while IN while O 16 mark
        chanting VBG chant O 11 advcl
        , , , O 16 punct
        “ `` “ O 20 punct
        We PRP we O 20 nsubj
        want VBP want O 16 ccomp
        justice NN justice O 20 obj
        now RB now O 20 advmod
        . . . O 2 punct
        ” '' ” O 2 punct
        """);
    assertSpeaker(t, "Protesters");
  }

  @Test
  void aStatementSayingSpeaksItself() {
    AnnotatedText t = HandText.of("The army issued a statement saying the town “remains under our control.”", """
        The DT the O 2 det
        army NN army O 3 nsubj
        issued VBD issue O 0 root
        a DT a O 5 det
        statement NN statement O 3 obj
        saying VBG say O 5 acl
        the DT the O 8 det
        town NN town O 10 nsubj
        “ `` “ O 10 punct
        remains VBZ remain O 6 ccomp
        under IN under O 13 case
        our PRP$ our O 13 nmod:poss
        control NN control O 10 obl
        . . . O 3 punct
        ” '' ” O 3 punct
        """);
    assertEquals("a statement", only(t).speaker().text());
  }

  @Test
  void quoteWithoutAnySpeakerHasNullSpeaker() {
    AnnotatedText t = HandText.of("Protesters carried “No more war in our land” banners.", """
        Protesters NNS protester O 2 nsubj
        carried VBD carry O 0 root
        “ `` “ O 11 punct
        No DT no O 6 det
        more JJ more O 6 amod
        war NN war O 11 compound
        in IN in O 9 case
        our PRP$ our O 9 nmod:poss
        land NN land O 6 nmod
        ” '' ” O 11 punct
        banners NNS banner O 2 obj
        . . . O 2 punct
        """);
    FoundQuote q = only(t);
    assertNull(q.speaker());
    assertNull(q.speakerEntity());
  }

  /** The one quote's speaker, as written, with the quote in the message when it differs. */
  private void assertSpeaker(AnnotatedText t, String speaker) {
    FoundQuote q = only(t);
    assertEquals(speaker, q.speaker() == null ? null : q.speaker().text(), q::toString);
  }

  private FoundQuote only(AnnotatedText t) {
    List<FoundQuote> qs = finder.find(t);
    assertEquals(1, qs.size(), () -> "quotes: " + qs);
    return qs.get(0);
  }

  @Test
  void itAfterABodyThatSpokeIsThatBodyNotAGroupNamedInWhatItSaid() {
    AnnotatedText t = HandText.of("The military said it struck a Hamas centre. It said the strike killed “several armed men”.", """
        The DT the O 2 det
        military NN military O 3 nsubj
        said VBD say O 0 root
        it PRP it O 5 nsubj
        struck VBD strike O 3 ccomp
        a DT a O 8 det
        Hamas NNP hamas ORGANIZATION 8 compound
        centre NN centre O 5 obj
        . . . O 3 punct
        """, """
        It PRP it O 2 nsubj
        said VBD say O 0 root
        the DT the O 4 det
        strike NN strike O 5 nsubj
        killed VBD kill O 2 ccomp
        “ `` “ O 9 punct
        several JJ several O 9 amod
        armed JJ armed O 9 amod
        men NNS man O 5 obj
        ” '' ” O 9 punct
        . . . O 2 punct
        """);
    FoundQuote q = only(t);
    assertEquals("It", q.speaker().text());
    assertEquals("The military", q.speakerEntity().text());
  }

  @Test
  void aSpokesmanOfANamedSideIsNotAnotherSidesSpokesmanNamedBefore() {
    AnnotatedText t = HandText.of("A government spokesman spoke. “We will not take the town,” an M23 spokesman said.", """
        A DT a O 3 det
        government NN government O 3 compound
        spokesman NN spokesman O 4 nsubj
        spoke VBD speak O 0 root
        . . . O 4 punct
        """, """
        “ `` “ O 5 punct
        We PRP we O 5 nsubj
        will MD will O 5 aux
        not RB not O 5 advmod
        take VB take O 13 ccomp
        the DT the O 7 det
        town NN town O 5 obj
        , , , O 5 punct
        ” '' ” O 5 punct
        an DT a O 12 det
        M23 NN m23 O 12 compound
        spokesman NN spokesman O 13 nsubj
        said VBD say O 0 root
        . . . O 13 punct
        """);
    FoundQuote q = only(t);
    assertEquals("an M23 spokesman", q.speaker().text());
    assertEquals("an M23 spokesman", q.speakerEntity().text());
  }
}
