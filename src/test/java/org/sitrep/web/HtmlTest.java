package org.sitrep.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class HtmlTest {
  @Test
  void textAndAttributesAreEscaped() {
    String out = new Html().el("p", "<b>\"hi\"</b>", "title", "\" onmouseover=\"alert(1)").toString();
    assertEquals("<p title=\"&quot; onmouseover=&quot;alert(1)\">&lt;b&gt;&quot;hi&quot;&lt;/b&gt;</p>", out);
  }

  @Test
  void unsafeLinkBecomesPlainText() {
    assertEquals("<span>click</span>", new Html().link("javascript:alert(1)", "click").toString());
    assertEquals("<a href=\"https://example.org/\">x</a>", new Html().link("https://example.org/", "x").toString());
  }

  @Test
  void unsafeHrefAttributeIsLeftOut() {
    assertEquals("<img alt=\"x\"/>", new Html().empty("img", "src", "javascript:x", "alt", "x").toString());
  }

  @Test
  void nullAttributeIsLeftOut() {
    assertEquals("<a id=\"k\">t</a>", new Html().el("a", "t", "class", null, "id", "k").toString());
  }

  @Test
  void eventHandlersAndInlineStylesCannotBeWritten() {
    assertThrows(IllegalArgumentException.class, () -> new Html().open("p", "onclick", "x"));
    assertThrows(IllegalArgumentException.class, () -> new Html().open("p", "OnMouseOver", "x"));
    assertThrows(IllegalArgumentException.class, () -> new Html().open("p", "style", "color:red"));
    assertThrows(IllegalArgumentException.class, () -> new Html().open("p\" onclick=\"x"));
    assertThrows(IllegalArgumentException.class, () -> new Html().open("p", "title"));
  }
}
