"""Print every cheat sheet of a built site to PDF, plus one booklet of them all.

    python scripts/pdf.py [SITE] [--paper a4|letter] [--out DIR] [--max-pages N]
                          [--sections]

SITE is a built site (default: site/). Each sheet — every page in the nav of
mkdocs.yml except the home page — is opened in Chromium from the built files and
printed with the site's own print stylesheet (docs/assets/print.css), exactly as
the browser's Print command would lay it out, to SITE/pdf/<sheet>.pdf. Then
SITE/pdf/sqlalchemy-cheat-sheets.pdf, the booklet: a cover with the versions, the
build date and a table of contents, then every sheet in one flow (a sheet starts
under the end of the one before, not on a new page), one PDF bookmark per sheet.

A sheet longer than --max-pages (default 2) is reported with how many columns it
runs over (with --sections: and how tall each of its sections is, in columns);
the PDFs are written anyway. Chromium: /usr/bin/chromium, or $CHROMIUM.
"""

from __future__ import annotations

import argparse
import bisect
import datetime as dt
import html
import io
import itertools
import os
import re
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple
from xml.etree import ElementTree

import sqlalchemy
from mkdocs.utils.yaml import yaml_load
from playwright.sync_api import Browser, Page, sync_playwright
from pypdf import PdfReader, PdfWriter

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # `python scripts/pdf.py` puts scripts/ first instead
    sys.path.insert(0, str(ROOT))

from cheatsheets.runner import versions  # noqa: E402
from cheatsheets.site import BOOKLET, pdf_name, sheet_parts  # noqa: E402
from scripts.build import source_date_epoch  # noqa: E402

CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
COLUMNS = 2  # must match `column-count` in docs/assets/print.css
COLUMN_GAP_MM = 5.0  # and `column-gap`

# Paper sizes in mm (width, height), printed portrait. The margins repeat the
# @page rule of print.css; the footer is drawn inside the bottom margin.
PAPERS = {"a4": ("A4", 210.0, 297.0), "letter": ("Letter", 215.9, 279.4)}
MARGIN = {"top": "6mm", "right": "6mm", "bottom": "9mm", "left": "6mm"}

FOOTER = """<div style="width: 100%; margin: 0 6mm 2.5mm; display: flex; gap: 6mm;
  justify-content: space-between; font: 7pt Helvetica, Arial, sans-serif; color: #555;">
  <span style="font-weight: bold;">{title}</span>
  <span>page <span class="pageNumber"></span> of <span class="totalPages"></span></span>
  <span>{right}</span>
</div>"""


@dataclass
class Sheet:
    name: str  # docs/<name>.md, SITE/pdf/<name>.pdf
    title: str  # as in the nav
    html: Path  # the built page
    pdf: Path
    part: int = 0  # of a sheet printed in parts (`data-part`); 0: the whole sheet
    sections: list[tuple[str, float]] = field(default_factory=list)  # (h2, columns)
    pages: int = 0
    columns: int = 0  # columns used, of COLUMNS per page (of a sheet over its bound)
    seconds: float = 0.0
    article: str = ""  # the printed page's article, as printed, for the booklet


# --- the sheets ------------------------------------------------------------------


def _nav_pages(nav: Any) -> list[tuple[str, str]]:
    """(title, docs path) for every page of a nav, sections flattened, in order."""
    pages: list[tuple[str, str]] = []
    for item in nav or []:
        if isinstance(item, str):
            pages.append((Path(item).stem.replace("_", " ").capitalize(), item))
        elif isinstance(item, dict):
            for title, value in item.items():
                if isinstance(value, str):
                    pages.append((str(title), value))
                else:
                    pages.extend(_nav_pages(value))
    return pages


def sheets(site: Path, out: Path, config: Path = ROOT / "mkdocs.yml") -> list[Sheet]:
    """The nav's pages except the home page, with the built HTML of each."""
    data = yaml_load(config.read_text(encoding="utf-8")) or {}
    directory_urls = data.get("use_directory_urls", True)
    found: list[Sheet] = []
    for title, path in _nav_pages(data.get("nav")):
        if "://" in path or not path.endswith(".md"):
            continue  # external link
        stem = path[: -len(".md")]
        if stem == "index" or stem.endswith("/index"):
            continue  # the home page is not a sheet
        page = site / stem / "index.html" if directory_urls else site / f"{stem}.html"
        if not page.is_file():
            raise SystemExit(f"pdf: {page} not found; build the site first")
        name = stem.replace("/", "-")
        parts = sheet_parts(stem)
        if not parts:
            found.append(Sheet(name, title, page, out / pdf_name(name)))
        for number, part_title in enumerate(parts, 1):
            found.append(
                Sheet(
                    f"{name}-{number}",
                    f"{title}: {part_title}",
                    page,
                    out / pdf_name(name, number),
                    part=number,
                )
            )
    if not found:
        raise SystemExit(f"pdf: no sheets in the nav of {config}")
    return found


# --- dates and versions ----------------------------------------------------------


def build_date() -> dt.date:
    """The date the build stamps (SOURCE_DATE_EPOCH or the last commit); never today."""
    return dt.datetime.fromtimestamp(int(source_date_epoch()), tz=dt.UTC).date()


_STAMP_VERSION = re.compile(r"SQLAlchemy (\d[\w.+-]*)")


def stamped_version(page: Page) -> str | None:
    """The SQLAlchemy version the page's outputs were produced by (its build stamp)."""
    stamp = page.locator("p.build-stamp")
    if stamp.count() == 0:
        return None
    found = _STAMP_VERSION.search(stamp.first.inner_text())
    return found.group(1) if found else None


# --- printing --------------------------------------------------------------------


def _pdf_options(paper: str) -> dict[str, Any]:
    return {
        "format": PAPERS[paper][0],
        "landscape": False,
        "print_background": True,
        "margin": MARGIN,
    }


# One part of a sheet: its sections and the page's setup; its title in the heading.
_SHOW_PART = """([part, title]) => {
  for (const section of document.querySelectorAll('.sheet-section[data-part]')) {
    if (section.dataset.part !== String(part)) section.style.display = 'none';
  }
  const heading = document.querySelector('.md-content__inner h1');
  if (heading) heading.textContent = title;
}"""


def print_sheet(page: Page, sheet: Sheet, paper: str) -> bytes:
    page.goto(sheet.html.as_uri(), wait_until="load")
    page.evaluate("document.fonts.ready")
    if sheet.part:
        page.evaluate(_SHOW_PART, [sheet.part, sheet.title])
    # What the browser does before printing: print.js opens <details>.
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    version = stamped_version(page) or sqlalchemy.__version__
    if version != sqlalchemy.__version__:
        print(
            f"pdf: {sheet.name}: built with SQLAlchemy {version}, "
            f"this environment has {sqlalchemy.__version__}; the footer says {version}",
            file=sys.stderr,
        )
    footer = FOOTER.format(
        title=html.escape(sheet.title),
        right=f"SQLAlchemy {html.escape(version)} cheat sheets",
    )
    return page.pdf(
        display_header_footer=True,
        header_template="<span></span>",
        footer_template=footer,
        **_pdf_options(paper),
    )


# The height of each h2 section laid out alone in one print column.
_SECTION_HEIGHTS = """(width) => {
  const article = document.querySelector('.md-content__inner');
  if (!article) return [];
  article.style.columnCount = '1';
  article.style.width = width + 'px';
  const sections = [];
  for (const section of article.querySelectorAll('.sheet-section')) {
    if (getComputedStyle(section).display === 'none') continue;
    const title = section.querySelector('h2').cloneNode(true);
    title.querySelectorAll('.headerlink').forEach((link) => link.remove());
    sections.push([title.textContent.trim(), section.getBoundingClientRect().height]);
  }
  return sections;
}"""


def section_sizes(page: Page, paper: str) -> list[tuple[str, float]]:
    """Each section of the printed page and its height in columns (1.0: a full one)."""
    _, width_mm, height_mm = PAPERS[paper]
    margin = {side: float(value.removesuffix("mm")) for side, value in MARGIN.items()}
    column_mm = (
        width_mm - margin["left"] - margin["right"] - (COLUMNS - 1) * COLUMN_GAP_MM
    ) / COLUMNS
    column_height_mm = height_mm - margin["top"] - margin["bottom"]
    px = 96 / 25.4
    page.emulate_media(media="print")
    try:
        found = page.evaluate(_SECTION_HEIGHTS, column_mm * px)
    finally:
        page.emulate_media(media="null")
    return [(str(title), float(h) / (column_height_mm * px)) for title, h in found]


def columns_used(reader: PdfReader, paper: str) -> int:
    """Columns holding text: COLUMNS per page before the last, counted on the last.

    Only the x position matters. Chromium draws the page body shifted by the left
    margin and the footer from the page's edge, which tells the two apart."""
    if not reader.pages:
        return 0
    left = float(MARGIN["left"].removesuffix("mm"))
    inner = PAPERS[paper][1] - left - float(MARGIN["right"].removesuffix("mm"))
    used: set[int] = set()

    def visit(text: str, cm: list[float], tm: list[float], *_: Any) -> None:
        if not text.strip() or abs(cm[4]) < 0.5:
            return  # blank, or the footer
        x_mm = (tm[4] * cm[0] + tm[5] * cm[2] + cm[4]) / 72 * 25.4
        column = int((x_mm - left) / (inner / COLUMNS))
        used.add(min(max(column, 0), COLUMNS - 1))

    reader.pages[-1].extract_text(visitor_text=visit)
    return (len(reader.pages) - 1) * COLUMNS + (max(used) + 1 if used else 1)


class Line(NamedTuple):
    top: float  # points below the top margin
    text: str
    code: bool  # every run in a monospace font
    heading: bool  # every run in a bold font
    size: float  # the largest type on the line, in points


Columns = list[list[list[Line]]]  # column_lines(): pages, their columns, their lines
_TITLE_PT = 11.0  # a sheet's title (h1) is set larger than this; nothing else is
_SAME_LINE_PT = 1.5  # runs whose baselines are this close share a line


class _Run(NamedTuple):
    """A run of text as pdftohtml gives it."""

    column: int
    top: float  # its baseline, points below the top margin
    x: float  # mm from the page's left edge
    text: str
    bold: bool
    font: str  # its fontspec's id


def _line(runs: list[_Run], fonts: dict[str, tuple[float, str]], scale: float) -> Line:
    """One line from its runs; fonts: each fontspec's size (px) and family."""
    parts = sorted(runs, key=lambda run: run.x)
    families = [fonts.get(run.font, (0.0, ""))[1] for run in parts]
    return Line(
        top=round(min(run.top for run in parts)),
        text="".join(run.text for run in parts).strip(),
        # a compare label ("2.0 style", bold) may share a code line
        code=any("Mono" in name for name in families)
        and all(
            "Mono" in name or run.bold
            for name, run in zip(families, parts, strict=True)
        ),
        heading=all(run.bold for run in parts),
        size=max(fonts.get(run.font, (0.0, ""))[0] for run in parts) / scale,
    )


def column_lines(pdf: Path, paper: str) -> Columns:
    """Each page's columns in reading order, each a list of its text lines from top
    to bottom. A sheet's title that runs across the page (the booklet's, where a
    sheet starts under the end of the one before) starts a new row of columns.

    Read with poppler's pdftohtml, which gives each run of text its box and font."""
    xml = subprocess.run(
        ["pdftohtml", "-xml", "-i", "-q", "-stdout", str(pdf)],
        capture_output=True,
        check=True,
    ).stdout
    margin = {side: float(value.removesuffix("mm")) for side, value in MARGIN.items()}
    inner = PAPERS[paper][1] - margin["left"] - margin["right"]
    height_pt = PAPERS[paper][2] / 25.4 * 72
    footer_pt = (PAPERS[paper][2] - margin["bottom"]) / 25.4 * 72
    top_pt = margin["top"] / 25.4 * 72
    fonts: dict[str, tuple[float, str]] = {}  # id: (size in px, family)
    pages = []
    for page in ElementTree.fromstring(xml).iter("page"):
        scale = float(page.get("height", "1")) / height_pt  # px per point
        for spec in page.iter("fontspec"):
            fonts[spec.get("id", "")] = (
                float(spec.get("size", "0")),
                spec.get("family", ""),
            )
        runs: list[_Run] = []
        for element in page.iter("text"):
            text = "".join(element.itertext())
            # pdftohtml gives a run's box; its baseline is about 4/5 down (DejaVu's
            # ascent and descent, for the sans and the mono alike).
            box = float(element.get("top", "0")), float(element.get("height", "0"))
            top = (box[0] + 0.8 * box[1]) / scale
            if not text.strip() or top >= footer_pt:
                continue  # blank, or the footer (in the bottom margin)
            x_mm = float(element.get("left", "0")) / scale / 72 * 25.4
            column = min(
                max(int((x_mm - margin["left"]) / (inner / COLUMNS)), 0), COLUMNS - 1
            )
            bold = "".join(part for b in element.iter("b") for part in b.itertext())
            runs.append(
                _Run(
                    column,
                    top - top_pt,
                    x_mm,
                    text,
                    bold.strip() == text.strip(),
                    element.get("font", ""),
                )
            )
        lines: list[tuple[int, Line]] = []
        current: list[_Run] = []
        for run in [*sorted(runs), None]:
            # Runs of one line: in one column, tops within a few points (type sizes
            # differ).
            if current and (
                run is None
                or run.column != current[0].column
                or run.top - current[0].top > _SAME_LINE_PT
            ):
                lines.append((current[0].column, _line(current, fonts, scale)))
                current = []
            if run is not None:
                current.append(run)
        # Where each title starts (a long one wraps onto a second line) below other
        # text; at the top of a page it starts no row.
        tops = sorted({line.top for _, line in lines if line.size > _TITLE_PT})
        titles = [
            top
            for n, top in enumerate(tops)
            if (n == 0 or top - tops[n - 1] > 24)
            and any(line.top < top - 12 for column, line in lines if column == 0)
        ]
        rows: list[list[list[Line]]] = [
            [[] for _ in range(COLUMNS)] for _ in range(len(titles) + 1)
        ]
        for column, line in lines:
            rows[bisect.bisect_right(titles, line.top)][column].append(line)
        pages.append([column for row in rows if any(row) for column in row])
    return pages


def page_fill(pages: Columns, paper: str) -> list[float]:
    """How full each page is: the share of its columns' height down to the last line."""
    _, _, height_mm = PAPERS[paper]
    usable = (
        (
            height_mm
            - float(MARGIN["top"].removesuffix("mm"))
            - float(MARGIN["bottom"].removesuffix("mm"))
        )
        / 25.4
        * 72
    )
    fills = []
    for page in pages:
        lowest = [
            max((lines[-1].top for lines in page[index::COLUMNS] if lines), default=0.0)
            for index in range(COLUMNS)
        ]
        fills.append(round(sum(min(top / usable, 1.0) for top in lowest) / COLUMNS, 3))
    return fills


# More space than this above a code line (points) starts a new block: code lines are
# 6.5 pt type about 7 pt apart, a blank line inside a block adds one line (13-15 pt),
# the padding between two blocks more (17 pt and up).
_BLOCK_GAP = 16.0


def stranded(pages: Columns) -> list[str]:
    """Columns that end on a heading, or on the first line of a code or output block
    that goes on in the next column: `page 1, column 2: 'with Session(...'`."""
    found = []
    columns = [
        (number, index, lines)
        for number, page in enumerate(pages, start=1)
        for index, lines in enumerate(page, start=1)
    ]
    for (number, index, lines), (_, _, after) in itertools.pairwise(columns):
        if not lines or not after:
            continue
        last = lines[-1]
        before = lines[-2] if len(lines) > 1 else None
        starts_block = (
            before is None or not before.code or last.top - before.top > _BLOCK_GAP
        )
        if last.heading or (last.code and starts_block and after[0].code):
            found.append(f"page {number}, column {index}: {last.text[:60]!r}")
    return found


def finish(data: bytes, path: Path, title: str, date: dt.date) -> PdfReader:
    """Write a PDF with our metadata and a reproducible date; return it read back."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    stamp = date.strftime("D:%Y%m%d000000Z")
    writer.add_metadata(
        {
            "/Title": title,
            "/Author": "SQLAlchemy cheat sheets",
            "/CreationDate": stamp,
            "/ModDate": stamp,
        }
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle:
        writer.write(handle)
    return PdfReader(path)


# --- the booklet -----------------------------------------------------------------

# The cover and contents: the booklet's first page, in the same document as the
# sheets so that the footer's page numbers are the booklet's own.
COVER_CSS = """
.booklet-cover { break-after: page; padding: 16mm 16mm 0; color: #000;
  font: 10pt/1.4 Helvetica, Arial, sans-serif; }
.booklet-cover > section:first-child { margin-bottom: 16mm; }
.booklet-cover .cover-title { margin: 18mm 0 4mm; font-size: 30pt; font-weight: bold;
  line-height: 1.1; }
.booklet-cover .lead { margin: 0 0 8mm; font-size: 12pt; color: #333; }
.booklet-cover dl { display: grid; grid-template-columns: max-content 1fr;
  gap: 1mm 5mm; margin: 0; }
.booklet-cover dt { color: #555; }
.booklet-cover dd { margin: 0; font-weight: bold; }
.booklet-cover .contents-title { margin: 0 0 4mm; padding-bottom: 1.5mm; font-size: 13pt;
  font-weight: bold; border-bottom: 0.8pt solid #000; }
.booklet-cover ol { margin: 0; padding: 0; list-style: none; counter-reset: sheet;
  columns: 2; column-gap: 8mm; }
.booklet-cover li { display: flex; align-items: baseline; gap: 2mm; padding: 1.1mm 0;
  margin: 0; counter-increment: sheet; break-inside: avoid; }
.booklet-cover li::before { content: counter(sheet) "."; min-width: 7mm; color: #555; }
.booklet-cover li .dots { flex: 1; border-bottom: 0.6pt dotted #888; }
.booklet-cover li .page { min-width: 8mm; text-align: right;
  font-variant-numeric: tabular-nums; }
/* Each sheet goes on under the end of the one before: its columns end level, and
   its title runs across both columns of the page. */
.md-content__inner.booklet-sheet { column-fill: balance; }
.md-typeset.booklet-sheet > h1 { column-span: all; break-after: avoid; }
/* Balancing a sheet's last columns, Chromium may end one after a code block's first
   lines: each blank line is a box of its own, so `orphans` counts only the lines
   before it. The first blank line, when few lines come before it
   (cheatsheets/hooks.py), keeps them with the rest. */
.booklet-sheet pre .blank-line.first { break-before: avoid; break-after: avoid; }
"""

COVER = """<section>
  <p class="cover-title">{title}</p>
  <p class="lead">Executable quick references: every output was produced by running the code
  next to it at build time.</p>
  <dl>
    <dt>SQLAlchemy</dt><dd>{sqlalchemy}</dd>
    <dt>Databases</dt><dd>{databases}</dd>
    <dt>Python</dt><dd>{python}</dd>
    <dt>Built</dt><dd>{date}</dd>
  </dl>
</section>
<section>
  <p class="contents-title">Contents</p>
  <ol>
{entries}
  </ol>
</section>"""


# The home page's stamp names every release and database the outputs came from.
_HOME_STAMP = re.compile(
    r"produced at build time by SQLAlchemy (?P<sqlalchemy>.+?) on (?P<databases>.+?), "
    r"with Python (?P<python>\d+(?:\.\d+)*)"
)


def built_with(site: Path) -> dict[str, str]:
    """SQLAlchemy releases, databases and Python of the built site's outputs."""
    v = versions()
    found = {
        "sqlalchemy": v["sqlalchemy"],
        "databases": f"SQLite {v['sqlite']}",
        "python": v["python"],
    }
    home = site / "index.html"
    if home.is_file():
        text = re.sub(r"<[^>]+>", "", home.read_text(encoding="utf-8"))
        match = _HOME_STAMP.search(html.unescape(text))
        if match:
            found.update(match.groupdict())
    return found


def cover_html(
    entries: list[tuple[str, int]], date: dt.date, stamp: dict[str, str] | None = None
) -> str:
    v = stamp or built_with(ROOT / "site")
    rows = "\n".join(
        f'    <li><span class="title">{html.escape(title)}</span>'
        f'<span class="dots"></span><span class="page">{start}</span></li>'
        for title, start in entries
    )
    return COVER.format(
        title="SQLAlchemy cheat sheets",
        sqlalchemy=html.escape(v["sqlalchemy"]),
        databases=html.escape(v["databases"]),
        python=html.escape(v["python"]),
        date=date.isoformat(),
        entries=rows,
    )


# The printed articles of every sheet, after the cover, in place of the first
# sheet's own: one document with the site's print stylesheet. Ids (and what points
# at them) get a prefix per sheet, so that no two sheets share one.
_ARTICLE = "() => document.querySelector('.md-content__inner').outerHTML"
_ASSEMBLE = """([css, cover, articles]) => {
  const first = document.querySelector('.md-content__inner');
  const holder = first.parentElement;
  first.remove();
  const style = document.createElement('style');
  style.textContent = '@media print {' + css + '}';
  document.head.appendChild(style);
  const front = document.createElement('div');
  front.className = 'booklet-cover';
  front.innerHTML = cover;
  holder.appendChild(front);
  articles.forEach((markup, number) => {
    const template = document.createElement('template');
    template.innerHTML = markup;
    const article = template.content.firstElementChild;
    const prefix = 'sheet' + number + '-';
    article.querySelectorAll('[id]').forEach((e) => { e.id = prefix + e.id; });
    article.querySelectorAll('input[name]').forEach((e) => { e.name = prefix + e.name; });
    article.querySelectorAll('label[for]').forEach((e) => { e.htmlFor = prefix + e.htmlFor; });
    article.querySelectorAll('a[href^="#"]').forEach((e) => {
      e.setAttribute('href', '#' + prefix + e.getAttribute('href').slice(1));
    });
    article.classList.add('booklet-sheet');
    holder.appendChild(article);
  });
  document.title = 'SQLAlchemy cheat sheets';
}"""
_CONTENTS = """(pages) => {
  document.querySelectorAll('.booklet-cover li .page').forEach((cell, n) => {
    cell.textContent = String(pages[n]);
  });
}"""


def _starts(data: bytes, sheets: int) -> list[int]:
    """The page (from 1) of each sheet's title: Chromium's outline has one top-level
    entry per h1, the sheets' titles, in order."""
    reader = PdfReader(io.BytesIO(data))
    found = [
        (reader.get_destination_page_number(item) or 0) + 1
        for item in reader.outline
        if not isinstance(item, list)
    ]
    if len(found) != sheets:
        raise SystemExit(
            f"pdf: the booklet has {len(found)} sheet titles, not {sheets}"
        )
    return found


def booklet(
    page: Page,
    done: list[Sheet],
    paper: str,
    date: dt.date,
    path: Path,
    stamp: dict[str, str] | None = None,
) -> int:
    """Cover and contents, then every sheet in one flow; one bookmark per sheet.
    Returns the booklet's pages."""
    page.goto(done[0].html.as_uri(), wait_until="load")
    page.evaluate("document.fonts.ready")
    version = stamped_version(page) or sqlalchemy.__version__
    entries = [(sheet.title, 0) for sheet in done]
    page.evaluate(
        _ASSEMBLE,
        [COVER_CSS, cover_html(entries, date, stamp), [s.article for s in done]],
    )
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    footer = FOOTER.format(
        title="SQLAlchemy cheat sheets",
        right=f"SQLAlchemy {html.escape(version)}, built {date.isoformat()}",
    )
    starts: list[int] = []
    for _ in range(3):  # the contents' numbers take no more room than the zeros did
        data = page.pdf(
            display_header_footer=True,
            header_template="<span></span>",
            footer_template=footer,
            outline=True,
            tagged=True,
            **_pdf_options(paper),
        )
        found = _starts(data, len(done))
        if found == starts:
            break
        starts = found
        page.evaluate(_CONTENTS, starts)
    else:
        raise SystemExit("pdf: the booklet's contents do not settle on page numbers")
    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(data)), import_outline=False)
    writer.add_outline_item(title="Contents", page_number=0)
    for sheet, first in zip(done, starts, strict=True):
        writer.add_outline_item(title=sheet.title, page_number=first - 1)
    writer.page_mode = "/UseOutlines"
    buffer = io.BytesIO()
    writer.write(buffer)
    return len(finish(buffer.getvalue(), path, "SQLAlchemy cheat sheets", date).pages)


# --- main ------------------------------------------------------------------------


def report(
    done: list[Sheet], paper: str, max_pages: int, booklet_pages: int, out: Path
) -> None:
    """Pages per sheet; for a sheet over the bound, by how many columns."""
    print(f"{PAPERS[paper][0]} portrait, {COLUMNS} columns a page -> {out}")
    width = max(len(sheet.name) for sheet in done)
    bound = max_pages * COLUMNS
    for sheet in done:
        line = f"  {sheet.name:<{width}}  {sheet.pages:>2} page{'s' if sheet.pages != 1 else ' '}"
        line += f"  {sheet.seconds:4.1f}s"
        if sheet.pages > max_pages:
            over = sheet.columns - bound
            line += f"  over by {over} column{'s' if over != 1 else ''}"
            line += f" ({sheet.columns} used, {bound} fit)"
        print(line)
        if sheet.pages > max_pages and sheet.sections:
            for title, columns in sheet.sections:
                print(f"  {'':<{width}}    {columns:4.2f}  {title}")
    print(f"  {BOOKLET}: {booklet_pages} pages")
    overflowing = [sheet.name for sheet in done if sheet.pages > max_pages]
    if overflowing:
        print(
            f"{len(overflowing)} sheet(s) longer than {max_pages} pages: "
            + ", ".join(overflowing)
            + ("" if done[0].sections else " (--sections lists their sections)")
        )


def launch(playwright: Any) -> Browser:
    if not CHROMIUM.exists():
        raise SystemExit(f"pdf: no Chromium at {CHROMIUM} (set CHROMIUM=/path/to/it)")
    browser: Browser = playwright.chromium.launch(
        executable_path=str(CHROMIUM), args=CHROMIUM_ARGS
    )
    return browser


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("site", nargs="?", type=Path, default=ROOT / "site")
    parser.add_argument("--paper", type=str.lower, choices=sorted(PAPERS), default="a4")
    parser.add_argument("--out", type=Path, help="directory for the PDFs (SITE/pdf)")
    parser.add_argument(
        "--sections",
        action="store_true",
        help="list the sections of every sheet that overflows, with their heights",
    )
    parser.add_argument(
        "--max-pages", type=int, default=2, help="report sheets longer than this"
    )
    args = parser.parse_args(argv)
    paper: str = args.paper.lower()
    site: Path = args.site.resolve()
    out: Path = (args.out or site / "pdf").resolve()
    todo = sheets(site, out)
    date = build_date()

    started = time.perf_counter()
    with sync_playwright() as playwright:
        browser = launch(playwright)
        page = browser.new_page()
        for sheet in todo:
            begin = time.perf_counter()
            data = print_sheet(page, sheet, paper)
            if args.sections:
                sheet.sections = section_sizes(page, paper)
            title = f"{sheet.title} — SQLAlchemy cheat sheet"
            reader = finish(data, sheet.pdf, title, date)
            sheet.pages = len(reader.pages)
            if sheet.pages > args.max_pages:  # the report says by how much
                sheet.columns = columns_used(reader, paper)
            sheet.article = page.evaluate(_ARTICLE)
            sheet.seconds = time.perf_counter() - begin
        total_pages = booklet(page, todo, paper, date, out / BOOKLET, built_with(site))
        browser.close()
    elapsed = time.perf_counter() - started

    report(todo, paper, args.max_pages, total_pages, out)
    print(f"PDFs written in {elapsed:.1f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
