package org.sitrep.web;

/** Filter form fields. */
final class Forms {
  private Forms() {}

  static void input(Html h, String name, String label, String value, String type) {
    h.open("label").text(label + " ").empty("input", "type", type, "name", name, "value", value).close("label");
  }

  static void buttons(Html h, String reset) {
    h.el("button", "Filter", "type", "submit").link(reset, "Clear", "class", "clear").close("form");
  }
}
