package org.sitrep.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.sitrep.record.Actor;
import org.sitrep.record.Article;
import org.sitrep.record.Claim;
import org.sitrep.record.Event;
import org.sitrep.record.Mention;
import org.sitrep.record.Place;
import org.sitrep.record.Quote;
import org.sitrep.record.Record;
import org.sitrep.record.Source;
import org.sitrep.record.Span;
import org.sitrep.record.Subject;

/** A record whose every shown value is an attack: script tags, script URLs, attribute breakers, bidi controls. */
final class HostileArticle {
  static final String SCRIPT = "<script>alert('x')</script>";
  static final String SCRIPT_URL = "javascript:alert(1)";
  static final String BREAKER = "\" onmouseover=\"alert(2)";
  static final String BIDI = "\u202Etxt.exe\u202C\u2066i\u2069\u200F";
  static final String ACTOR = "hostile-group";

  private HostileArticle() {}

  static Record record() {
    String text = "Officials said " + SCRIPT + " that 5,000 troops " + BREAKER + " arrived in Town" + BIDI
        + ". See " + SCRIPT_URL + " now.\n\n\"We will hold " + SCRIPT + ",\" the minister said.";
    int qty = text.indexOf("5,000");
    int officials = text.indexOf("Officials");
    int sentenceEnd = text.indexOf(" now.") + 5;
    int quoteStart = text.indexOf("We will");
    int quoteEnd = text.indexOf(",\" the") + 1;
    Span evidence = Span.of(text, officials, sentenceEnd);
    Source claimant = new Source("Officials" + BREAKER, ACTOR, officials, officials + 9);
    Place town = new Place("Town" + BIDI, "Town" + SCRIPT, "UKR", 50.0, 30.0, "locality", null, null);
    Article article = new Article(sha256(text), "/tmp/" + SCRIPT, SCRIPT_URL, "Troops " + SCRIPT + BREAKER + BIDI,
        "2025-01-02", "Outlet " + SCRIPT, "en", text, List.of(SCRIPT + SCRIPT_URL, BREAKER), "analyzed", null,
        List.of("Author" + BREAKER + BIDI), null, "javascript:alert(5)", "site" + BREAKER);
    Actor actor = new Actor(ACTOR, "Group " + SCRIPT + BREAKER + BIDI, "armed_group", "UKR", null,
        List.of(new Mention("Officials", officials, officials + 9, "test")));
    Claim claim = new Claim("troops", "troops", Span.of(text, qty, qty + 5), 5000.0, 5000.0, "exact", null,
        "snapshot", new Subject("troops " + SCRIPT, ACTOR, qty + 6, qty + 12), town, null, claimant, false,
        evidence, "test");
    Quote quote = new Quote(text.substring(quoteStart, quoteEnd), quoteStart, quoteEnd, "said" + BREAKER,
        new Source("the minister" + SCRIPT, ACTOR, quoteEnd + 2, quoteEnd + 14), "test");
    Event event = new Event("MOBILIZE", "troops" + SCRIPT, List.of(ACTOR), List.of(), town, null, false, false,
        false, "arrived", List.of(evidence), "test");
    return new Record(Record.SCHEMA, article, List.of(actor), List.of(claim), List.of(quote), List.of(event));
  }

  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
