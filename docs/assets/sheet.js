// An output with its bookkeeping lines left out: its note shows them, or hides them.
(function () {
  if (window.__sheetTrimmed) return;
  window.__sheetTrimmed = true;
  document.addEventListener("click", function (event) {
    var note = event.target.closest ? event.target.closest(".trim-note") : null;
    if (!note) return;
    var block = note.closest(".highlight.trimmed");
    if (!block) return;
    var whole = block.classList.toggle("whole");
    note.setAttribute("aria-expanded", whole ? "true" : "false");
  });
})();
