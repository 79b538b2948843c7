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

// Phones: the page's setup opens in full on request, and folds again.
(function () {
  if (window.__sheetSetup) return;
  window.__sheetSetup = true;
  document.addEventListener("click", function (event) {
    var button = event.target.closest ? event.target.closest(".setup-toggle") : null;
    if (!button) return;
    var section = button.closest(".sheet-setup");
    if (!section) return;
    var open = section.classList.toggle("open");
    button.setAttribute("aria-expanded", open ? "true" : "false");
    button.textContent = open ? "Fold the setup" : "Show the whole setup";
  });
})();
