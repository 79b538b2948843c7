"""MkDocs hooks (`hooks:` in mkdocs.yml): page HTML after Markdown, before the theme."""

from __future__ import annotations

import html
import json
import logging
import re
from pathlib import Path
from typing import Any

from cheatsheets import postgres, site
from cheatsheets.runner import prestart_runner

# The macros plugin announces its configuration on every (re)build: keep its
# warnings, not the announcements.
logging.getLogger("mkdocs.plugins.mkdocs_macros").setLevel(logging.WARNING)


def on_startup(command: str, dirty: bool) -> None:
    """Under `mkdocs serve`, have a snippet runner ready before the first edit, and
    show a failing snippet on its page instead of stopping the server."""
    site.SERVING = command == "serve"
    if site.SERVING:
        prestart_runner()


def on_shutdown() -> None:
    """The build (or `mkdocs serve`) is over: stop the PostgreSQL server it started."""
    postgres.stop()


_SECTION_START = re.compile(r"(?=<h2[\s>])")
_STAMP_START = re.compile(r'(?=<p class="build-stamp")')
_H2_CLASSES = re.compile(r'<h2[^>]*?\sclass="([^"]*)"')
_SETUP_BLOCK = re.compile(r'<span class="filename"><a [^>]*>[\w/]+_setup\.py</a>')


def on_page_content(html: str, page: Any, **_: Any) -> str:
    """MkDocs hook: wrap each h2 and what follows it in a <section>.

    One container per "how do I…?" lets print keep a heading with its section, and
    `## Title { .no-print }` leave a section out of print.
    The sections of a page go in one `.sheet-grid`: two columns on wide screens.
    The section showing the page's setup is `.sheet-setup`; the others carry the
    number of the printed part they belong to (`## Title { data-part="…" }`).
    """
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
        if "sheet-setup" not in classes:
            section = site.link_api_docs(section)
            _remember_errors(page, section)
        else:  # what the examples build on, not an answer: search leaves it out
            attributes += " data-pagefind-ignore"
        wrapped.append(f'<section class="{classes}"{attributes}>{section}</section>\n')
    if not wrapped:
        return html
    # On wide screens the sections of a sheet form a grid (extra.css).
    grid = f'<div class="sheet-grid">\n{"".join(wrapped)}</div>\n'
    return "".join([head, grid, *stamp])


def on_pre_build(config: Any) -> None:
    """Every build (and `make serve` rebuild) collects the error index anew."""
    _ERRORS.clear()


def on_post_build(config: Any) -> None:
    """Write the complete script behind every snippet's download link, and the
    index a pasted error is matched against."""
    site.write_standalone_scripts(Path(config["site_dir"]), Path(config["docs_dir"]))
    entries = [entry for url in sorted(_ERRORS) for entry in _ERRORS[url]]
    target = Path(config["site_dir"]) / ERROR_INDEX
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
    r'<div class="[^"]*highlight"[^>]*>(?:<span class="filename">Output</span>)?'
    r"<pre>(.*?)</pre>",
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
    (search results and social previews show it)."""
    if not page.meta.get("description"):
        paragraphs = [p.strip() for p in markdown.split("\n\n")]
        intro = next(
            (p for p in paragraphs if p and not p.startswith(("#", "{", "<", "!"))), ""
        )
        text = " ".join(_INLINE_MARKUP.sub(r"\1", intro).split())
        if text:
            page.meta["description"] = text
    return markdown
