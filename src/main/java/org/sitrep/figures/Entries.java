package org.sitrep.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.actors.Pronouns;
import org.sitrep.record.Actor;
import org.sitrep.record.Claim;
import org.sitrep.record.Record;
import org.sitrep.store.LedgerStore.Entry;
import org.sitrep.store.LedgerStore.Source;

/** The ledger entries of one stored article: each claim with its thread, before and after corrections. */
final class Entries {
  private Entries() {}

  static List<Entry> of(Source source, Corrections corrections) {
    Record r = source.record();
    List<Entry> out = new ArrayList<>();
    if (r.article().isRejected()) return out;
    for (int ord = 0; ord < r.claims().size(); ord++) {
      Claim c = r.claims().get(ord);
      if (c.measure() == null || c.low() == null) continue;
      String claimId = r.article().id() + "#" + ord;
      String day = source.day() != null ? source.day() : r.article().published();
      ThreadKey key = ThreadKey.of(c, r.actors(), day);
      out.add(new Entry(r.article().id(), ord, key.base(), corrections.thread(key.id(), claimId),
          source.storyId(), day, source.outlet(), key.measure(), key.kind(), key.per(), c.unit(),
          c.qualifier(), c.low(), c.high(), c.subject() == null ? null : c.subject().text(),
          key.state(), key.noun(), key.place(), claimantName(c, r),
          claimantKey(c), c.evidence() == null ? null : c.evidence().text(), key.fate(),
          key.incident()));
    }
    return out;
  }

  /**
   * The claimant as the table shows it: the words of the text, except that a pronoun ("It said")
   * shows the actor it was resolved to.
   */
  static String claimantName(Claim c, Record r) {
    if (c.source() == null) return null;
    String text = c.source().text();
    String actor = c.source().actor();
    if (text == null || actor == null || !Pronouns.isPronoun(text.strip())) return text;
    for (Actor a : r.actors()) if (a.id().equals(actor)) return a.name();
    return text;
  }

  /**
   * The claimant's actor id, else its words in lower case without a leading "the", else
   * {@value Reconciler#UNATTRIBUTED}.
   */
  static String claimantKey(Claim c) {
    if (c.source() == null) return Reconciler.UNATTRIBUTED;
    if (c.source().actor() != null && !c.source().actor().isBlank()) return c.source().actor();
    String text = c.source().text() == null ? "" : c.source().text().strip().toLowerCase(Locale.ROOT);
    text = text.startsWith("the ") ? text.substring(4) : text;
    return text.isBlank() ? Reconciler.UNATTRIBUTED : text;
  }
}
