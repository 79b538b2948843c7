// Wide screens: the sections of a sheet pack into their two columns like a masonry
// wall instead of leaving a gap under the shorter one of each row. Each section spans
// as many 4px grid rows as it is tall; the document order (and so print, search and
// screen readers) is unchanged. Without this script the grid simply aligns rows.
(function () {
  if (window.__sheetMasonry) return;
  window.__sheetMasonry = true;
  var ROW = 4;

  function span(section) {
    var height = section.getBoundingClientRect().height;
    section.style.gridRowEnd = "span " + Math.max(1, Math.ceil(height / ROW));
  }

  function layout(grid) {
    var columns = getComputedStyle(grid).gridTemplateColumns.split(" ").length;
    var sections = grid.querySelectorAll(":scope > .sheet-section");
    grid.classList.toggle("sheet-grid--masonry", columns > 1);
    sections.forEach(function (section) {
      if (columns > 1) span(section);
      else section.style.gridRowEnd = "";
    });
  }

  var observer = new ResizeObserver(function (entries) {
    var grids = new Set();
    entries.forEach(function (entry) {
      var grid = entry.target.closest(".sheet-grid");
      if (grid) grids.add(grid);
    });
    grids.forEach(layout);
  });

  function start() {
    document.querySelectorAll(".sheet-grid").forEach(function (grid) {
      layout(grid);
      observer.observe(grid);
      grid.querySelectorAll(":scope > .sheet-section").forEach(function (section) {
        observer.observe(section);
      });
    });
  }

  // Material's instant navigation swaps pages without a reload.
  if (window.document$ && window.document$.subscribe) window.document$.subscribe(start);
  else document.addEventListener("DOMContentLoaded", start);
})();

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
