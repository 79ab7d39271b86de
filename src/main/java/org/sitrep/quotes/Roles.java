package org.sitrep.quotes;

import java.util.Set;

/** Nouns that name a speaker by role ("the spokesman") or by institution ("the ministry"). */
final class Roles {
  private static final Set<String> PERSON = Set.of("spokesperson", "spokesman", "spokeswoman",
      "official", "minister", "president", "secretary", "senator", "governor", "chief", "director",
      "leader", "candidate", "nominee", "adviser", "advisor", "aide", "ambassador", "envoy",
      "general", "commander", "chancellor", "mayor", "lawmaker", "congressman", "congresswoman",
      "chairman", "chairwoman", "chair", "representative", "diplomat", "premier", "king", "queen",
      "prince", "judge", "prosecutor", "attorney", "lawyer", "sheriff", "manager", "executive",
      "founder", "ceo", "analyst", "expert", "professor", "researcher", "economist", "author",
      "businessman", "businesswoman", "billionaire", "host", "anchor", "reporter", "journalist",
      "pollster", "strategist", "consultant", "activist", "officer", "colonel", "captain",
      "lieutenant", "sergeant", "doctor", "physician", "priest", "pope", "cleric", "imam");
  private static final Set<String> INSTITUTION = Set.of("ministry", "department", "government",
      "agency", "campaign", "committee", "commission", "company", "firm", "group", "organization",
      "organisation", "office", "military", "army", "police", "embassy", "council", "court",
      "party", "administration", "service", "bureau", "authority", "board", "force", "navy",
      "union", "coalition", "alliance", "network", "newspaper", "paper", "institute", "center",
      "centre", "foundation", "bank", "fund", "team", "club", "university", "school", "hospital",
      "church", "association", "federation", "movement", "front", "corporation", "corp", "times",
      "post", "journal", "channel", "station", "magazine", "site", "website", "outlet");

  private Roles() {}

  static boolean isPersonRole(String lemma) {
    return PERSON.contains(lemma);
  }

  static boolean isInstitution(String lemma) {
    return INSTITUTION.contains(lemma);
  }
}
