// The database and release switch in the header: every example then shows the output
// that target printed. The choice is kept (localStorage) across pages and visits and
// applied without a reload; a screen reader hears what is shown. Without this script
// each example shows its first output (SQLite, SQLAlchemy 2.1) and nothing else.
(function () {
  if (window.__targetSwitch) return;
  window.__targetSwitch = true;
  var KEY = "cheatsheets.target";

  function stored() {
    try {
      return localStorage.getItem(KEY);
    } catch (error) {
      return null;
    }
  }

  function store(name) {
    try {
      localStorage.setItem(KEY, name);
    } catch (error) {
      /* private mode: the choice lasts for this page only */
    }
  }

  // The page's stamp says which targets this build ran, and why one is missing.
  function choices() {
    var stamp = document.querySelector(".build-stamp[data-switch]");
    if (!stamp) return null;
    return {
      targets: JSON.parse(stamp.getAttribute("data-switch")),
      missing: stamp.getAttribute("data-missing") || "",
    };
  }

  function show(name) {
    document.querySelectorAll(".outputs").forEach(function (outputs) {
      var blocks = outputs.querySelectorAll(":scope > .target-output");
      var match = null;
      blocks.forEach(function (block) {
        var names = block.getAttribute("data-targets").split(" ");
        if (!match && names.indexOf(name) >= 0) match = block;
      });
      var fallback = !match;
      if (fallback) match = blocks[0];
      blocks.forEach(function (block) {
        block.hidden = block !== match;
      });
      var note = outputs.querySelector(":scope > .only-note");
      var only = outputs.getAttribute("data-only");
      if (fallback && only) {
        if (!note) {
          note = document.createElement("p");
          note.className = "only-note";
          outputs.insertBefore(note, outputs.firstChild);
        }
        note.textContent = only;
        note.hidden = false;
      } else if (note) {
        note.hidden = true;
      }
    });
    var shown = document.querySelector(".build-stamp .stamp-shown");
    var select = document.getElementById("target-switch");
    var label = select ? select.options[select.selectedIndex].text : name;
    if (shown) shown.textContent = " Outputs shown: " + label + ".";
  }

  function control(data) {
    var existing = document.getElementById("target-switch");
    if (existing) return existing;
    var header = document.querySelector(".md-header__inner");
    if (!header) return null;
    var box = document.createElement("div");
    box.className = "md-header__option target-switch";
    var label = document.createElement("label");
    label.setAttribute("for", "target-switch");
    label.textContent = "Output";
    var select = document.createElement("select");
    select.id = "target-switch";
    select.title = "Show every example's output from this database and SQLAlchemy release";
    select.setAttribute("aria-label", "Output of database and SQLAlchemy release");
    data.targets.forEach(function (pair) {
      var option = document.createElement("option");
      option.value = pair[0];
      option.textContent = pair[1];
      if (pair[2]) {
        option.disabled = true;
        option.textContent = pair[1] + " (not built)";
        option.title = data.missing;
      }
      select.appendChild(option);
    });
    var status = document.createElement("span");
    status.className = "target-switch__status";
    status.setAttribute("role", "status");
    status.setAttribute("aria-live", "polite");
    box.appendChild(label);
    box.appendChild(select);
    box.appendChild(status);
    var search = header.querySelector(".md-search");
    header.insertBefore(box, search || null);
    select.addEventListener("change", function () {
      store(select.value);
      show(select.value);
      status.textContent = "Showing " + select.options[select.selectedIndex].text + " output";
    });
    return select;
  }

  function start() {
    var data = choices();
    if (!data) return;
    var select = control(data);
    var wanted = stored();
    var names = data.targets
      .filter(function (pair) {
        return !pair[2];
      })
      .map(function (pair) {
        return pair[0];
      });
    var name = names.indexOf(wanted) >= 0 ? wanted : names[0];
    if (select) select.value = name;
    show(name);
  }

  // Material's instant navigation swaps pages without a reload.
  if (window.document$ && window.document$.subscribe) window.document$.subscribe(start);
  else document.addEventListener("DOMContentLoaded", start);
})();
