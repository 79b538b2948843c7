"""The printable quick references: scripts/pdf.py over a strict build.

Every sheet gets a PDF of at most MAX_PAGES pages that shows the sheet's real
output; the booklet (at most BOOKLET_PAGES) has a table of contents whose page
numbers are right. The first page of every PDF is rendered to artifacts/pdf/*.png
for a person to look at.
"""

from __future__ import annotations

import html
import os
import re
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
import sqlalchemy
from pypdf import PdfReader
from pypdf.generic import Destination
from cheatsheets import site
from cheatsheets.runner import run_file
from cheatsheets.site import INCLUDE, QUOTED, pdf_name, sheet_parts
from cheatsheets.targets import declared
from scripts import pdf as pdf_script
from tests.conftest import BUILD_EPOCH, DOCS, ROOT, SNIPPETS, page_includes
from tests.test_publish import broken_links

MAX_PAGES = 2  # a sheet is a quick reference: two pages, A4 or Letter
BOOKLET_PAGES = 50  # every sheet, with the cover and contents
LINE_LIMIT = 44  # output lines this short never wrap in a print column
ARTIFACTS = ROOT / "artifacts" / "pdf"
CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
SHEETS = sorted(page for page in page_includes() if page != "index")
# What is printed: a PDF per sheet, or per part of a sheet printed in parts.
PRINTED = [
    pdf_name(sheet, number).removesuffix(".pdf")
    for sheet in SHEETS
    for number in (range(1, len(sheet_parts(sheet)) + 1) if sheet_parts(sheet) else [0])
]


def _missing_tools() -> list[str]:
    missing = [] if CHROMIUM.exists() else [str(CHROMIUM)]
    missing += [
        tool
        for tool in ("pdftotext", "pdftoppm", "pdftohtml")
        if not shutil.which(tool)
    ]
    return missing


if _missing_tools():
    reason = f"PDF tests need {', '.join(_missing_tools())} (apt-get install chromium poppler-utils)"
    if os.environ.get("CI") == "true":
        pytest.fail(reason, pytrace=False)
    pytest.skip(reason, allow_module_level=True)


def pdftotext(path: Path, *args: str) -> str:
    return subprocess.run(
        ["pdftotext", *args, str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def squeeze(text: str) -> str:
    """Whitespace removed: wrapping, indentation and spacing do not matter."""
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def pdf_site(
    tmp_path_factory: pytest.TempPathFactory, built_site: Path, output_cache: Path
) -> Path:
    """`make pdf`: a strict build whose pages link the PDFs printed into it (with
    the outputs the session's build printed: no example runs again)."""
    site = tmp_path_factory.mktemp("pdf-build") / "site"
    result = subprocess.run(
        [sys.executable, "scripts/build.py", str(site), "--pdf"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        env=dict(
            os.environ,
            SOURCE_DATE_EPOCH=BUILD_EPOCH,
            CHEATSHEETS_CACHE_DIR=str(output_cache),
        ),
    )
    assert result.returncode == 0, result.stdout + result.stderr
    print(result.stdout)
    return site


@pytest.fixture(scope="module")
def pdfs(pdf_site: Path) -> Path:
    out = pdf_site / "pdf"
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for pdf in sorted(out.glob("*.pdf")):
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                "-r",
                "60",
                "-f",
                "1",
                "-l",
                "1",
                "-singlefile",
                str(pdf),
                str(ARTIFACTS / pdf.stem),
            ],
            check=True,
        )
    return out


@pytest.fixture(scope="module")
def titles(pdf_site: Path, pdfs: Path) -> dict[str, str]:
    return {sheet.name: sheet.title for sheet in pdf_script.sheets(pdf_site, pdfs)}


def test_every_pdf_link_leads_to_its_pdf(pdf_site: Path) -> None:
    assert broken_links(pdf_site) == []
    for name in PRINTED:
        sheet = name.rsplit("-", 1)[0] if sheet_parts(name.rsplit("-", 1)[0]) else name
        page = (pdf_site / sheet / "index.html").read_text(encoding="utf-8")
        assert f'href="../pdf/{name}.pdf"' in page, name
    home = (pdf_site / "index.html").read_text(encoding="utf-8")
    assert f'href="pdf/{pdf_script.BOOKLET}"' in home


def test_every_sheet_has_a_pdf(pdfs: Path, titles: dict[str, str]) -> None:
    assert sorted(titles) == sorted(PRINTED), "the nav's sheets and docs/*.md differ"
    missing = [name for name in PRINTED if not (pdfs / f"{name}.pdf").is_file()]
    assert not missing


def _printed_well(pdf: Path, paper: str, sheet: str) -> None:
    """No page but the last under a third full; no column ending on a heading or on
    a block's first line (print.css: headings keep their section, orphans 3)."""
    lines = pdf_script.column_lines(pdf, paper)
    fill = pdf_script.page_fill(lines, paper)
    assert all(share >= 1 / 3 for share in fill[:-1]), f"{sheet} on {paper}: {fill}"
    assert pdf_script.stranded(lines) == [], f"{sheet} on {paper}"


@pytest.mark.parametrize("sheet", PRINTED)
def test_sheet_fits_its_page_bound(pdfs: Path, sheet: str) -> None:
    reader = PdfReader(pdfs / f"{sheet}.pdf")
    pages = len(reader.pages)
    assert 1 <= pages <= MAX_PAGES, (
        f"{sheet}.pdf has {pages} pages, more than {MAX_PAGES}: print the sheet in "
        'parts (`## Title { data-part="…" }` starts one); `python scripts/pdf.py '
        "--sections` lists each section's height in columns"
    )
    _printed_well(pdfs / f"{sheet}.pdf", "a4", sheet)


def _printed_snippets(page: Path) -> list[str]:
    """Snippets the page includes outside the sections print hides, in order.

    A section runs from a `## ` heading to the next one; a heading marked
    `{ .no-print }` hides its whole section in print (docs/assets/print.css)."""
    printed: list[str] = []
    for chunk in re.split(r"(?m)^(?=## )", page.read_text(encoding="utf-8")):
        heading = chunk.split("\n", 1)[0]
        if chunk.startswith("## ") and "{ .no-print }" in heading:
            continue
        for call in INCLUDE.findall(chunk):
            printed.extend(QUOTED.findall(call))
    return printed


def _distinctive_line(output: str, path: str) -> str | None:
    """The longest short line print shows (bookkeeping lines are left out there)."""
    every = output.splitlines()
    kinds = site.left_out(every, site.output_policy(path))
    lines = [line.strip() for line, kind in zip(every, kinds, strict=True) if not kind]
    fitting = [line for line in lines if 12 <= len(line) <= LINE_LIMIT]
    return max(fitting, key=len) if fitting else None


@pytest.mark.parametrize("sheet", SHEETS)
def test_sheet_shows_real_output(pdfs: Path, sheet: str, build_outputs: Path) -> None:
    candidates = _printed_snippets(DOCS / f"{sheet}.md")
    if not candidates:
        pytest.skip(f"docs/{sheet}.md prints no example yet")
    # -raw: in drawing order, so an aligned line ("or_   [...]") stays together.
    # A sheet printed in parts: every example's output is in one of them.
    text = "".join(
        squeeze(pdftotext(pdf, "-raw"))
        for pdf in sorted(pdfs.glob(f"{sheet}*.pdf"))
        if pdf.stem == sheet or pdf.stem.removeprefix(sheet + "-").isdigit()
    )
    checked = 0
    for path in candidates:
        snippet = SNIPPETS / path
        first = declared(snippet.read_text(encoding="utf-8"))[0]  # what print shows
        line = _distinctive_line(run_file(snippet, first).output, path)
        if line is not None:
            assert squeeze(line) in text, f"{sheet}.pdf lacks {path}'s output {line!r}"
            checked += 1
    assert checked, f"no output line of {LINE_LIMIT} characters or less on {sheet}"


@pytest.fixture(scope="module")
def letter_pdfs(pdf_site: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("letter")
    result = subprocess.run(
        [
            sys.executable,
            "scripts/pdf.py",
            str(pdf_site),
            "--paper",
            "letter",
            "--out",
            str(out),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return out


@pytest.mark.parametrize("sheet", PRINTED)
def test_sheet_fits_its_page_bound_on_letter(letter_pdfs: Path, sheet: str) -> None:
    reader = PdfReader(letter_pdfs / f"{sheet}.pdf")
    pages = len(reader.pages)
    assert 1 <= pages <= MAX_PAGES, f"{sheet}.pdf on Letter has {pages} pages"
    _printed_well(letter_pdfs / f"{sheet}.pdf", "letter", sheet)


def test_booklet_fits_its_page_bound_on_letter(letter_pdfs: Path) -> None:
    _booklet_printed_well(letter_pdfs / pdf_script.BOOKLET, "letter")


def test_nearly_every_section_is_printed() -> None:
    """A quick reference holds its sheet: at most 5 % of sections stay off paper."""
    headings = [
        line
        for page in SHEETS
        for line in (DOCS / f"{page}.md").read_text(encoding="utf-8").splitlines()
        if line.startswith("## ")
    ]
    hidden = [line for line in headings if "{ .no-print }" in line]
    assert len(hidden) <= 0.05 * len(headings), hidden


def _heading(page: Path) -> str:
    """A built page's title (its h1), as text."""
    found = re.search(r"<h1[^>]*>(.*?)</h1>", page.read_text(encoding="utf-8"), re.S)
    assert found, f"no h1 in {page}"
    return html.unescape(re.sub(r"<[^>]+>", "", found.group(1))).replace("¶", "")


def test_booklet_contents(pdf_site: Path, pdfs: Path, titles: dict[str, str]) -> None:
    headings = {
        sheet.title: _heading(sheet.html) for sheet in pdf_script.sheets(pdf_site, pdfs)
    }
    booklet = pdfs / pdf_script.BOOKLET
    reader = PdfReader(booklet)
    starts: dict[str, int] = {}
    for item in reader.outline:
        assert isinstance(item, Destination), "the outline is flat: one entry a sheet"
        starts[str(item.title)] = (reader.get_destination_page_number(item) or 0) + 1
    front = min(starts[t] for t in titles.values()) - 1  # the cover and contents
    text = " ".join(
        unicodedata.normalize(
            "NFKC", pdftotext(booklet, "-f", "1", "-l", str(front))
        ).split()
    )
    assert "Contents" in text
    # pdftotext reads the contents by column; pypdf keeps each entry on one line.
    # NFKC: the cover's font sets "fl" as a ligature, which text extraction keeps.
    # One line of text: a long entry wraps onto two lines on the page.
    contents = " ".join(
        unicodedata.normalize(
            "NFKC", "\n".join(page.extract_text() for page in reader.pages[:front])
        ).split()
    )
    entries = {
        title: int(page)
        for title, page in re.findall(
            r"\d+\. (.+?) (\d+)(?= \d+\. | SQLAlchemy cheat sheets page|$)", contents
        )
    }
    for title in titles.values():
        assert title in text, f"the booklet's contents do not name {title!r}"
        assert title in starts, f"no bookmark for {title!r}"
        assert entries.get(title) == starts[title], (
            f"{title!r} starts on page {starts[title]}"
        )
        # The sheet's heading is on the page its entry names.
        page = str(starts[title])
        first = squeeze(
            unicodedata.normalize("NFKC", pdftotext(booklet, "-f", page, "-l", page))
        )
        assert squeeze(headings[title]) in first, (
            f"page {starts[title]} is not {title!r}"
        )
    # One flow: a sheet starts under the end of the one before, not on a new page.
    sheets_total = sum(len(PdfReader(pdfs / f"{name}.pdf").pages) for name in titles)
    assert len(reader.pages) < front + sheets_total
    _booklet_printed_well(booklet, "a4")


def _booklet_printed_well(booklet: Path, paper: str) -> None:
    pages = len(PdfReader(booklet).pages)
    assert pages <= BOOKLET_PAGES, f"the booklet on {paper} has {pages} pages"
    _printed_well(booklet, paper, "the booklet")


def test_booklet_cover_is_dated_and_versioned(pdfs: Path) -> None:
    cover = pdftotext(pdfs / pdf_script.BOOKLET, "-layout", "-f", "1", "-l", "1")
    cover = " ".join(cover.split())
    assert f"SQLAlchemy {sqlalchemy.__version__}" in cover
    assert re.search(r"Built \d{4}-\d{2}-\d{2}", cover)
    # Every release and database the outputs came from, as the home page's stamp says.
    assert re.search(r"Databases SQLite [\d.]+ and PostgreSQL \d+", cover), cover
    assert re.search(r"Python \d+\.\d+\.\d+", cover), cover
