package org.sitrep.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.record.Actor;
import org.sitrep.record.Claim;
import org.sitrep.record.Event;
import org.sitrep.record.Mention;
import org.sitrep.record.Quote;
import org.sitrep.record.Record;
import org.sitrep.record.Span;

/**
 * The marks of an article, from the record's offsets: every actor mention, each figure's quantity,
 * each quote, and each event's trigger word inside its evidence sentences (the whole sentence when
 * the word is not found there). Details panel ids: a{i}, c{ord}, q{i}, e{i}.
 */
final class ArticleMarks {
  private ArticleMarks() {}

  static List<Mark> of(Record r) {
    List<Mark> out = new ArrayList<>();
    for (int i = 0; i < r.actors().size(); i++) {
      Actor a = r.actors().get(i);
      for (Mention m : a.mentions()) out.add(new Mark(m.start(), m.end(), "actor", "a" + i, null));
    }
    for (int i = 0; i < r.quotes().size(); i++) {
      Quote q = r.quotes().get(i);
      out.add(new Mark(q.start(), q.end(), "quote", "q" + i, "quote-" + i));
    }
    for (int ord = 0; ord < r.claims().size(); ord++) {
      Span s = anchorSpan(r.claims().get(ord));
      if (s != null) out.add(new Mark(s.start(), s.end(), "figure", "c" + ord, "claim-" + ord));
    }
    String text = r.article().text() == null ? "" : r.article().text();
    for (int i = 0; i < r.events().size(); i++) {
      Event e = r.events().get(i);
      boolean first = true;
      for (Span s : e.evidence()) {
        out.add(eventMark(text, s, e.trigger(), "e" + i, first ? "event-" + i : null));
        first = false;
      }
    }
    return out;
  }

  /** The quantity when the record has it, else the evidence sentence. */
  static Span anchorSpan(Claim c) {
    return c.quantity() != null ? c.quantity() : c.evidence();
  }

  static Mark eventMark(String text, Span s, String trigger, String ref, String anchor) {
    int start = Highlighter.snap(text, s.start());
    int end = Highlighter.snap(text, s.end());
    if (trigger != null && !trigger.isBlank() && start < end) {
      Matcher m = Pattern.compile("\\b" + Pattern.quote(trigger.strip()) + "\\w*",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text).region(start, end);
      if (m.find()) return new Mark(m.start(), m.end(), "event", ref, anchor);
    }
    return new Mark(start, end, "event", ref, anchor);
  }

  static String label(String kind) {
    return kind.substring(0, 1).toUpperCase(Locale.ROOT) + kind.substring(1);
  }
}
