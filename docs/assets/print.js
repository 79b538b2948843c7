// Printing: open every <details> and print in the light colour scheme, then put
// the page back the way the reader left it. (print.css lays the page out.)
(function () {
  if (window.__printQuickReference) return; // loaded once per window
  window.__printQuickReference = true;
  var opened = [];
  var scheme = null;
  window.addEventListener("beforeprint", function () {
    opened = Array.prototype.slice.call(document.querySelectorAll("details:not([open])"));
    opened.forEach(function (details) { details.open = true; });
    scheme = document.body.getAttribute("data-md-color-scheme");
    if (scheme && scheme !== "default") {
      document.body.setAttribute("data-md-color-scheme", "default");
    }
  });
  window.addEventListener("afterprint", function () {
    opened.forEach(function (details) { details.open = false; });
    opened = [];
    if (scheme && scheme !== "default") {
      document.body.setAttribute("data-md-color-scheme", scheme);
    }
    scheme = null;
  });
})();
