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
  // The sheet a section belongs to, named as Pagefind names it where it can.
  function sheetTitle(sections, page) {
    for (var i = 0; i < sections.length; i++) {
      if (sections[i].sub.url.indexOf("/" + page) >= 0) return sections[i].page.meta.title;
    }
    var link = document.querySelector('.md-nav a[href$="' + page + '"]');
    return link ? link.textContent.trim() : page;
  }

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
              // The page's own title: its sections answer, the title does not.
              if (sub.title === page.meta.title && page.sub_results.length > 1) return;
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

  // A pasted error is matched first against the sections that show or explain
  // errors (their heading, sentence and the error lines of their outputs, built
  // into assets/error-index.json): each word the paste shares with a section counts
  // by how rare it is across them, the exception's name three times over.
  var errorIndex = null;

  function loadErrors() {
    if (!errorIndex) {
      errorIndex = fetch(new URL("assets/error-index.json", siteRoot()).href)
        .then(function (response) {
          return response.json();
        })
        .then(function (entries) {
          var df = {};
          entries.forEach(function (entry) {
            entry.words = {};
            words(entry.x).forEach(function (w) {
              entry.words[w] = true;
              df[w] = (df[w] || 0) + 1;
            });
            entry.heading = {};
            words(entry.t).forEach(function (w) {
              entry.heading[w] = true;
            });
            entry.pairs = pairs(entry.x);
          });
          return { entries: entries, df: df };
        });
    }
    return errorIndex;
  }

  // Two words in a row ("server closed", "lazy load"): a message's phrases tell
  // apart sections that share its words.
  function pairs(text) {
    var list = text.toLowerCase().split(/[^\w]+|_/).filter(function (w) {
      return w.length > 1;
    });
    var found = {};
    for (var i = 1; i < list.length; i++) found[list[i - 1] + " " + list[i]] = true;
    return found;
  }

  function matchError(pasted) {
    var name = ((pasted.match(/\b([A-Z]\w*(?:Error|Warning|Exception|Found))\b/) || [])[1] || "")
      .toLowerCase();
    return loadErrors().then(function (index) {
      var total = index.entries.length;
      var list = words(pasted);
      var phrases = Object.keys(pairs(pasted));
      function rarity(w) {
        return Math.log(1 + total / (index.df[w] || 1));
      }
      var scored = index.entries.map(function (entry) {
        var score = 0;
        list.forEach(function (w) {
          if (!entry.words[w]) return;
          var weight = rarity(w);
          if (w === name) weight *= 3;
          if (entry.heading[w]) weight *= 1.5;
          score += weight;
        });
        phrases.forEach(function (phrase) {
          if (!entry.pairs[phrase]) return;
          var both = phrase.split(" ");
          score += rarity(both[0]) + rarity(both[1]);
        });
        return { entry: entry, score: score };
      });
      scored.sort(function (a, b) {
        return b.score - a.score;
      });
      var best = scored.length ? scored[0].score : 0;
      return scored
        .filter(function (s) {
          return s.score > 0 && s.score >= best * 0.5;
        })
        .slice(0, 3)
        .map(function (s) {
          return s.entry;
        });
    });
  }

  function escapeHtml(text) {
    var div = document.createElement("div");
    div.textContent = text;
    return div.innerHTML;
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
    var pasted = "";
    if (text.length > 40 && /(Error|Warning|Exception|Found)\b/.test(text)) {
      text = pasteQuery(text);
      pasted = text;
    }
    var ticket = ++pending;
    if (!text) {
      render(box, raw, []);
      return;
    }
    var found = findSections(text);
    if (pasted) {
      found = Promise.all([matchError(pasted), found]).then(function (both) {
        var first = both[0].map(function (entry) {
          var page = entry.u.split("#")[0];
          return {
            page: { meta: { title: sheetTitle(both[1], page) } },
            sub: {
              url: new URL(entry.u, siteRoot()).pathname + "#" + entry.u.split("#")[1],
              title: entry.t,
              excerpt: escapeHtml(entry.x.slice(entry.t.length).trim().slice(0, 160)) + "…",
            },
          };
        });
        var seen = {};
        first.forEach(function (s) {
          seen[s.sub.url] = true;
        });
        return first
          .concat(
            both[1].filter(function (s) {
              return !seen[s.sub.url];
            })
          )
          .slice(0, SHOWN);
      });
    }
    found.then(function (sections) {
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
