"""How dense the cheat sheets are: the figures a cheat sheet is held to.

    python scripts/density.py [--site site] [--pages crud,queries] [--json FILE]

Per sheet and in total:
  sections      h2 sections (a page's setup is one of them)
  code/section  displayed code lines per section (every line of every source block,
                the page's setup counted once; outputs are not code)
  setup/section setup lines in examples per section: Base, mapped classes, engines,
                create_all, __repr__ — what a page's setup module exists to hold
  printed       sections in print (not `{ .no-print }`), as a share of all
  pdf pages     pages of site/pdf/<sheet>.pdf, or of each printed part ("2+2"),
                when the site was built with them (`make pdf`); the script fails
                when one of them is longer than 2 pages
  sections/page printed sections per printed page (the total adds the booklet's
                pages, cover included)
  repeated      pairs of snippet files sharing a run of 6 or more lines (blank,
                comment, import and lone-punctuation lines skipped); runs found in
                more than 8 files are counted apart, as `common_runs`

`make density` runs it with `--screen`, which also opens each built page in Chromium at 1400x900 and counts the
complete answers (heading to output) a window shows, averaged over the scroll
positions that start at each section.
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cheatsheets.site import BOOKLET, page_includes, sheet_parts  # noqa: E402

DOCS = ROOT / "docs"
SNIPPETS = ROOT / "snippets"

SETUP_LINE = re.compile(
    r"^\s*(class \w+\((Base|DeclarativeBase)\)|__tablename__\b|\w+: Mapped\["
    r"|.*\bcreate_engine\(|.*\.create_all\(|def __repr__\b)"
)
_H2 = re.compile(r"^## (.+?)\s*$", re.MULTILINE)
_CALL = re.compile(r"""\b(example|compare|setup)\(([^)]*)\)""")
_QUOTED = re.compile(r"""["']([^"']+\.py)["']""")
_SKIPPED = re.compile(r"^(#.*|import .*|from \S+ import .*|[()\[\]{}:,]*)$")
RUN = 6
COMMON = 8
MAX_PDF_PAGES = 2


def sections(page: str) -> list[dict[str, Any]]:
    """The h2 sections of docs/<page>.md with the snippets each includes."""
    text = (DOCS / f"{page}.md").read_text(encoding="utf-8")
    found: list[dict[str, Any]] = []
    for match in _H2.finditer(text):
        end = text.find("\n## ", match.end())
        body = text[match.end() : end if end != -1 else len(text)]
        calls = [(kind, _QUOTED.findall(args)) for kind, args in _CALL.findall(body)]
        found.append(
            {
                "title": match.group(1),
                "print": "no-print" not in match.group(1),
                "setup": any(kind == "setup" for kind, _ in calls),
                "snippets": [path for _, paths in calls for path in paths],
            }
        )
    return found


def page_figures(page: str, site: Path | None) -> dict[str, Any]:
    found = sections(page)
    code = setup_lines = 0
    for section in found:
        for path in section["snippets"]:
            lines = (SNIPPETS / path).read_text(encoding="utf-8").rstrip("\n")
            lines_list = lines.splitlines()
            code += len(lines_list)
            if not section["setup"]:
                setup_lines += sum(1 for line in lines_list if SETUP_LINE.match(line))
    count = len(found) or 1
    figures: dict[str, Any] = {
        "sections": len(found),
        "code_lines": code,
        "code_per_section": round(code / count, 1),
        "setup_lines_in_examples": setup_lines,
        "setup_per_section": round(setup_lines / count, 2),
        "printed": sum(1 for s in found if s["print"]),
    }
    if site and (site / "pdf").is_dir():
        from pypdf import PdfReader

        parts = sheet_parts(page)
        names = [f"{page}-{n}" for n in range(1, len(parts) + 1)] or [page]
        pdfs = [site / "pdf" / f"{name}.pdf" for name in names]
        if all(pdf.exists() for pdf in pdfs):
            # A sheet printed in parts: the pages of each part, e.g. "2+2".
            counts = [len(PdfReader(p).pages) for p in pdfs]
            figures["pdf_pages"] = "+".join(str(count) for count in counts)
            figures["pages"] = sum(counts)
            figures["longest_pdf"] = max(counts)
            figures["sections_per_page"] = round(figures["printed"] / sum(counts), 1)
    return figures


def _normalised(path: Path) -> list[tuple[int, str]]:
    lines = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        text = " ".join(line.split())
        if text and not _SKIPPED.match(text):
            lines.append((number, text))
    return lines


def repeated_pairs(root: Path = SNIPPETS) -> tuple[list[tuple[str, str]], int]:
    """Pairs of files that share a run of RUN significant lines, word for word.

    A run found in more than COMMON files is counted apart (as boilerplate too
    common to pair up), and returned as the second value.
    """
    where: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for path in sorted(root.rglob("*.py")):
        lines = [text for _, text in _normalised(path)]
        name = str(path.relative_to(root))
        for start in range(len(lines) - RUN + 1):
            where[tuple(lines[start : start + RUN])].add(name)
    pairs: set[tuple[str, str]] = set()
    common = 0
    for files in where.values():
        if len(files) > COMMON:
            common += 1
            continue
        pairs.update(itertools.combinations(sorted(files), 2))
    return sorted(pairs), common


def screen_answers(site: Path, pages: list[str]) -> dict[str, float]:
    """Complete sections in a 1400x900 window, averaged over section-start scrolls."""
    import subprocess
    import time

    from playwright.sync_api import sync_playwright
    from scripts.pdf import CHROMIUM, CHROMIUM_ARGS

    server = subprocess.Popen(
        [sys.executable, "-m", "http.server", "8791", "-b", "127.0.0.1", "-d", site],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    results: dict[str, float] = {}
    try:
        time.sleep(0.5)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=str(CHROMIUM), args=CHROMIUM_ARGS
            )
            tab = browser.new_page(viewport={"width": 1400, "height": 900})
            for page in pages:
                tab.goto(f"http://127.0.0.1:8791/{page}/")
                counts = tab.evaluate(
                    """() => {
                      const header = document.querySelector('.md-header');
                      const top = header ? header.getBoundingClientRect().height : 0;
                      const boxes = [...document.querySelectorAll('section.sheet-section')]
                        .map(s => { const r = s.getBoundingClientRect();
                                    return [r.top + scrollY, r.bottom + scrollY]; });
                      return boxes.map(([start]) => {
                        const from = start - top, to = from + innerHeight;
                        return boxes.filter(([a, b]) => a >= from - 1 && b <= to + 1)
                                    .length;
                      });
                    }"""
                )
                results[page] = round(sum(counts) / len(counts), 2) if counts else 0.0
            browser.close()
    finally:
        server.terminate()
        server.wait()
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, default=ROOT / "site")
    parser.add_argument("--pages", default="")
    parser.add_argument("--screen", action="store_true")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    pages = [p for p in page_includes(DOCS) if p != "index"]
    if args.pages:
        pages = [p for p in pages if p in args.pages.split(",")]
    site = args.site if args.site.exists() else None
    figures = {page: page_figures(page, site) for page in pages}
    pairs, common = repeated_pairs()
    for a, b in pairs:
        for page in {a.split("/")[0], b.split("/")[0]} & set(figures):
            figures[page]["repeated"] = int(figures[page].get("repeated", 0)) + 1
    if args.screen and site:
        for page, value in screen_answers(site, pages).items():
            figures[page]["answers_on_screen"] = value
    total_sections = sum(int(f["sections"]) for f in figures.values())
    total = {
        "sections": total_sections,
        "code_per_section": round(
            sum(int(f["code_lines"]) for f in figures.values()) / total_sections,
            1,
        ),
        "setup_per_section": round(
            sum(int(f["setup_lines_in_examples"]) for f in figures.values())
            / total_sections,
            2,
        ),
        "printed_share": round(
            sum(int(f["printed"]) for f in figures.values()) / total_sections,
            3,
        ),
        "repeated_pairs": len(pairs),
        "common_runs": common,
    }
    printed_pages = [f["pages"] for f in figures.values() if "pages" in f]
    if printed_pages:
        total["printed_pages"] = sum(printed_pages)
        total["sections_per_page"] = round(
            sum(int(f["printed"]) for f in figures.values()) / sum(printed_pages), 1
        )
        if site and (site / "pdf" / BOOKLET).is_file():
            from pypdf import PdfReader

            total["booklet_pages"] = len(PdfReader(site / "pdf" / BOOKLET).pages)
    if args.screen and site:
        answers = [float(f["answers_on_screen"]) for f in figures.values()]
        total["sheets_with_3_answers_on_screen"] = sum(a >= 3 for a in answers)
    columns = ["sections", "code_per_section", "setup_per_section", "printed"]
    columns += ["pdf_pages", "sections_per_page", "repeated", "answers_on_screen"]
    print(f"{'sheet':<16}" + "".join(f"{c:>18}" for c in columns))
    for page, values in figures.items():
        cells = "".join(f"{values.get(c, '-')!s:>18}" for c in columns)
        print(f"{page:<16}{cells}")
    print("total:", json.dumps(total))
    if args.json:
        args.json.write_text(
            json.dumps({"sheets": figures, "total": total}, indent=2), encoding="utf-8"
        )
    # A printed quick reference is one sheet of paper: two pages per PDF at most.
    long = [
        f"{page} ({values['pdf_pages']})"
        for page, values in figures.items()
        if int(values.get("longest_pdf", 0)) > MAX_PDF_PAGES
    ]
    if long:
        print(
            f"density: a PDF longer than {MAX_PDF_PAGES} pages: " + ", ".join(long),
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
