package org.sitrep.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.record.Record;
import org.sitrep.record.Span;

class ArticleMarksTest {
  private static final String TEXT = "Officials said the convoy was shelled near the river. Shelling went on.";

  @Test
  void eventMarkIsTheTriggerWordInsideItsSentence() {
    Span sentence = Span.of(TEXT, 0, TEXT.indexOf('.') + 1);
    Mark m = ArticleMarks.eventMark(TEXT, sentence, "shell", "e0", "event-0");
    assertEquals("shelled", TEXT.substring(m.start(), m.end()));
    assertEquals("event-0", m.anchor());
  }

  @Test
  void triggerOutsideTheSentenceIsNotMatchedThereSoTheWholeSentenceIsMarked() {
    Span second = Span.of(TEXT, TEXT.indexOf("Shelling"), TEXT.length());
    Mark m = ArticleMarks.eventMark(TEXT, second, "convoy", "e0", null);
    assertEquals(second.start(), m.start());
    assertEquals(second.end(), m.end());
  }

  @Test
  void triggerMatchesWholeWordsIgnoringCase() {
    Span second = Span.of(TEXT, TEXT.indexOf("Shelling"), TEXT.length());
    Mark m = ArticleMarks.eventMark(TEXT, second, "shelling", "e0", null);
    assertEquals("Shelling", TEXT.substring(m.start(), m.end()));
    Mark none = ArticleMarks.eventMark(TEXT, second, "hell", "e0", null);
    assertEquals(second.start(), none.start(), "no match inside a word");
  }

  @Test
  void hostileRecordGivesOneMarkPerMentionQuoteClaimAndEvidenceSpan() {
    Record r = HostileArticle.record();
    List<Mark> marks = ArticleMarks.of(r);
    assertEquals(List.of("actor", "quote", "figure", "event"), marks.stream().map(Mark::kind).toList());
    Mark figure = marks.get(2);
    assertEquals("5,000", r.article().text().substring(figure.start(), figure.end()));
    assertEquals("claim-0", figure.anchor());
  }
}
