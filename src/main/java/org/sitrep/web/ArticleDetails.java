package org.sitrep.web;

import java.util.List;
import java.util.Map;
import org.sitrep.record.Actor;
import org.sitrep.record.Claim;
import org.sitrep.record.Event;
import org.sitrep.record.Quote;
import org.sitrep.record.Record;
import org.sitrep.record.Source;

/** The hidden panels a click on a mark shows: what the record says about it, with its links. */
final class ArticleDetails {
  private ArticleDetails() {}

  static void write(Html h, Record r, Map<Integer, String> threads) {
    for (int i = 0; i < r.actors().size(); i++) actor(h, r.actors().get(i), "a" + i);
    for (int ord = 0; ord < r.claims().size(); ord++) claim(h, r.claims().get(ord), "c" + ord, threads.get(ord));
    for (int i = 0; i < r.quotes().size(); i++) quote(h, r.quotes().get(i), "q" + i);
    for (int i = 0; i < r.events().size(); i++) event(h, r.events().get(i), "e" + i);
  }

  private static Html panel(Html h, String ref, String kind, String title) {
    return h.open("section", "class", "detail d-" + kind, "id", "d-" + ref, "hidden", "hidden")
        .el("h3", ArticleMarks.label(kind) + ": " + title).open("dl");
  }

  private static void row(Html h, String term, String value) {
    if (value != null && !value.isBlank()) h.el("dt", term).el("dd", value);
  }

  private static void actor(Html h, Actor a, String ref) {
    panel(h, ref, "actor", a.name());
    row(h, "Kind", a.kind());
    row(h, "Country", a.country());
    row(h, "Mentions", Integer.toString(a.mentions().size()));
    h.close("dl").open("p").link(Urls.path("/actors/", a.id()), "All about " + a.name()).close("p").close("section");
  }

  private static void claim(Html h, Claim c, String ref, String thread) {
    panel(h, ref, "figure", Format.range(c.low(), c.high()) + " " + Format.orDash(c.unit()));
    row(h, "Measure", c.measure() + (c.kind() == null ? "" : " (" + c.kind() + ")"));
    row(h, "Qualifier", c.qualifier());
    row(h, "Of", c.subject() == null ? null : c.subject().text());
    row(h, "Claimed by", c.source() == null ? "the reporter" : c.source().text());
    row(h, "Place", c.place() == null ? null : c.place().name());
    row(h, "Time", c.time() == null ? null : c.time().text() + " (" + c.time().value() + ")");
    row(h, "Hedged", c.hedged() ? "yes" : null);
    row(h, "Sentence", c.evidence() == null ? null : c.evidence().text());
    h.close("dl").open("p");
    if (thread != null) h.link(Urls.path("/figures/", thread), "The figure's thread").text(" ");
    actorLink(h, c.source());
    h.close("p").close("section");
  }

  private static void quote(Html h, Quote q, String ref) {
    String who = q.speaker() == null ? "unattributed" : q.speaker().text();
    panel(h, ref, "quote", who);
    row(h, "Cue", q.cue());
    row(h, "Words", Format.cut(q.text(), 300));
    h.close("dl").open("p");
    actorLink(h, q.speaker());
    h.close("p").close("section");
  }

  private static void event(Html h, Event e, String ref) {
    panel(h, ref, "event", e.type() + (e.mode() == null ? "" : " / " + e.mode()));
    row(h, "Trigger", e.trigger());
    row(h, "Place", e.place() == null ? null : e.place().name());
    row(h, "Time", e.time() == null ? null : e.time().text());
    row(h, "Status", e.negated() ? "negated" : e.hypothetical() ? "hypothetical" : e.future() ? "future" : null);
    h.close("dl");
    actors(h, "Actors", e.actors());
    actors(h, "Recipients", e.recipients());
    h.close("section");
  }

  private static void actors(Html h, String label, List<String> ids) {
    if (ids.isEmpty()) return;
    h.open("p").text(label + ": ");
    for (String id : ids) h.link(Urls.path("/actors/", id), id, "class", "chip").text(" ");
    h.close("p");
  }

  private static void actorLink(Html h, Source s) {
    if (s != null && s.actor() != null) h.link(Urls.path("/actors/", s.actor()), "Actor " + s.text());
  }
}
