// Site search: the theme's search box (its "/" and "s" shortcuts, arrows, Enter and
// dialog) answered from Pagefind's index, one result per section. The index loads in
// chunks, and only once the reader starts typing. A pasted error message is cut down
// to what identifies it before it is searched (pasteQuery below).
(function () {
  if (window.__sheetSearch) return;
  window.__sheetSearch = true;
  var PAGES = 8; // pages whose sections are ranked
  var SHOWN = 10; // sections listed
  var pagefind = null;
  var pending = 0;

  function siteRoot() {
    var config = JSON.parse(document.getElementById("__config").textContent);
    return new URL(config.base.replace(/\/?$/, "/"), location.href);
  }

  function load() {
    if (!pagefind) {
      var root = siteRoot();
      pagefind = import(new URL("pagefind/pagefind.js", root).href).then(function (pf) {
        return pf.options({ baseUrl: root.pathname, excerptLength: 24 }).then(function () {
          return pf;
        });
      });
    }
    return pagefind;
  }

  // "sqlalchemy.exc.PendingRollbackError: This Session's transaction has been rolled
  // back … (Background on this error at: https://sqlalche.me/e/20/7s2a)" -> the class
  // name and the message's own words: no module path, object address, file:line, URL,
  // echoed SQL or parameters, which every error shares or no page shows.
  function pasteQuery(text) {
    return text
      .replace(/\(Background on [^)]*\)/g, " ")
      .replace(/\[(SQL|parameters|generated)[^\]]*\]?/g, " ")
      .replace(/https?:\/\/\S+/g, " ")
      .replace(/\b0x[0-9a-f]+\b/gi, " ")
      .replace(/^\s*\S+\.py:\d+:\s*/, " ")
      .replace(/\b(sqlalchemy|sqlite3|psycopg2?|pymysql)(\.\w+)*\.(?=\w)/g, " ")
      .replace(/[^\w'" ]+/g, " ")
      .replace(/\s+/g, " ")
      .trim();
  }

  function words(text) {
    var seen = {};
    return text
      .toLowerCase()
      .split(/[^\w]+|_/)
      .filter(function (w) {
        if (w.length < 2 || seen[w]) return false;
        seen[w] = true;
        return true;
      });
  }

  // Pagefind finds pages with every word. A question in the reader's words, or an
  // error message, often has a word no page uses: then pages are ranked by the
  // words they do have, each word counting as much as its best page makes it count.
  function findPages(pf, text) {
    return pf.search(text).then(function (all) {
      var list = words(text);
      if (all.results.length >= 3 || list.length < 2) return all.results;
      return Promise.all(
        list.map(function (w) {
          return pf.search(w);
        })
      ).then(function (each) {
        var pages = {};
        all.results.forEach(function (r) {
          pages[r.id] = { result: r, score: 2 * list.length };
        });
        each.forEach(function (found) {
          var best = found.results.length ? found.results[0].score : 1;
          found.results.forEach(function (r) {
            var page = pages[r.id] || (pages[r.id] = { result: r, score: 0 });
            page.score += r.score / best;
          });
        });
        return Object.values(pages)
          .sort(function (a, b) {
            return b.score - a.score;
          })
          .map(function (page) {
            return page.result;
          });
      });
    });
  }

  // Each section of the best pages, ranked by its own matches; a match in a
  // heading counts as much as the heading's weight says.
  function findSections(text) {
    return load().then(function (pf) {
      return findPages(pf, text).then(function (pages) {
        return Promise.all(
          pages.slice(0, PAGES).map(function (r) {
            return r.data();
          })
        ).then(function (data) {
          var sections = [];
          data.forEach(function (page, rank) {
            page.sub_results.forEach(function (sub) {
              var score = 0;
              (sub.weighted_locations || []).forEach(function (at) {
                score += at.balanced_score;
              });
              sections.push({ page: page, sub: sub, score: score / (1 + rank / 4) });
            });
          });
          return sections
            .sort(function (a, b) {
              return b.score - a.score;
            })
            .slice(0, SHOWN);
        });
      });
    });
  }

  function element(tag, className, text) {
    var el = document.createElement(tag);
    if (className) el.className = className;
    if (text) el.textContent = text;
    return el;
  }

  // The theme's own result markup, so its keyboard handling (arrows, Enter on the
  // best result) and styles apply: li > a[href] > article[data-md-score].
  function render(box, query, sections) {
    var list = box.querySelector(".sheet-search__list");
    var meta = box.querySelector(".sheet-search__meta");
    list.textContent = "";
    sections.forEach(function (found, i) {
      var item = element("li", "md-search-result__item");
      var link = element("a", "md-search-result__link");
      link.href = found.sub.url;
      var article = element("article", "md-search-result__article md-typeset");
      article.setAttribute("data-md-score", String(sections.length - i));
      article.appendChild(element("h2", "", found.sub.title));
      var where = element("p", "sheet-search__sheet", found.page.meta.title);
      var excerpt = element("p", "");
      excerpt.innerHTML = found.sub.excerpt; // Pagefind's text, with <mark> only
      article.appendChild(where);
      article.appendChild(excerpt);
      link.appendChild(article);
      item.appendChild(link);
      list.appendChild(item);
    });
    meta.textContent = !query
      ? "Type to start searching"
      : sections.length
        ? sections.length + " matching sections"
        : "No matching sections";
    list.setAttribute("data-query", query);
  }

  function container() {
    var result = document.querySelector("[data-md-component=search-result]");
    if (!result) return null;
    var box = result.querySelector(".sheet-search");
    if (!box) {
      box = element("div", "sheet-search");
      var meta = element("div", "md-search-result__meta sheet-search__meta");
      meta.setAttribute("aria-live", "polite");
      var list = element("ol", "md-search-result__list sheet-search__list");
      list.setAttribute("role", "list");
      box.appendChild(meta);
      box.appendChild(list);
      result.insertBefore(box, result.firstChild);
      render(box, "", []);
    }
    return box;
  }

  function search(input) {
    var box = container();
    if (!box) return;
    var raw = input.value;
    var text = raw.trim();
    if (text.length > 40 && /(Error|Warning|Exception|Found)\b/.test(text)) {
      text = pasteQuery(text);
    }
    var ticket = ++pending;
    if (!text) {
      render(box, raw, []);
      return;
    }
    findSections(text).then(function (sections) {
      if (ticket === pending) render(box, raw, sections);
    });
  }

  document.addEventListener("input", function (event) {
    if (event.target.matches && event.target.matches(".md-search__input")) {
      search(event.target);
    }
  });
  document.addEventListener("focusin", function (event) {
    if (event.target.matches && event.target.matches(".md-search__input")) {
      container();
      load();
    }
  });
  // Keep the list when the dialog reopens with the query still typed.
  window.__sheetSearchRun = search;
})();
