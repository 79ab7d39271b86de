// sitrep: click a highlighted span of an article to show its details (and those of the spans around it).
"use strict";
(function () {
  var text = document.getElementById("text");
  var panel = document.getElementById("details");
  if (!text || !panel) return;

  function refsAt(mark) {
    var refs = [];
    for (var m = mark; m && m !== text; m = m.parentElement) {
      var ref = m.getAttribute && m.getAttribute("data-ref");
      if (m.tagName === "MARK" && ref && refs.indexOf(ref) < 0) refs.push(ref);
    }
    return refs;
  }

  function show(refs) {
    panel.querySelectorAll(".detail").forEach(function (d) { d.hidden = true; });
    text.querySelectorAll("mark.active").forEach(function (m) { m.classList.remove("active"); });
    refs.forEach(function (ref) {
      var d = document.getElementById("d-" + ref);
      if (d) { d.hidden = false; panel.appendChild(d); }
      text.querySelectorAll('mark[data-ref="' + ref + '"]').forEach(function (m) { m.classList.add("active"); });
    });
    var hint = panel.querySelector(".hint");
    if (hint) hint.hidden = refs.length > 0;
    panel.classList.toggle("idle", refs.length === 0);
  }

  function pick(event) {
    var mark = event.target.closest && event.target.closest("mark[data-ref]");
    if (!mark || !text.contains(mark)) return;
    show(refsAt(mark));
  }

  text.addEventListener("click", pick);
  text.addEventListener("keydown", function (event) {
    if (event.key === "Enter" || event.key === " ") { event.preventDefault(); pick(event); }
  });
  panel.classList.add("idle");
  if (location.hash.length > 1) {
    var target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (target && target.getAttribute("data-ref")) show(refsAt(target));
  }
})();
