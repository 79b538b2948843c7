"""MkDocs hooks (`hooks:` in mkdocs.yml): page HTML after Markdown, before the theme."""

from __future__ import annotations

import html
import json
import logging
import re
from pathlib import Path
from typing import Any

from jinja2.bccache import Bucket, BytecodeCache
from cheatsheets import postgres, site
from cheatsheets.runner import prestart_runner

# The macros plugin announces its configuration on every (re)build: keep its
# warnings, not the announcements.
logging.getLogger("mkdocs.plugins.mkdocs_macros").setLevel(logging.WARNING)


def _not_the_dirty_notice(record: logging.LogRecord) -> bool:
    # `make serve` rebuilds dirty on purpose (only the pages an edit touches); MkDocs
    # warns about it on every rebuild, and strict mode would count that warning.
    return not str(record.msg).startswith("A 'dirty' build is being performed")


def on_startup(command: str, dirty: bool) -> None:
    """Under `mkdocs serve`, have a snippet runner ready before the first edit, and
    show a failing snippet on its page instead of stopping the server."""
    site.SERVING = command == "serve"
    site.DIRTY = site.SERVING and dirty
    if site.DIRTY:
        logging.getLogger("mkdocs.commands.build").addFilter(_not_the_dirty_notice)
    if site.SERVING:
        prestart_runner()


def on_shutdown() -> None:
    """The build (or `mkdocs serve`) is over: stop the PostgreSQL server it started,
    and let a search index still being written finish."""
    indexing = site.BACKGROUND.pop("process", None)
    if indexing is not None:
        indexing.wait()
    postgres.stop()


_SECTION_START = re.compile(r"(?=<h2[\s>])")
_STAMP_START = re.compile(r'(?=<p class="build-stamp")')
_H2_CLASSES = re.compile(r'<h2[^>]*?\sclass="([^"]*)"')
_SETUP_BLOCK = re.compile(r'<span class="filename"><a [^>]*>[\w/]+_setup\.py</a>')


_CODE = re.compile(r"(<pre><span></span><code>)(.*?)(</code>)", re.S)
_BLANK_LINE = re.compile(r"(?<=\n)\n")
_SETUP_IMPORT = re.compile(
    r'^<span class="kn">from</span><span class="w"> </span>'
    r'<span class="nn">\w+_setup</span>[^\n(]*\n',
    re.MULTILINE,
)


_ORPHANS = 3  # print.css: `orphans` of a printed column


def _print_compact(section: str, setup: bool) -> str:
    """Mark what print and wide screens draw smaller or leave out of a section's
    code blocks: blank lines (half a line; the first one marked when few lines come
    before it) and, in examples, the line importing the page's setup (the setup
    section says so; copying keeps it)."""

    def code(match: re.Match[str]) -> str:
        text = _BLANK_LINE.sub('<span class="blank-line">\n</span>', match.group(2))
        # The booklet keeps a block's first lines, fewer than `orphans`, with what
        # follows them (scripts/pdf.py); the line importing the setup is not printed.
        head = text.partition('<span class="blank-line">')[0]
        shown = head.count("\n") - len(_SETUP_IMPORT.findall(head))
        if shown < _ORPHANS and len(head) < len(text):
            text = text.replace('"blank-line"', '"blank-line first"', 1)
        if not setup:
            text = _SETUP_IMPORT.sub(
                lambda line: f'<span class="setup-import">{line.group(0)}</span>', text
            )
        return match.group(1) + text + match.group(3)

    return _CODE.sub(code, section)


# A section with one example: its sentence, then its source and output (extra.css
# lays it out in two columns on wide screens).
_ONE_EXAMPLE = re.compile(r'</h2>\n<p>(?:(?!</p>).)*</p>\n<div class="highlight"', re.S)
_SOURCE_NAME = re.compile(r'<span class="filename"><a [^>]*>([^<]+)</a>')


def _one_example(section: str) -> str | None:
    """The file name of a section's one example, shown right after its sentence."""
    names = _SOURCE_NAME.findall(section)
    if len(names) == 1 and _ONE_EXAMPLE.search(section):
        return str(names[0])
    return None


def on_page_content(html: str, page: Any, **_: Any) -> str:
    """MkDocs hook: wrap each h2 and what follows it in a <section>.

    One container per "how do I…?" lets print keep a heading with its section, and
    `## Title { .no-print }` leave a section out of print.
    The sections of a page go in one `.sheet-grid`, in page order (extra.css).
    The section showing the page's setup is `.sheet-setup`; the others carry the
    number of the printed part they belong to (`## Title { data-part="…" }`).
    """
    _RENDERED.add(Path(page.file.src_uri).stem)
    body, *stamp = _STAMP_START.split(html, maxsplit=1)
    head, *sections = _SECTION_START.split(body)
    wrapped = []
    part = 1
    started = False  # a section of the current part has been seen
    for section in sections:
        heading = section[: section.find(">") + 1]
        match = _H2_CLASSES.match(section)
        classes = "sheet-section"
        if match and "no-print" in match.group(1).split():
            classes += " no-print"
        attributes = ""
        if _SETUP_BLOCK.search(section):
            classes += " sheet-setup"  # printed with every part of the sheet
        else:
            if "data-part=" in heading and started:
                part += 1
            elif "data-part=" not in heading and not started and 'data-part="' in body:
                raise ValueError(
                    f"{page.file.src_uri}: a sheet printed in parts names its first "
                    'part too: `## <first section> { data-part="…" }`'
                )
            started = True
            attributes = f' data-part="{part}"'
        section = _print_compact(section, setup="sheet-setup" in classes)
        if "sheet-setup" not in classes:
            name = _one_example(section)
            if name:  # its file name beside the heading: the heading leaves it room
                classes += " one-example"
                differs = re.findall(r"<summary>(differs on [^<]*)</summary>", section)
                longest = max((len(label) for label in differs), default=0)
                attributes += f' style="--label: {len(name)}; --differs: {longest}"'
            section = site.link_api_docs(section)
            _remember_errors(page, section)
        else:  # what the examples build on, not an answer: search leaves it out
            attributes += " data-pagefind-ignore"
            # Phones show the setup's first lines until asked (extra.css, sheet.js).
            section += (
                '<button type="button" class="setup-toggle" aria-expanded="false" '
                "data-pagefind-ignore>Show the whole setup</button>\n"
            )
            module = re.search(r"(\w+_setup)\.py</a>", section)
            if module:  # print and wide screens leave each example's import of it out
                note = (
                    ' <span class="setup-import-note">(Examples omit '
                    f"<code>from {module.group(1)} import …</code> on paper"
                    '<span class="screen-only"> and wide screens; copying keeps it'
                    "</span>.)</span>"
                )
                end = section.find("</p>")
                if end == -1:
                    section += f"<p>{note.strip()}</p>\n"
                else:
                    section = section[:end] + note + section[end:]
        wrapped.append(f'<section class="{classes}"{attributes}>{section}</section>\n')
    if not wrapped:
        return html
    grid = f'<div class="sheet-grid">\n{"".join(wrapped)}</div>\n'
    return "".join([head, grid, *stamp])


class _RememberedTemplates(BytecodeCache):
    """Compiled theme templates kept across `make serve` rebuilds (each rebuild
    makes a new Jinja environment, which would compile every template again)."""

    def load_bytecode(self, bucket: Bucket) -> None:
        code = site.BACKGROUND.setdefault("templates", {}).get(bucket.key)
        if code is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket: Bucket) -> None:
        site.BACKGROUND.setdefault("templates", {})[bucket.key] = (
            bucket.bytecode_to_string()
        )


def on_env(env: Any, config: Any, files: Any) -> Any:
    if site.SERVING:
        env.bytecode_cache = _RememberedTemplates()
    return env


def on_files(files: Any, config: Any) -> Any:
    """`make serve` rebuilds only what changed (MkDocs' dirty build): a page whose
    snippets changed counts as changed too — its old HTML is removed."""
    if site.DIRTY:
        pages = {
            Path(file.src_uri).stem: Path(file.abs_dest_path)
            for file in files.documentation_pages()
        }
        for name in site.stale_pages(pages, Path(config["docs_dir"])):
            pages[name].unlink(missing_ok=True)
    return files


def on_pre_build(config: Any) -> None:
    """Every build (and `make serve` rebuild) collects the error index anew."""
    _ERRORS.clear()
    _RENDERED.clear()


_RENDERED: set[str] = set()  # the pages this (re)build rendered


def on_post_build(config: Any) -> None:
    """Write the complete script behind every snippet's download link, and the
    index a pasted error is matched against."""
    rebuilt = set(_RENDERED) if site.DIRTY else None
    site.write_standalone_scripts(
        Path(config["site_dir"]), Path(config["docs_dir"]), rebuilt
    )
    target = Path(config["site_dir"]) / ERROR_INDEX
    collected = dict(_ERRORS)
    if site.DIRTY and target.is_file():  # keep the pages this rebuild left alone
        for entry in json.loads(target.read_text(encoding="utf-8")):
            url = entry["u"].split("#")[0]
            if url not in _ERRORS:
                collected.setdefault(url, []).append(entry)
    entries = [entry for url in sorted(collected) for entry in collected[url]]
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(entries, separators=(",", ":")), encoding="utf-8")


# What a pasted error is matched against (docs/assets/search.js): per section, the
# words of its heading, its sentence and the error and warning lines its outputs
# show — all text the reader sees there. Loaded only when an error is pasted.
ERROR_INDEX = "assets/error-index.json"
_ERRORS: dict[str, list[dict[str, str]]] = {}
_TAG = re.compile(r"<[^>]+>")
_ERROR_LINE = re.compile(r"(?:Error|Warning|Exception|error|warning|Found)\b")
# An output block: no file name, or "Output" (a snippet's source names its file).
_OUTPUT = re.compile(
    r'<div class="(?:[^"]* )?highlight(?: trimmed)?"[^>]*>'
    r'(?:<span class="filename">Output</span>)?<pre>(.*?)(?:<button .*?</button>)?</pre>',
    re.S,
)


def _remember_errors(page: Any, section: str) -> None:
    url = page.url
    _ERRORS.setdefault(url, [])
    anchor = re.search(r'<h2[^>]*\sid="([^"]+)"', section)
    if not anchor:
        return
    heading = section[: section.find("</h2>")]
    heading = _TAG.sub("", heading.replace('title="Permanent link">&para;', ">"))
    paragraph = re.search(r"</h2>\s*<p>(.*?)</p>", section, re.S)
    lines = [
        line
        for block in _OUTPUT.findall(section)
        for line in html.unescape(_TAG.sub("", block)).splitlines()
        if _ERROR_LINE.search(line)
    ]
    text = " ".join(
        [
            html.unescape(heading),
            html.unescape(_TAG.sub("", paragraph.group(1))) if paragraph else "",
            *dict.fromkeys(lines),
        ]
    )
    _ERRORS[url].append(
        {
            "u": f"{url}#{anchor.group(1)}",
            "t": html.unescape(heading).strip(),
            "x": text,
        }
    )


_INLINE_MARKUP = re.compile(r"`|\*\*|\[([^\]]*)\]\([^)]*\)")


def on_page_markdown(markdown: str, page: Any, **_: Any) -> str:
    """A page without a `description:` gets its one-line intro as its description
    (search results and social previews show it).

    Every page is left out of the theme's own search index (`search: exclude`, a
    front-matter option of the theme): search answers from Pagefind's index
    (cheatsheets/search.py), so building the theme's would be wasted time.
    """
    page.meta["search"] = {"exclude": True}
    if not page.meta.get("description"):
        paragraphs = [p.strip() for p in markdown.split("\n\n")]
        intro = next(
            (p for p in paragraphs if p and not p.startswith(("#", "{", "<", "!"))), ""
        )
        text = " ".join(_INLINE_MARKUP.sub(r"\1", intro).split())
        if text:
            page.meta["description"] = text
    return markdown
