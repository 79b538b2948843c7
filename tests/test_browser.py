"""The built site in a real browser (Debian's Chromium driven by Playwright), offline.

Set SKIP_BROWSER=1 to skip these locally; CI always runs them.
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import os
import shutil
import subprocess
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from scripts.bench import serve_command
from tests.conftest import ROOT, page_includes, with_ctrl_c

CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOTS = ROOT / "artifacts" / "screenshots"
SHEETS = sorted(page for page in page_includes() if page != "index")
PAGES = ["", *SHEETS]
LAUNCH_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]

if os.environ.get("SKIP_BROWSER") == "1" and os.environ.get("CI") != "true":
    pytest.skip("SKIP_BROWSER=1", allow_module_level=True)

playwright_sync = pytest.importorskip("playwright.sync_api")


class SiteHandler(http.server.SimpleHTTPRequestHandler):
    """Static files, with the site's own 404 page for missing paths."""

    def log_message(self, format: str, *args: object) -> None:
        pass

    def send_error(
        self, code: int, message: str | None = None, explain: str | None = None
    ) -> None:
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.is_file():
            super().send_error(code, message, explain)
            return
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def server(built_site: Path) -> Iterator[str]:
    handler = functools.partial(SiteHandler, directory=str(built_site))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not CHROMIUM.exists():
        if os.environ.get("CI") == "true":
            pytest.fail("/usr/bin/chromium is missing (apt-get install chromium)")
        pytest.skip("/usr/bin/chromium is missing")
    with playwright_sync.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=LAUNCH_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def axe_script() -> Path:
    """axe-core as shipped by a locked Python package: no npm, no network."""
    import axe_playwright_python  # type: ignore[import-untyped]

    script = Path(axe_playwright_python.__file__).with_name("axe.min.js")
    assert script.is_file(), f"{script} is missing"
    return script


class Visit:
    """One page load with every request, failure and console error recorded: in a
    new browser context, or in `tab`, a tab that earlier visits used."""

    def __init__(
        self, browser: Any, url: str, tab: Any = None, **context_options: Any
    ) -> None:
        self.context: Any = None
        if tab is None:
            self.context = browser.new_context(**context_options)
            tab = self.context.new_page()
        elif "viewport" in context_options:
            tab.set_viewport_size(context_options["viewport"])
        self.page: Any = tab
        self.requests: list[str] = []
        self.failures: list[str] = []
        self.errors: list[str] = []
        self._listeners: list[tuple[str, Callable[[Any], None]]] = [
            ("request", lambda request: self.requests.append(request.url)),
            ("requestfailed", lambda request: self.failures.append(request.url)),
            ("console", self._console),
            ("pageerror", lambda error: self.errors.append(str(error))),
        ]
        for event, listener in self._listeners:
            self.page.on(event, listener)
        self.response = self.page.goto(url, wait_until="networkidle")

    def _console(self, message: Any) -> None:
        if message.type == "error":
            self.errors.append(message.text)

    def close(self) -> None:
        for event, listener in self._listeners:
            self.page.remove_listener(event, listener)
        if self.context is not None:
            self.context.close()


@pytest.fixture(scope="module")
def tab(browser: Any) -> Iterator[object]:
    """One tab for the page checks, each page loaded in it in turn: a new browser
    context per page cost twice the CPU of the load itself. What one page's check
    leaves behind (the page's scripts, its size) goes with the next load; the
    theme's files come from the browser's cache after the first page, whose load
    shows every request they make."""
    context = browser.new_context()
    yield context.new_page()
    context.close()


# Each page is loaded once (a load waits for the network to go quiet, ~1 s): the
# same visit is checked for a clean offline load, by axe, and, resized, at each width.
SIZES = {"desktop": (1400, 900), "tablet": (768, 1024), "phone": (390, 844)}


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p or "home")
def test_page_loads_cleanly_offline_accessible_at_every_width(
    page: str, server: str, browser: object, tab: object, axe_script: Path
) -> None:
    """A clean offline load; no serious accessibility violation; for a sheet,
    screenshots at desktop, tablet and phone widths, where no code block scrolls
    sideways, no copy button covers code and the site title is not cut off."""
    width, height = SIZES["desktop"]
    visit = Visit(
        browser,
        f"{server}/{page}/" if page else f"{server}/",
        tab,
        viewport={"width": width, "height": height},
    )
    try:
        assert visit.response is not None and visit.response.status == 200
        assert not visit.errors, visit.errors
        assert not visit.failures, visit.failures
        local = urlsplit(server).netloc
        outside = [url for url in visit.requests if urlsplit(url).netloc != local]
        assert not outside, f"requests leaving the local server: {outside}"
        if page:
            for name, (width, height) in SIZES.items():
                visit.page.set_viewport_size({"width": width, "height": height})
                check_layout(visit, page, name)
        visit.page.set_viewport_size({"width": 1280, "height": 720})
        visit.page.add_script_tag(path=str(axe_script))
        violations = visit.page.evaluate(AXE_RUN)
        serious = [v for v in violations if v["impact"] in {"serious", "critical"}]
        assert not serious, serious
        low = visit.page.evaluate(CODE_CONTRAST)
        assert not low, f"code text under {MIN_CONTRAST}:1 contrast: {low}"
    finally:
        visit.close()


# axe runs every rule on the whole page, but checks the contrast of code blocks'
# text apart: a code block holds thousands of highlighted tokens in a few dozen
# colours, and axe's per-element contrast check of them was half of a page's
# browser time. CODE_CONTRAST checks each distinct pair of text colour and
# background once, with the same WCAG 2 ratio (4.5:1 for text of code's size).
AXE_RUN = """async () => {
  const shown = v => ({id: v.id, impact: v.impact, nodes: v.nodes.length});
  const rest = await axe.run(document, {rules: {'color-contrast': {enabled: false}}});
  const text = await axe.run({exclude: [['.highlight pre']]},
                             {runOnly: {type: 'rule', values: ['color-contrast']}});
  return [...rest.violations, ...text.violations].map(shown);
}"""
MIN_CONTRAST = 4.5
CODE_CONTRAST = (
    """() => {
  const parse = c => {  // rgb(), rgba() or color(srgb r g b / a), as computed
    const m = c.match(/[\\d.]+/g).map(Number);
    const scale = c.startsWith('color(') ? 255 : 1;
    return [m[0] * scale, m[1] * scale, m[2] * scale, m.length > 3 ? m[3] : 1]; };
  const over = (top, under) => { const a = top[3];
    return [0, 1, 2].map(i => top[i] * a + under[i] * (1 - a)).concat([1]); };
  const background = element => {
    const layers = [];
    for (let e = element; e; e = e.parentElement) {
      const c = parse(getComputedStyle(e).backgroundColor);
      if (c[3] > 0) layers.push(c);
      if (c[3] === 1) break;
    }
    return layers.reverse().reduce((under, top) => over(top, under), [255, 255, 255, 1]);
  };
  const luminance = c => { const [r, g, b] = c.slice(0, 3).map(v => v / 255)
      .map(v => v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
  const seen = new Map();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node.parentElement;
    // Punctuation alone is not text to axe either (its rule does not apply to it).
    if (!/[^\\s\\p{P}\\p{S}]/u.test(node.textContent)) continue;
    if (!element.closest('.highlight pre')) continue;
    if (!element.getClientRects().length) continue;  // not shown
    const style = getComputedStyle(element);
    if (style.visibility !== 'visible') continue;
    const under = background(element);
    const fg = over(parse(style.color), under);
    const key = fg.join() + '/' + under.join();
    if (seen.has(key)) continue;
    const [hi, lo] = [luminance(fg), luminance(under)].sort((a, b) => b - a);
    seen.set(key, {ratio: (hi + 0.05) / (lo + 0.05), text: node.textContent.trim()
                   .slice(0, 30), color: style.color, classes: element.className});
  }
  return [...seen.values()].filter(s => s.ratio < """
    + str(MIN_CONTRAST)
    + """)
    .map(s => ({...s, ratio: Math.round(s.ratio * 100) / 100}));
}"""
)


def check_layout(visit: Visit, page: str, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    # Two frames: the resize's layout, then what it moves.
    visit.page.evaluate(
        "() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))"
    )
    target = SCREENSHOTS / f"{page}-{name}.png"
    visit.page.screenshot(path=str(target))
    assert target.stat().st_size > 10_000
    scrolling = visit.page.evaluate(
        """() => [...document.querySelectorAll('.sheet-section pre > code')]
             .filter(code => code.scrollWidth > code.clientWidth + 1)
             .map(code => code.textContent.split('\\n')[0])"""
    )
    assert scrolling == [], f"{name}: code blocks scroll sideways: {scrolling}"
    # The copy button never covers code: it sits in the block's title bar, or in its
    # corner with the first line making way for it.
    covered = visit.page.evaluate(
        """() => [...document.querySelectorAll('.sheet-section .md-code__nav')]
             .filter(nav => nav.offsetParent !== null)
             .filter(nav => {
               const box = nav.getBoundingClientRect();
               const range = document.createRange();
               range.selectNodeContents(nav.parentElement.querySelector('code'));
               return [...range.getClientRects()].some(r => r.width > 0 &&
                 r.left < box.right - 1 && r.right > box.left + 1 &&
                 r.top < box.bottom - 1 && r.bottom > box.top + 1);
             }).length"""
    )
    assert covered == 0, f"{name}: {covered} copy buttons cover code"
    cut = visit.page.evaluate(
        """() => { const t = document.querySelector('.md-header__topic .md-ellipsis');
                   return t ? t.scrollWidth > t.clientWidth + 1 : false; }"""
    )
    assert not cut, f"{name}: the site title is cut off"
    clipped = visit.page.evaluate(
        """() => [...document.querySelectorAll('.md-sidebar--primary .md-nav__link')]
             .filter(a => [a, ...a.querySelectorAll('*')]
               .some(e => e.scrollWidth > e.clientWidth + 1))
             .map(a => a.textContent.trim())"""
    )
    assert clipped == [], f"{name}: sidebar entries cut off: {clipped}"
    if name == "desktop" and page:
        # A section with one example: code on the left; sentence and output on the
        # right; the file name and the "differs on" button at the heading's end,
        # never over its words.
        wrong = visit.page.evaluate(
            """() => [...document.querySelectorAll('section.one-example')].filter(s => {
                 const box = e => e.getBoundingClientRect();
                 const h2 = s.querySelector(':scope > h2');
                 const words = document.createRange();
                 words.setStart(h2, 0);
                 words.setEndBefore(h2.querySelector('.headerlink') || h2.lastChild);
                 const code = box(s.querySelector(':scope > .highlight > pre'));
                 const right = [s.querySelector(':scope > h2 + p'),
                                s.querySelector(':scope > .highlight + :is(.highlight, .outputs)')];
                 const corner = [s.querySelector(':scope > .highlight > .filename'),
                                 s.querySelector('details.differs:not([open]) > summary')]
                   .filter(Boolean).map(box);
                 const hit = (a, b) => a.left < b.right && a.right > b.left &&
                                       a.top < b.bottom && a.bottom > b.top;
                 return right.some(e => !e || box(e).left < code.right) ||
                        corner.some(c => c.top > code.top || [...words.getClientRects()]
                          .some(w => w.width > 0 && hit(w, c)));
               }).map(s => s.querySelector('h2').id)"""
        )
        assert wrong == [], f"{page}: one-example sections laid out wrong: {wrong}"
    if name == "phone" and page:
        # The setup folds to its first lines: the first answer starts on screen one.
        first = visit.page.evaluate(
            """() => { window.scrollTo(0, 0);
                 const s = document.querySelectorAll('section.sheet-section')[1];
                 return s ? s.getBoundingClientRect().top : 0; }"""
        )
        assert first < 844 - 40, f"{page}: the first answer starts at {first}px"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("savepoint", "/transactions/"),
        ("scoped_session", "/scoped_session/"),
        ("many-to-many", "/many_to_many/"),
        ("DetachedInstanceError", "/orm_errors/"),
    ],
)
def test_search_finds_the_right_page(
    query: str, expected: str, server: str, browser: object
) -> None:
    visit = Visit(browser, f"{server}/")
    try:
        visit.page.click("label.md-search__icon, .md-search__input")
        visit.page.locator("input.md-search__input").press_sequentially(query, delay=20)
        visit.page.wait_for_selector(".md-search-result__item", timeout=10_000)
        links = visit.page.eval_on_selector_all(
            ".md-search-result__item > a", "els => els.map(e => e.href)"
        )
        assert any(expected in link for link in links[:5]), links[:5]
    finally:
        visit.close()


def test_content_tabs_switch(server: str, browser: object) -> None:
    visit = Visit(browser, f"{server}/")
    try:
        labels = visit.page.locator(".tabbed-labels label")
        assert labels.count() >= 2, "the home page has content tabs"
        labels.nth(1).click()
        assert visit.page.locator(".tabbed-block").nth(1).is_visible()
        assert not visit.page.locator(".tabbed-block").nth(0).is_visible()
    finally:
        visit.close()


# Sections deep in their sheets, as a search result or a shared link opens them.
DEEP_LINKS = [
    "bulk/#upsert-on-sqlite-with-on_conflict_do_update",
    "crud/#fetch-by-primary-key",
    "queries/#run-raw-sql-with-text-and-bound-parameters",
]


@pytest.mark.parametrize("width", [1400, 390])
def test_a_deep_link_puts_its_section_at_the_top_and_marks_it_in_the_sidebar(
    server: str, browser: object, width: int
) -> None:
    height = 900 if width > 400 else 844
    for link in DEEP_LINKS:
        visit = Visit(
            browser, f"{server}/{link}", viewport={"width": width, "height": height}
        )
        try:
            # Where the reader ends up: the page may still settle (a folded setup,
            # late layout) after the load, on a busy machine for a while.
            with contextlib.suppress(playwright_sync.Error):
                visit.page.wait_for_function(
                    """([id, slack]) => {
                      const top = document.getElementById(id).getBoundingClientRect().top;
                      const header = document.querySelector('.md-header').getBoundingClientRect();
                      return header.bottom <= top && top <= header.bottom + slack;
                    }""",
                    arg=[link.split("#")[1], 40],
                    timeout=5_000,
                )
            found = visit.page.evaluate(
                """(id) => {
                  const heading = document.getElementById(id);
                  const header = document.querySelector('.md-header').getBoundingClientRect();
                  const section = heading.closest('section.sheet-section').getBoundingClientRect();
                  const active = [...document.querySelectorAll('.md-nav__link--active')]
                    .map((a) => a.hash).filter(Boolean);
                  return {top: heading.getBoundingClientRect().top, header: header.bottom,
                          sectionLeft: section.left, sectionWidth: section.width,
                          width: heading.closest('.sheet-grid').getBoundingClientRect().width,
                          active: active[active.length - 1] || ''};
                }""",
                link.split("#")[1],
            )
            # Just under the header: whole, and nothing of the section before it.
            assert found["header"] <= found["top"] <= found["header"] + 40, (
                link,
                found,
            )
            # One column: nothing beside the section it lands on.
            assert found["sectionWidth"] == pytest.approx(found["width"], abs=1), found
            if width > 1220:  # the sidebar shows the sheet's sections
                assert found["active"] == "#" + link.split("#")[1], (link, found)
        finally:
            visit.close()


def test_a_phone_opens_the_folded_setup_on_request(
    server: str, browser: object
) -> None:
    visit = Visit(browser, f"{server}/crud/", viewport={"width": 390, "height": 844})
    try:
        code = visit.page.locator(".sheet-setup .highlight code").first
        folded = code.bounding_box()["height"]
        visit.page.click(".setup-toggle")
        assert code.bounding_box()["height"] > 2 * folded
        assert visit.page.get_attribute(".setup-toggle", "aria-expanded") == "true"
    finally:
        visit.close()


def test_left_out_lines_show_on_a_click_and_hide_again(
    server: str, browser: object
) -> None:
    visit = Visit(browser, f"{server}/crud/")
    try:
        block = visit.page.locator(".highlight.trimmed").first
        note = block.locator(".trim-note")
        hidden = block.locator(".left-out").first
        assert "lines left out" in note.inner_text()
        assert not hidden.is_visible(), "bookkeeping lines start hidden"
        note.click()
        assert hidden.is_visible()
        assert note.get_attribute("aria-expanded") == "true"
        note.click()
        assert not hidden.is_visible()
        assert note.get_attribute("aria-expanded") == "false"
    finally:
        visit.close()


@pytest.mark.parametrize("width", [390, 1400])
def test_header_switch_shows_each_targets_output(
    server: str, browser: object, width: int
) -> None:
    """SQLite 2.1 first; the header's switch shows every example's PostgreSQL output,
    by keyboard, remembered on the next page; a screen reader hears the change."""
    visit = Visit(browser, f"{server}/crud/", viewport={"width": width, "height": 900})
    try:
        page = visit.page
        switch = page.locator("#target-switch")
        assert switch.is_visible() and switch.input_value() == "sqlite"
        box = page.locator(".target-switch").bounding_box()
        assert box and box["x"] + box["width"] <= width, "the switch overflows"
        outputs = page.locator(".outputs").filter(
            has=page.locator('.target-output[data-targets~="postgresql"]')
        )
        assert outputs.count() >= 1, "the CRUD sheet shows PostgreSQL output"
        first = outputs.first
        sqlite = first.locator(".target-output:visible").inner_text()
        switch.focus()
        page.keyboard.press("ArrowDown")  # a native select: the keyboard chooses
        switch.select_option("postgresql")
        shown = first.locator(".target-output:visible")
        assert shown.count() == 1
        assert "postgresql" in (shown.get_attribute("data-targets") or "").split()
        assert shown.inner_text() != sqlite
        assert "PostgreSQL" in page.locator(".target-switch__status").inner_text()
        page.goto(f"{server}/queries/")
        assert page.locator("#target-switch").input_value() == "postgresql"
        page.evaluate("localStorage.clear()")
    finally:
        visit.close()


def test_without_javascript_the_default_output_shows(
    server: str, browser: object
) -> None:
    visit = Visit(browser, f"{server}/crud/", java_script_enabled=False)
    try:
        page = visit.page
        for outputs in page.locator(".outputs").all():
            visible = outputs.locator(".target-output:visible")
            assert visible.count() == 1
            names = (visible.get_attribute("data-targets") or "").split()
            assert names[0] in {"sqlite", "postgresql"}
    finally:
        visit.close()


def test_copy_button_copies_the_snippet(server: str, browser: object) -> None:
    visit = Visit(
        browser, f"{server}/engine/", permissions=["clipboard-read", "clipboard-write"]
    )
    try:
        block = visit.page.locator("div.highlight").first
        block.hover()
        block.locator("button[data-md-type=copy]").click()
        copied = visit.page.evaluate("navigator.clipboard.readText()")
        source = block.locator("code").inner_text()
        assert copied.strip() == source.strip()
        assert "create_engine" in copied or "import" in copied
        # An example importing its page's setup copies its complete script.
        example = visit.page.locator("div.highlight[data-copy]").first
        example.hover()
        example.locator("button[data-md-type=copy]").click()
        copied = visit.page.evaluate("navigator.clipboard.readText()")
        assert copied == example.get_attribute("data-copy")
        assert "_setup import" not in copied and "create_engine" in copied
    finally:
        visit.close()


def test_light_dark_toggle(server: str, browser: object) -> None:
    visit = Visit(browser, f"{server}/", color_scheme="light")
    try:
        scheme = "document.body.getAttribute('data-md-color-scheme')"
        assert visit.page.evaluate(scheme) == "default"
        visit.page.locator(
            "form[data-md-component=palette] label:visible"
        ).first.click()
        assert visit.page.evaluate(scheme) == "slate"
    finally:
        visit.close()


def test_404_page_renders(server: str, browser: object) -> None:
    visit = Visit(browser, f"{server}/no-such-page/")
    try:
        assert visit.response is not None and visit.response.status == 404
        assert "404" in visit.page.locator("article").inner_text()
    finally:
        visit.close()


# --- make serve: a broken snippet shows on its page, the rest keeps serving ----------


def _get(url: str, timeout: float = 5.0) -> tuple[int, str]:
    import urllib.error
    import urllib.request

    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status, response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        return error.code, ""


def test_serve_shows_a_broken_snippet_in_its_page_and_recovers(
    browser: object, tmp_path: Path, built_site: Path, output_cache: Path
) -> None:
    import signal
    import time

    project = tmp_path / "project"
    # With the session build's outputs: serve's first build runs no example.
    shutil.copytree(output_cache, project / ".cache" / "snippets")
    for name in ("cheatsheets", "docs", "scripts", "snippets"):
        if (ROOT / name).is_dir():
            shutil.copytree(
                ROOT / name,
                project / name,
                ignore=shutil.ignore_patterns("__pycache__"),
            )
    for name in ("mkdocs.yml", "pyproject.toml", "uv.lock", "Makefile"):
        shutil.copy2(ROOT / name, project / name)
    command, port = serve_command()
    # Its log goes to a file: an unread pipe that fills up would stop the server.
    log = tmp_path / "serve.log"
    server = subprocess.Popen(
        with_ctrl_c(command),
        cwd=project,
        stdout=log.open("w", encoding="utf-8"),
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
        env=dict(os.environ, PYTHONPATH=str(project)),
    )
    base = f"http://127.0.0.1:{port}"
    snippet = project / "snippets" / "crud" / "count_rows.py"
    original = snippet.read_text(encoding="utf-8")
    broken_line = len(original.splitlines()) + 1
    context = browser.new_context()  # type: ignore[attr-defined]
    tab = context.new_page()

    def wait_for(predicate: object, what: str, limit: float = 120.0) -> None:
        deadline = time.monotonic() + limit
        while time.monotonic() < deadline:
            if server.poll() is not None:
                pytest.fail(f"make serve exited: {log.read_text(encoding='utf-8')}")
            try:
                tab.goto(f"{base}/crud/", wait_until="domcontentloaded", timeout=10_000)
                if predicate(tab.locator("article").inner_text()):  # type: ignore[operator]
                    return
            except playwright_sync.Error:
                pass
            time.sleep(1)
        tail = log.read_text(encoding="utf-8")[-3000:]
        pytest.fail(f"timed out waiting for {what}; make serve says:\n{tail}")

    try:
        wait_for(lambda text: "names starting with M: 2" in text, "the first build")
        snippet.write_text(original + "raise RuntimeError('edited under serve')\n")
        wait_for(lambda text: "Snippet failed" in text, "the error on the page")
        article = tab.locator("article").inner_text()
        assert (
            f"snippets/crud/count_rows.py:{broken_line}: RuntimeError: edited under serve"
            in article
        )
        assert "Traceback" in article  # the last frames, for the author
        # Every other page and asset keeps serving meanwhile.
        assert _get(f"{base}/engine/")[0] == 200
        assert _get(f"{base}/assets/extra.css")[0] == 200
        snippet.write_text(original)
        wait_for(
            lambda text: (
                "Snippet failed" not in text and "names starting with M" in text
            ),
            "the fixed output",
        )
    finally:
        context.close()
        with contextlib.suppress(ProcessLookupError):
            os.killpg(server.pid, signal.SIGINT)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()
    # Nothing of the server is left behind.
    time.sleep(0.5)
    with pytest.raises(ProcessLookupError):
        os.killpg(server.pid, 0)
