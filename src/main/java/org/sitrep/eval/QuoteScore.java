package org.sitrep.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Running counts of the quote metric for one system. Content: a gold quote is found when a system
 * quote overlaps its Content span; a system quote is right when it overlaps some gold Content span.
 * Content+speaker: the same, where the overlapping pair must also pass {@link QuoteSpeakerMatch}.
 */
final class QuoteScore {
  private int systemQuotes;
  private int goldQuotes;
  private int contentRight;
  private int contentFound;
  private int speakerRight;
  private int speakerFound;
  private final List<String> notes = new ArrayList<>();

  void add(String doc, List<QuoteGold> gold, List<QuoteCandidate> system) {
    List<QuoteCandidate> scored = system.stream()
        .filter(q -> QuoteWords.words(q.quote().text()) >= QuoteWords.MIN_WORDS).toList();
    systemQuotes += scored.size();
    goldQuotes += gold.size();
    for (QuoteCandidate q : scored) {
      boolean content = gold.stream().anyMatch(g -> q.quote().overlaps(g.content()));
      boolean speaker = gold.stream()
          .anyMatch(g -> q.quote().overlaps(g.content()) && QuoteSpeakerMatch.matches(q, g));
      if (content) contentRight++;
      if (speaker) speakerRight++;
      if (!content) notes.add(doc + "\tFALSE HIT\t" + describe(q));
      else if (!speaker) notes.add(doc + "\tWRONG SPEAKER\t" + describe(q) + goldSources(q, gold));
    }
    for (QuoteGold g : gold) {
      boolean content = scored.stream().anyMatch(q -> q.quote().overlaps(g.content()));
      boolean speaker = scored.stream()
          .anyMatch(q -> q.quote().overlaps(g.content()) && QuoteSpeakerMatch.matches(q, g));
      if (content) contentFound++;
      if (speaker) speakerFound++;
      if (!content) notes.add(doc + "\tMISS\t" + clip(g.content().text()) + " <- "
          + (g.source() == null ? "-" : g.source().text()));
    }
  }

  QuoteFigures figures() {
    return new QuoteFigures(goldQuotes, systemQuotes,
        QuoteFigures.Prf.of(contentRight, systemQuotes, contentFound, goldQuotes),
        QuoteFigures.Prf.of(speakerRight, systemQuotes, speakerFound, goldQuotes));
  }

  List<String> notes() {
    return notes;
  }

  private static String describe(QuoteCandidate q) {
    return clip(q.quote().text()) + " <- " + (q.speaker() == null ? "-" : q.speaker().text())
        + (q.entity() == null || q.entity().equals(q.speaker()) ? "" : " = " + q.entity().text());
  }

  private static String goldSources(QuoteCandidate q, List<QuoteGold> gold) {
    StringBuilder sb = new StringBuilder(" | gold:");
    for (QuoteGold g : gold) {
      if (q.quote().overlaps(g.content())) {
        sb.append(' ').append(g.source() == null ? "-" : g.source().text()).append(';');
      }
    }
    return sb.toString();
  }

  private static String clip(String s) {
    String flat = s.replaceAll("\\s+", " ");
    return flat.length() <= 100 ? flat : flat.substring(0, 97) + "...";
  }
}
