"""MkDocs glue: the `example()` macro, the snippet formatter and the version stamp.

Loaded by mkdocs-macros (`modules: [cheatsheets.site]`). It replaces the runner of
markdown-exec's `python` fences with `cheatsheets.runner`, so every executed block
on the site goes through one mechanism.
"""

from __future__ import annotations

import html
import logging
import os
import re
from pathlib import Path
from typing import Any

import markdown_exec
from markupsafe import Markup

from cheatsheets.runner import SNIPPETS, SnippetError, prefetch, run_code, versions

log = logging.getLogger("mkdocs.plugins.cheatsheets")

FENCE = '```python exec="on" source="above" title="{path}"\n--8<-- "{path}"\n```'


def _run(code: str, **extra: str) -> str:
    title = extra.get("title", "")
    if not title:
        raise SnippetError(
            "an executed python block must come from {{ example('page/name.py') }}; "
            "inline executed code is not allowed"
        )
    if os.environ.get("CHEATSHEETS_EXECUTE") == "0":  # benchmark baseline only
        return markdown_exec.code_block("text", "(not executed)", title="Output")
    result = run_code(code, SNIPPETS / title)
    return markdown_exec.code_block("text", result.output.rstrip("\n"), title="Output")


def format_snippet(code: str, md: Any, **options: Any) -> str:
    """markdown-exec formatter for `python` fences, running code in a fresh process."""
    try:
        return str(
            markdown_exec.base_format(
                language="python", run=_run, code=code, md=md, **options
            )
        )
    except SnippetError as error:
        message = str(error.args[0])
        log.error("snippet failed: %s", message)
        if len(error.args) > 1 and error.args[1]:
            log.info("%s", error.args[1])
        return Markup(
            '<div class="admonition failure"><p class="admonition-title">Snippet failed</p>'
            f"<pre>{html.escape(message)}</pre></div>"
        )


def example(path: str) -> str:
    """Include and execute `snippets/<path>`: its source, then its real output."""
    file = SNIPPETS / path
    if not path.endswith(".py") or not file.is_file():
        raise SnippetError(f"example({path!r}): no such snippet file snippets/{path}")
    return FENCE.format(path=path)


def compare(modern: str, legacy: str) -> str:
    """Two examples side by side: the 2.0 form, then the legacy form it replaces."""
    return (
        '<div class="compare" markdown>\n<div markdown>\n\n'
        f"**2.0 style**\n\n{example(modern)}\n\n</div>\n<div markdown>\n\n"
        f"**Legacy 1.x style**\n\n{example(legacy)}\n\n</div>\n</div>"
    )


def stamp() -> str:
    v = versions()
    return (
        f"Every output on this page was produced at build time by SQLAlchemy "
        f"{v['sqlalchemy']}, SQLite {v['sqlite']} and Python {v['python']}."
    )


INCLUDE = re.compile(r"""(?:example|compare)\(([^)]*)\)""")
QUOTED = re.compile(r"""["']([^"']+\.py)["']""")


def page_includes(docs_dir: Path) -> dict[str, list[str]]:
    """Page name -> the snippet paths its example()/compare() calls include, in order."""
    includes: dict[str, list[str]] = {}
    for page in sorted(docs_dir.glob("*.md")):
        found: list[str] = []
        for call in INCLUDE.findall(page.read_text(encoding="utf-8")):
            found.extend(QUOTED.findall(call))
        includes[page.stem] = found
    return includes


def included_snippets(docs_dir: Path) -> list[Path]:
    """Every snippet the pages include, in page order."""
    names = [name for names in page_includes(docs_dir).values() for name in names]
    return [SNIPPETS / name for name in dict.fromkeys(names)]


def define_env(env: Any) -> None:
    """mkdocs-macros entry point."""
    prefetch(included_snippets(Path(env.conf["docs_dir"])))
    markdown_exec.formatters["python"] = format_snippet
    markdown_exec.formatters["py"] = format_snippet
    env.variables["versions"] = versions()
    env.macro(example)
    env.macro(compare)


BOOKLET = "sqlalchemy-cheat-sheets.pdf"


def pdf_link(page_name: str) -> str:
    """The line under a page's title that links its printable PDF (made by `make pdf`)."""
    if page_name == "index":
        href, label = f"pdf/{BOOKLET}", "All sheets as one printable PDF booklet"
    else:
        href, label = f"../pdf/{page_name}.pdf", "Printable PDF quick reference"
    return f'<p class="pdf-link"><a href="{href}">{label}</a></p>'


def on_post_page_macros(env: Any) -> None:
    """Link the page's PDF under its title; stamp the versions its outputs came from."""
    title, newline, rest = env.markdown.partition("\n")
    page_name = Path(env.page.file.src_uri).stem
    env.markdown = f"{title}{newline}\n{pdf_link(page_name)}\n{rest}"
    env.markdown += f'\n\n<p class="build-stamp" markdown="span">{stamp()}</p>\n'
