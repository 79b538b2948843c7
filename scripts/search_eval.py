"""Type every query of tests/search_queries.toml into a built site's search box.

    python scripts/search_eval.py SITE [--lists tests/search_queries.toml] [--show-misses]

SITE is a built site directory (`scripts/build.py SITE`); nothing is built here. It is
served on 127.0.0.1, opened once in Chromium (Debian's, through Playwright), and each
query is put into the search box as a reader pastes it, then the visible results are
read. It prints, per list, how often the expected section is the first visible section
result (top-1) and among the first three (top-3), then the misses.

A *section result* is a visible result link to a heading (`page/#anchor`).
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import http.server
import sys
import threading
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # `python scripts/search_eval.py` puts scripts/ first
    sys.path.insert(0, str(ROOT))

# The same Chromium, started the same way, as the PDFs.
from scripts.pdf import CHROMIUM  # noqa: E402
from scripts.pdf import CHROMIUM_ARGS as LAUNCH_ARGS  # noqa: E402

LISTS = ROOT / "tests" / "search_queries.toml"
TODO = "#TODO"


@dataclass
class Case:
    kind: str  # "question" or "error"
    query: str
    expect: str  # "page/#anchor"


@dataclass
class Outcome:
    case: Case
    results: list[str]  # visible section results, "page/#anchor", in order

    @property
    def rank(self) -> int | None:
        try:
            return self.results.index(self.case.expect) + 1
        except ValueError:
            return None


@dataclass
class Scores:
    outcomes: list[Outcome] = field(default_factory=list)

    def rate(self, top: int) -> float:
        if not self.outcomes:
            return 0.0
        hits = [o for o in self.outcomes if o.rank is not None and o.rank <= top]
        return len(hits) / len(self.outcomes)


def load_cases(path: Path = LISTS) -> list[Case]:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    cases = [Case("question", q["query"], q["expect"]) for q in data["question"]]
    cases += [Case("error", e["paste"], e["expect"]) for e in data["error"]]
    return cases


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@contextlib.contextmanager
def serve(site: Path) -> Iterator[str]:
    """The built site on 127.0.0.1 for as long as the block runs."""
    handler = functools.partial(_Quiet, directory=str(site))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


# The visible section results, read from the page: the result links that point at
# a heading, in the order shown.
_READ_RESULTS = """() => [...document.querySelectorAll(
    '.sheet-search__list > .md-search-result__item > a.md-search-result__link')]
  .filter(a => a.offsetParent !== null)
  .map(a => new URL(a.href))
  .filter(url => url.hash)
  .map(url => url.pathname + url.hash)"""

_SHOWN_FOR = """q => {
  const list = document.querySelector('.sheet-search__list');
  return list !== null && list.getAttribute('data-query') === q;
}"""


class SearchBox:
    """The site's own search box in one browser page, reused for every query."""

    def __init__(self, page: object, base: str) -> None:
        self.page = page
        self.base = base
        self.requests: list[str] = []
        page.on("request", lambda request: self.requests.append(request.url))  # type: ignore[attr-defined]
        page.goto(f"{base}/", wait_until="networkidle")  # type: ignore[attr-defined]
        page.keyboard.press("/")  # type: ignore[attr-defined]  # the site's own shortcut
        self.input = page.locator("input.md-search__input")  # type: ignore[attr-defined]
        self.input.wait_for(state="visible")

    def query(self, text: str) -> list[str]:
        """Paste the text into the search box; the sections listed for it."""
        self.input.fill(text)
        shown = self.input.input_value()  # as the box keeps it: line breaks dropped
        self.page.wait_for_function(_SHOWN_FOR, arg=shown)  # type: ignore[attr-defined]
        paths: list[str] = self.page.evaluate(_READ_RESULTS)  # type: ignore[attr-defined]
        prefix = urlsplit(self.base + "/").path
        return [path.removeprefix(prefix) for path in paths]

    def external_requests(self) -> list[str]:
        local = urlsplit(self.base).netloc
        return [url for url in self.requests if urlsplit(url).netloc != local]


def run(
    site: Path, cases: list[Case], width: int = 1400
) -> tuple[list[Outcome], list[str]]:
    """Every case through the search box; the outcomes and any request leaving the host."""
    from playwright.sync_api import sync_playwright

    with serve(site) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=LAUNCH_ARGS
        )
        try:
            page = browser.new_page(viewport={"width": width, "height": 900})
            box = SearchBox(page, base)
            outcomes = [Outcome(case, box.query(case.query)) for case in cases]
            return outcomes, box.external_requests()
        finally:
            browser.close()


def report(outcomes: list[Outcome], show_misses: bool = True) -> str:
    lines = []
    for kind in ("question", "error"):
        scored = Scores(
            [o for o in outcomes if o.case.kind == kind and TODO not in o.case.expect]
        )
        todo = sum(1 for o in outcomes if o.case.kind == kind and TODO in o.case.expect)
        lines.append(
            f"{kind}s: {len(scored.outcomes)} scored"
            + (f" ({todo} TODO skipped)" if todo else "")
            + f"  top-1 {scored.rate(1):.0%}  top-3 {scored.rate(3):.0%}"
        )
    if show_misses:
        for o in outcomes:
            if TODO in o.case.expect or o.rank == 1:
                continue
            where = f"rank {o.rank}" if o.rank else "missing"
            lines.append(f"  {where:9} {o.case.kind[0]} {o.case.query[:90]!r}")
            lines.append(f"            want {o.case.expect}; got {o.results[:3]}")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("site", type=Path)
    parser.add_argument("--lists", type=Path, default=LISTS)
    parser.add_argument("--show-misses", action="store_true")
    parser.add_argument("--width", type=int, default=1400)
    args = parser.parse_args()
    outcomes, outside = run(args.site, load_cases(args.lists), args.width)
    print(report(outcomes, args.show_misses))
    if outside:
        print(f"requests leaving the local server: {outside}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
