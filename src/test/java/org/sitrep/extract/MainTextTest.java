package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.sitrep.ingest.Input;
import org.sitrep.record.Article;

/** Regression tests for the container choice and the clean-up inside it. */
class MainTextTest {
  private static final String P1 = "<p>The river rose by two metres overnight, flooding the lower"
      + " town, the market and the road to the airport, local officials said on Tuesday.</p>";
  private static final String P2 = "<p>Rescue teams, backed by army trucks, moved about 3,000"
      + " people to schools on higher ground, and more were expected to follow later.</p>";
  private static final String P3 = "<p>The weather service said the rain would ease by Thursday,"
      + " but warned that the water, already at a record, could keep rising until then.</p>";

  private static Article extract(String body) {
    String html = "<html><head><title>Flood</title></head><body>" + body + "</body></html>";
    return new Extraction(ExtractOptions.lenient())
        .apply(new Input("t.html", null, html.getBytes(StandardCharsets.UTF_8), null));
  }

  @Test
  void articleSplitByAdSlotsIsGatheredWhole() {
    String chunk = "<div class=\"grid\"><div class=\"body\">%s</div><div class=\"ad\">Ad</div></div>";
    Article a = extract("<div class=\"chunks\">" + chunk.replace("%s", P1 + P2)
        + chunk.replace("%s", P3 + P3.replace("Thursday", "Friday")) + "</div><footer>Footer links</footer>");
    assertTrue(a.text().contains("flooding the lower town"), a.text());
    assertTrue(a.text().contains("could keep rising"), a.text());
  }

  @Test
  void sentenceWithLinkedNamesIsKept() {
    Article a = extract("<article>" + P1 + "<p><a href=\"/a\">Governor Maria Olsen</a> visited"
        + " <a href=\"/b\">the lower town</a>.</p>" + P2 + P3 + "</article>");
    assertTrue(a.text().contains("Governor Maria Olsen visited the lower town."), a.text());
  }

  @Test
  void listOfLinkedTeasersIsDropped() {
    Article a = extract("<article>" + P1 + P2 + P3 + "<ul>"
        + "<li>Dams under review, <a href=\"/1\">officials say</a></li>"
        + "<li>Farmers count the cost <a href=\"/2\">of a wet year</a></li>"
        + "<li>Why rivers rise <a href=\"/3\">faster now</a></li></ul></article>");
    assertFalse(a.text().contains("Farmers count the cost"), a.text());
  }

  @Test
  void hoverCardInsideAParagraphIsDroppedAndTheParagraphKept() {
    String card = "<span class=\"card\"><a href=\"/p\">Maria Olsen</a> <a href=\"/x\">Governor"
        + " opens new bridge after two years of delays and rising costs in the north</a> <a"
        + " href=\"/y\">Governor names new head of the emergency office after the storm</a></span>";
    Article a = extract("<article><p>Governor " + card + " said the town would be rebuilt within"
        + " two years, whatever the cost, and that help would reach every family.</p>" + P1 + P2
        + "</article>");
    assertTrue(a.text().contains("said the town would be rebuilt"), a.text());
    assertFalse(a.text().contains("opens new bridge"), a.text());
  }

  @Test
  void jsonLdArticleBodyPicksTheRightContainer() {
    String other = "<div class=\"teasers\"><p>Another story entirely, with commas, clauses, and"
        + " many words, about a football match, a transfer, a coach, and a trophy.</p><p>More of"
        + " that other story, with commas, clauses, and words, about goals, cards, and fans.</p>"
        + "<p>Yet more of it, with commas, clauses, and words, about tickets, stadiums, and"
        + " prices.</p></div>";
    String body = (P1 + P2 + P3).replaceAll("<[^>]+>", " ");
    String json = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
        + "\"articleBody\":\"" + body + "\"}</script>";
    Article a = extract(json + other + "<div class=\"x\">" + P1 + P2 + P3 + "</div>");
    assertTrue(a.text().startsWith("The river rose"), a.text());
    assertFalse(a.text().contains("football"), a.text());
  }

  @Test
  void textSeparatedByLineBreaksInsteadOfParagraphs() {
    String text = (P1 + "<br><br>" + P2 + "<br><br>" + P3).replace("<p>", "").replace("</p>", "");
    Article a = extract("<div class=\"menu\"><a href=\"/\">Home</a></div><div>" + text + "</div>");
    assertTrue(a.text().startsWith("The river rose"), a.text());
    assertTrue(a.text().contains("later.\n\nThe weather service"), a.text());
  }

  @Test
  void headlineIsNotPartOfTheBody() {
    Article a = extract("<article><h1>Flood waters rise in the north</h1>" + P1 + P2 + "</article>");
    assertFalse(a.text().contains("Flood waters rise"), a.text());
    assertEquals("Flood waters rise in the north", a.title());
  }
}
