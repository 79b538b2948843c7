"""What publishing needs: no broken link, metadata per page, llms.txt, the verbs."""

from __future__ import annotations

import html as html_module
import re
import subprocess
import tomllib
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest
import yaml
from cheatsheets import site
from cheatsheets.runner import run_code, run_file
from cheatsheets.targets import Target, declared
from tests.conftest import ROOT, SNIPPETS, page_includes

SHEETS = sorted(page for page in page_includes() if page != "index")


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.ids: set[str] = set()
        self.meta: dict[str, str] = {}
        self.stylesheets: list[dict[str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if found.get("id"):
            self.ids.add(str(found["id"]))
        if tag == "a" and found.get("name"):
            self.ids.add(str(found["name"]))
        for name in ("href", "src"):
            if found.get(name) and not (
                tag == "link" and found.get("rel") == "preconnect"
            ):
                self.links.append(str(found[name]))
        if tag == "meta":
            key = found.get("name") or found.get("property")
            if key:
                self.meta[key] = found.get("content") or ""
        if tag == "link" and found.get("rel") == "canonical":
            self.meta["canonical"] = found.get("href") or ""
        if tag == "link" and found.get("rel") == "stylesheet":
            self.stylesheets.append(found)


def parse(page: Path) -> _Links:
    parser = _Links()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser


def site_url() -> str:
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    match = re.search(r'site_url: !ENV \[SITE_URL, "([^"]+)"\]', config)
    assert match, "mkdocs.yml sets site_url from SITE_URL with a default"
    return match.group(1)


def broken_links(site: Path) -> list[str]:
    """Every link and resource of every page that points at nothing on the site."""
    base = site_url()
    pages = {page: parse(page) for page in sorted(site.rglob("*.html"))}
    broken: list[str] = []
    for page, parsed in pages.items():
        here = "/" + str(page.relative_to(site)).replace("index.html", "")
        for link in parsed.links:
            if link.startswith(base):
                link = "/" + link.removeprefix(base)
            parts = urlsplit(urljoin(here, link))
            if parts.scheme in {"mailto", "javascript", "data"} or (
                parts.scheme and not link.startswith("/")
            ):
                continue  # outside the site (the theme's own links to its home)
            target = site / unquote(parts.path).lstrip("/")
            if target.is_dir():
                target = target / "index.html"
            if not target.exists():
                broken.append(f"{page.relative_to(site)}: {link}")
                continue
            if parts.fragment and target.suffix == ".html":
                ids = pages[target].ids if target in pages else parse(target).ids
                if parts.fragment not in ids:
                    broken.append(f"{page.relative_to(site)}: {link} (no such anchor)")
    return broken


def test_no_broken_link_on_the_site(built_site: Path) -> None:
    assert broken_links(built_site) == []


def test_a_site_without_pdfs_links_no_pdf(built_site: Path) -> None:
    assert not (built_site / "pdf").exists()
    for page in built_site.rglob("*.html"):
        assert ".pdf" not in page.read_text(encoding="utf-8"), page


def test_every_example_links_its_complete_script(built_site: Path) -> None:
    for page in SHEETS:
        links = parse(built_site / page / "index.html").links
        for path in page_includes()[page]:
            assert f"../standalone/{path}" in links, f"{page}: {path}"
            assert (built_site / "standalone" / path).is_file()


def test_copy_gives_the_complete_script_where_an_example_imports_its_setup(
    built_site: Path,
) -> None:
    """Material's copy button copies an enclosing element's `data-copy` text."""
    copies = 0
    for page in SHEETS:
        text = (built_site / page / "index.html").read_text(encoding="utf-8")
        for path in page_includes()[page]:
            block = re.search(
                r'<div class="highlight"( data-copy="([^"]*)")?><span class="filename">'
                rf'<a class="standalone" href="\.\./standalone/{re.escape(path)}"',
                text,
            )
            assert block, f"{page}: {path} not shown"
            imports_setup = "_setup import" in (SNIPPETS / path).read_text("utf-8")
            assert bool(block.group(1)) == imports_setup, path
            if imports_setup:
                copied = html_module.unescape(block.group(2))
                complete = (built_site / "standalone" / path).read_text("utf-8")
                assert copied == complete.rstrip("\n") and "_setup import" not in copied
                copies += 1
    assert copies > 100


@pytest.mark.parametrize("page", ["", *SHEETS])
def test_page_metadata_for_search_and_previews(page: str, built_site: Path) -> None:
    parsed = parse(built_site / page / "index.html")
    description = parsed.meta.get("description", "")
    assert len(description) > 40, "a description of its own"
    if page:
        config = yaml.safe_load(
            re.sub(r"!ENV \[[^\]]*\]", "''", (ROOT / "mkdocs.yml").read_text())
        )
        assert description != config["site_description"], "not the site's description"
    assert parsed.meta["canonical"] == site_url() + (f"{page}/" if page else "")
    assert parsed.meta["og:url"] == parsed.meta["canonical"]
    assert parsed.meta["og:description"] == description
    for key in ("og:title", "og:image", "twitter:card"):
        assert parsed.meta.get(key), key
    image = parsed.meta["og:image"].removeprefix(site_url())
    assert (built_site / image).is_file()
    # The print stylesheet never blocks the first paint on screen.
    printing = [s for s in parsed.stylesheets if "print.css" in str(s.get("href"))]
    assert printing and all(s.get("media") == "print" for s in printing)


def test_sitemap_lists_every_page(built_site: Path) -> None:
    sitemap = (built_site / "sitemap.xml").read_text(encoding="utf-8")
    listed = re.findall(r"<loc>([^<]+)</loc>", sitemap)
    assert sorted(listed) == sorted(
        site_url() + (f"{page}/" if page else "") for page in ["", *SHEETS]
    )


def test_llms_txt_lists_the_sheets_as_markdown_with_real_output(
    built_site: Path, build_outputs: Path
) -> None:
    index = (built_site / "llms.txt").read_text(encoding="utf-8")
    for page in SHEETS:
        assert f"({site_url()}{page}/index.md)" in index, page
        markdown = (built_site / page / "index.md").read_text(encoding="utf-8")
        first = page_includes()[page][-1]
        output = run_file(SNIPPETS / first).output.strip().splitlines()
        assert output[-1] in markdown, f"{page}: output of {first}"
    assert (built_site / "llms-full.txt").stat().st_size > 10_000


def test_markdown_export_labels_every_output_of_a_tab_set(built_site: Path) -> None:
    """Where a page has one output per target, the Markdown says which target printed
    each output; the on-demand copies under a "differs on" marker are left out."""
    for page in SHEETS:
        html = (built_site / page / "index.html").read_text(encoding="utf-8")
        labels = re.findall(
            r'<div class="target-output" [^>]*data-label="([^"]+)"', html
        )
        markdown = (built_site / page / "index.md").read_text(encoding="utf-8")
        captions = re.findall(r"^Output \(([^)]+)\):$", markdown, re.MULTILINE)
        assert [html_module.unescape(label) for label in labels] == captions, page
        assert "differs on" not in markdown, page


def make(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["make", "--no-print-directory", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )


def test_make_help_names_real_files() -> None:
    shown = make("help")
    assert shown.returncode == 0
    named = re.findall(r"snippets/[\w/]+\.py", shown.stdout)
    assert named and all((ROOT / name).is_file() for name in named), named


def test_make_run_without_a_snippet_says_how() -> None:
    result = make("run")
    assert result.returncode == 2
    assert "usage: make run SNIPPET=" in result.stderr


def test_publishing_workflow_uses_make_verbs_that_ci_runs() -> None:
    workflow = yaml.safe_load(
        (ROOT / ".github" / "workflows" / "pages.yml").read_text(encoding="utf-8")
    )
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    runs = [
        step["run"]
        for job in workflow["jobs"].values()
        for step in job["steps"]
        if "run" in step
    ]
    assert runs, "the workflow runs make verbs"
    for command in runs:
        verb = command.removeprefix("make ").split()[0]
        assert command.startswith("make "), command
        assert re.search(rf"^make {verb}\b", ci, re.MULTILINE), f"CI runs make {verb}"
    uses = [
        step.get("uses", "")
        for job in workflow["jobs"].values()
        for step in job["steps"]
    ]
    assert any(u.startswith("actions/deploy-pages@") for u in uses)
    assert any(u.startswith("actions/upload-pages-artifact@") for u in uses)


def test_make_run_prints_each_target_of_a_snippet() -> None:
    snippet = next(
        path
        for path in sorted((ROOT / "snippets").rglob("*.py"))
        if Target("postgresql") in declared(path.read_text(encoding="utf-8"))
        and Target() in declared(path.read_text(encoding="utf-8"))
    )
    relative = str(snippet.relative_to(ROOT))
    shown = {}
    for target in ("sqlite", "postgresql", ""):
        result = make(
            "run", f"SNIPPET={relative}", *([f"TARGET={target}"] if target else [])
        )
        assert result.returncode == 0, result.stderr
        shown[target] = result.stdout.splitlines()[-20:]
    assert shown["sqlite"] == shown[""], "SQLite is the default target"
    code = snippet.read_text(encoding="utf-8")
    assert (
        run_code(code, snippet, Target("postgresql")).output.splitlines()[-20:]
        == (shown["postgresql"])
    )
    wrong = make("run", f"SNIPPET={relative}", "TARGET=oracle")
    assert wrong.returncode == 2 and "unknown target 'oracle'" in wrong.stderr


def test_api_docs_mapping_has_the_shape_of_sqlalchemy_docs_links() -> None:
    """Kept by hand, never fetched: every entry names an API and a docs anchor."""
    mapping = tomllib.loads(site.API_DOCS.read_text(encoding="utf-8"))["api"]
    assert len(mapping) >= 100
    assert list(mapping) == sorted(mapping, key=str.lower)
    for name, url in mapping.items():
        assert re.fullmatch(r"[A-Za-z_][\w]*(\.[A-Za-z_]\w*)*", name), name
        assert re.fullmatch(
            r"https://docs\.sqlalchemy\.org/en/21/[\w/]+\.html#[\w.-]+", url
        ), f"{name}: {url}"


def test_sections_link_the_docs_of_their_api(built_site: Path) -> None:
    linked = sections = 0
    urls = set(tomllib.loads(site.API_DOCS.read_text(encoding="utf-8"))["api"].values())
    for page in SHEETS:
        text = (built_site / page / "index.html").read_text(encoding="utf-8")
        for section in text.split('<section class="sheet-section')[1:]:
            if section.startswith(" sheet-setup"):
                continue
            sections += 1
            found = re.findall(r'<a class="api-docs" href="([^"]+)"', section)
            assert len(found) <= 1, section[:200]
            assert set(found) <= urls
            linked += bool(found)
    assert linked >= 0.6 * sections, f"{linked} of {sections} sections link their API"
