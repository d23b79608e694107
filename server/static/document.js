// A document page: the sentence a link points at (#ev-…) is highlighted, the text after its anchor.
(function () {
  "use strict";
  function mark() {
    document.querySelectorAll("mark.current").forEach((m) => m.classList.remove("current"));
    const anchor = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
    let next = anchor && anchor.nextElementSibling;
    while (next && next.classList.contains("anchor")) next = next.nextElementSibling;
    if (next && next.tagName === "MARK") next.classList.add("current");
  }
  window.addEventListener("hashchange", mark);
  mark();
})();
