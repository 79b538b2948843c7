"""The pages: includes resolve, every snippet is used, the strict build shows real output."""

from __future__ import annotations

import html
import os
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from cheatsheets import postgres, site
from cheatsheets.runner import run_code, run_file, versions
from cheatsheets.targets import LTS_RELEASE, declared, release_versions
from tests.conftest import DOCS, ROOT, SNIPPETS, all_snippets, page_includes

SHEETS = sorted(page for page in page_includes() if page != "index")
FORBIDDEN = {
    "a traceback": re.compile(r"Traceback \(most recent call last\)"),
    "a log timestamp": re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},\d{3}"),
    "a timing": re.compile(r"generated in \d|cached since \d|\[no key \d"),
    "an object address": re.compile(r"\b0x[0-9a-fA-F]{6,}\b"),
    "a failed snippet": re.compile(r"Snippet failed"),
}


class CodeText(HTMLParser):
    """Collects the text inside <code> elements, the way a reader sees it."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.blocks: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "code":
            self.depth += 1
            self.blocks.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "code" and self.depth:
            self.depth -= 1

    def handle_data(self, data: str) -> None:
        if self.depth:
            self.blocks[-1] += data


def code_blocks(page: Path) -> list[str]:
    parser = CodeText()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser.blocks


def test_every_include_resolves() -> None:
    missing = [
        f"docs/{page}.md: {path}"
        for page, paths in page_includes().items()
        for path in paths
        if not (SNIPPETS / path).is_file()
    ]
    assert not missing


def test_every_snippet_is_used_by_a_page() -> None:
    used = {path for paths in page_includes().values() for path in paths}
    unused = [
        str(p.relative_to(ROOT))
        for p in all_snippets()
        if str(p.relative_to(SNIPPETS)) not in used
    ]
    assert not unused, f"snippets no page includes: {unused}"


def test_snippets_live_in_the_folder_of_their_page() -> None:
    misplaced = [
        f"docs/{page}.md includes {path}"
        for page, paths in page_includes().items()
        for path in paths
        if Path(path).parts[0] != page
    ]
    assert not misplaced


@pytest.mark.parametrize("page", SHEETS)
def test_sheet_has_at_least_ten_examples(page: str) -> None:
    assert len(page_includes()[page]) >= 10


def test_site_pages_show_no_traceback_timestamp_timing_or_address(
    built_site: Path,
) -> None:
    problems = [
        f"{page.relative_to(built_site)} shows {what}"
        for page in sorted(built_site.rglob("*.html"))
        for what, pattern in FORBIDDEN.items()
        if pattern.search(page.read_text(encoding="utf-8"))
    ]
    assert not problems


@pytest.mark.parametrize("page", SHEETS)
def test_page_shows_each_snippet_source_and_real_output(
    page: str, built_site: Path, build_outputs: Path
) -> None:
    blocks = code_blocks(built_site / page / "index.html")
    for path in page_includes()[page]:
        snippet = SNIPPETS / path
        source = site.reader_view(snippet.read_text(encoding="utf-8")).rstrip("\n")
        first = declared(snippet.read_text(encoding="utf-8"))[0]
        output = run_file(snippet, first).output.rstrip("\n")
        assert any(block.rstrip("\n") == source for block in blocks), (
            f"{path}: source not on page"
        )
        if output:  # a page's setup prints nothing and shows no output block
            assert any(block.rstrip("\n") == output for block in blocks), (
                f"{path}: output not on page"
            )
        code = snippet.read_text(encoding="utf-8")
        for target in declared(code):  # every target's real output, in its tab
            shown = run_code(code, snippet, target).output.rstrip("\n")
            if shown:  # (outputs differing only in the error link's release share one)
                assert any(
                    site._comparable(block.rstrip("\n")) == site._comparable(shown)
                    for block in blocks
                ), f"{path}: {target.name} output not on page"


@pytest.mark.parametrize("page", [*SHEETS, "index"])
def test_page_is_stamped_with_versions(page: str, built_site: Path) -> None:
    text = (built_site / ("" if page == "index" else page) / "index.html").read_text(
        encoding="utf-8"
    )
    stamp = re.search(r'<p class="build-stamp"[^>]*>(.*?)</p>', text)
    assert stamp, "no version stamp"
    for value in versions().values():
        assert html.escape(value) in stamp.group(1)
    used = site.page_targets(page)
    if page == "index":  # the home page names every target the sheets use
        used = [t for sheet in SHEETS for t in site.page_targets(sheet)]
    lts = release_versions(LTS_RELEASE)["sqlalchemy"]
    assert (lts in stamp.group(1)) == any(t.release == LTS_RELEASE for t in used)
    on_postgresql = any(t.database == "postgresql" for t in used)
    assert (
        f"PostgreSQL {postgres.server_version()}" in stamp.group(1)
    ) == on_postgresql


def test_pages_and_downloads_leave_build_markers_out(built_site: Path) -> None:
    """`# targets:` headers and type-checker pragmas are for the build, not the reader;
    `# raises:` stays: it says the ending is meant."""
    marked = [
        p for p in all_snippets() if "# targets:" in p.read_text(encoding="utf-8")
    ]
    assert marked
    for page in SHEETS:
        shown = "\n".join(code_blocks(built_site / page / "index.html"))
        assert "# targets:" not in shown and "# type: ignore" not in shown, page
    downloads = "\n".join(
        p.read_text(encoding="utf-8") for p in (built_site / "standalone").rglob("*.py")
    )
    assert "# targets:" not in downloads and "# type: ignore" not in downloads
    assert "# raises: " in downloads


def test_docs_hold_no_inline_executed_code() -> None:
    offenders = [
        p.name
        for p in DOCS.glob("*.md")
        if re.search(r'exec="(1|on|true|yes)"', p.read_text())
    ]
    assert not offenders


def test_readme_links_to_existing_files() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    targets = re.findall(r"\]\(((?:snippets|docs)/[^)]+)\)", readme)
    assert targets, "the README links its pitfall snippets"
    assert [t for t in targets if not (ROOT / t).is_file()] == []


def test_what_examples_write_cannot_be_committed() -> None:
    """Running an example from the checkout leaves database files git ignores."""
    import subprocess

    tracked = subprocess.run(
        ["git", "ls-files", "*.db", "*.sqlite", "*.sqlite3", "*.db-journal"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert tracked == [], f"database files in the repository: {tracked}"
    written = ["pool.db", "log.db", "snippets/pools/pool.db", "app.sqlite", "x.db-wal"]
    ignored = subprocess.run(
        ["git", "check-ignore", *written], cwd=ROOT, capture_output=True, text=True
    ).stdout.split()
    assert ignored == written


def test_home_page_indexes_every_section(built_site: Path) -> None:
    """The A to Z index on the home page links every section of every sheet."""
    home = (built_site / "index.html").read_text(encoding="utf-8")
    indexed = set(re.findall(r'href="([\w-]+)/#([^"]+)"', home))
    missing = []
    for page in SHEETS:
        text = (built_site / page / "index.html").read_text(encoding="utf-8")
        for anchor in re.findall(r'<h2 id="([^"]+)"', text):
            if not anchor.startswith("setup") and (page, anchor) not in indexed:
                missing.append(f"{page}/#{anchor}")
    assert missing == []


def test_serve_rebuilds_the_pages_an_edit_touches(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`make serve` is a dirty build: a page counts as changed when a snippet it
    includes, or that snippet's setup, is newer than its HTML; every page does
    when build code is."""
    snippets, docs, code = tmp_path / "snippets", tmp_path / "docs", tmp_path / "code"
    for folder in (snippets / "one", snippets / "two", docs, code):
        folder.mkdir(parents=True)
    (snippets / "one" / "one_setup.py").write_text("x = 1\n")
    (snippets / "one" / "uses_setup.py").write_text("from one_setup import x\n")
    (snippets / "two" / "alone.py").write_text("print(2)\n")
    (docs / "one.md").write_text('{{ example("one/uses_setup.py") }}\n')
    (docs / "two.md").write_text('{{ example("two/alone.py") }}\n')
    (code / "hooks.py").write_text("\n")
    monkeypatch.setattr(site, "SNIPPETS", snippets)
    monkeypatch.setattr(site, "BUILD_CODE", [code])
    pages = {name: tmp_path / f"{name}.html" for name in ("one", "two")}

    def at(path: Path, when: float) -> None:
        path.touch()
        os.utime(path, (when, when))

    for path in [*snippets.rglob("*.py"), code / "hooks.py"]:
        at(path, 1000)
    for html_file in pages.values():
        at(html_file, 2000)
    assert site.stale_pages(pages, docs) == []
    at(snippets / "one" / "one_setup.py", 3000)  # the setup, not the example
    assert site.stale_pages(pages, docs) == ["one"]
    at(snippets / "two" / "alone.py", 3000)
    assert site.stale_pages(pages, docs) == ["one", "two"]
    at(snippets / "one" / "one_setup.py", 1000)
    at(snippets / "two" / "alone.py", 1000)
    at(code / "hooks.py", 3000)
    assert site.stale_pages(pages, docs) == ["one", "two"]


ECHOED = "BEGIN (implicit)\nSELECT 1\n[generated] ()\nrows: [(1,)]\nROLLBACK"


def test_bookkeeping_lines_are_left_out_where_they_stand_and_counted() -> None:
    block = site._output_html(ECHOED, "", title="Output")
    # The code text is still the whole output, in order: the page hides, not drops.
    assert code_text(block).rstrip("\n") == ECHOED
    assert block.count('class="left-out"') == 3
    assert block.count('class="trim-mark') == 3  # before SELECT and rows, after rows
    assert "⋯ 3 lines left out: BEGIN, parameters, ROLLBACK" in block
    assert 'class="trim-note" aria-expanded="false"' in block
    shown = re.sub(r'<span class="left-out">.*?</span>', "", block, flags=re.S)
    assert code_text(shown) == "SELECT 1\nrows: [(1,)]"


def test_a_bound_parameter_and_its_cast_wrap_as_one_word() -> None:
    sql = "INSERT INTO t (a, b) VALUES (%(a)s::VARCHAR, %(b_m0)s::TIMESTAMP WITH TIME ZONE)"
    for policy in ("whole", ""):
        block = site._output_html(f"BEGIN (implicit)\n{sql}\nCOMMIT", policy)
        assert '<span class="nowrap">%(a)s::VARCHAR</span>' in block
        assert '<span class="nowrap">%(b_m0)s::TIMESTAMP WITH TIME ZONE</span>' in block
        assert sql in code_text(block)


def test_an_example_or_page_can_keep_its_whole_output_or_name_its_point() -> None:
    assert site._output_html(ECHOED, "whole").count("left-out") == 0
    kinds = site.left_out(ECHOED.splitlines(), "only ^rows")
    assert kinds == ["BEGIN", "other", "parameters", None, "ROLLBACK"]
    assert "⋯ 4 lines left out: BEGIN, 1 other, parameters, ROLLBACK" in (
        site._output_html(ECHOED, "only ^rows")
    )
    # Nothing left would be shown: the whole output is.
    assert site.left_out(["COMMIT"], "") == [None]
    # Transactions are the point of these pages: their front matter keeps it all.
    for page in ("transactions", "isolation"):
        path = page_includes()[page][1]
        assert site.output_policy(path) == "transactions", path
    kept = site.left_out(ECHOED.splitlines(), "transactions")
    assert kept == [None, None, "parameters", None, None]
    assert site.output_policy(page_includes()["crud"][1]) == ""


def test_a_bad_output_header_fails_with_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(site, "SNIPPETS", tmp_path)
    (tmp_path / "crud").mkdir()
    (tmp_path / "crud" / "bad.py").write_text("# output: some\nprint(1)\n")
    (tmp_path / "crud" / "regex.py").write_text("# output: only (\nprint(1)\n")
    with pytest.raises(site.SnippetError, match=r"snippets/crud/bad.py.*say `whole`"):
        site.output_policy("crud/bad.py")
    with pytest.raises(site.SnippetError, match=r"snippets/crud/regex.py.*only \("):
        site.output_policy("crud/regex.py")


def code_text(html_text: str) -> str:
    parser = CodeText()
    parser.feed(html_text)
    return "".join(parser.blocks)


def test_a_code_blocks_first_blank_line_is_marked_after_fewer_than_three_lines() -> (
    None
):
    """The booklet keeps those lines with the rest of their block (scripts/pdf.py)."""
    from cheatsheets.hooks import _print_compact

    def block(code: str) -> str:
        return f"<pre><span></span><code>{code}</code></pre>"

    short = _print_compact(block("a\n\nb\nc\n\nd\n"), setup=True)
    assert short.count('"blank-line first"') == 1
    assert short.count('"blank-line"') == 1
    assert "first" not in _print_compact(block("a\nb\nc\n\nd\n"), setup=True)
    assert "first" not in _print_compact(block("a\nb\nc\n"), setup=True)
    # The line importing the setup is not printed, so it does not count.
    setup_import = (
        '<span class="kn">from</span><span class="w"> </span>'
        '<span class="nn">crud_setup</span> import engine\n'
    )
    marked = _print_compact(block(setup_import + "a\nb\n\nc\n"), setup=False)
    assert '"blank-line first"' in marked
