"""MkDocs glue: the `example()` macro, the snippet formatter and the version stamp.

Loaded by mkdocs-macros (`modules: [cheatsheets.site]`). It replaces the runner of
markdown-exec's `python` fences with `cheatsheets.runner`, so every executed block
on the site goes through one mechanism.
"""

from __future__ import annotations

import ast
import functools
import html
import itertools
import json
import logging
import os
import re
import tomllib
from pathlib import Path
from typing import Any

import markdown_exec
from markupsafe import Markup
from mkdocs.exceptions import PluginError
from cheatsheets import postgres
from cheatsheets.runner import (
    ROOT,
    SNIPPETS,
    Result,
    SnippetError,
    display_name,
    local_imports,
    prefetch,
    run_targets,
    versions,
)
from cheatsheets.targets import (
    DATABASE_LABELS,
    DATABASES,
    RELEASES,
    Target,
    declared,
    release_enabled,
    release_versions,
    sqlite_only_reason,
)

log = logging.getLogger("mkdocs.plugins.cheatsheets")
# Outside MkDocs' logger tree: under `mkdocs serve` a failing snippet is reported here
# (and on its page) without counting as a build error that stops the server.
author_log = logging.getLogger("cheatsheets.serve")
if not author_log.handlers:
    _handler = logging.StreamHandler()
    _handler.setFormatter(logging.Formatter("ERROR   -  %(message)s"))
    author_log.addHandler(_handler)
    author_log.propagate = False
SERVING = False  # set by hooks.on_startup under `mkdocs serve`
DIRTY = False  # `mkdocs serve --dirty` (`make serve`): rebuild only what changed
BACKGROUND: dict[str, Any] = {}  # work a serve rebuild leaves running (search index)
TRACEBACK_LINES = 12

DOCS = ROOT / "docs"
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
    path = SNIPPETS / title
    # The page shows the reader's view of the file; the file itself is what runs.
    return render_outputs(title, run_targets(path.read_text(encoding="utf-8"), path))


# What the build reads but a reader does not need: the targets and releases an
# example runs on (its tabs and the stamp say so) and type-checker pragmas. A
# `# warns:` or `# raises:` line stays: it tells the reader the ending is meant.
_BUILD_HEADER = re.compile(
    r"^#\s*(?:targets|sqlalchemy|sqlite only|output):.*\n", re.MULTILINE
)
_TYPE_PRAGMA = re.compile(
    r"[ \t]+# type: ignore(?:\[[^\]\n]*\])?(?=[ \t]*(?:#|$))", re.MULTILINE
)


def reader_view(code: str) -> str:
    """A snippet as the page and its download show it: build markers left out."""
    lines = code.split("\n")
    header = 0
    while header < len(lines) and lines[header].startswith("#"):
        header += 1
    head = _BUILD_HEADER.sub("", "\n".join(lines[:header]) + "\n")
    body = "\n".join(lines[header:])
    shown = (head if header else "") + body
    return _TYPE_PRAGMA.sub("", shown)


# The switch in the header (docs/assets/targets.js) picks one of these; its labels are
# short and the same everywhere: the exact versions are in each page's stamp.
SWITCH_ORDER = (
    Target("sqlite", RELEASES[0]),
    Target("postgresql", RELEASES[0]),
    Target("sqlite", RELEASES[1]),
    Target("postgresql", RELEASES[1]),
)


def short_label(target: Target) -> str:
    """`SQLite · 2.1`, `PostgreSQL · 2.0`: what the switch and markers call a target."""
    return f"{DATABASE_LABELS[target.database]} · {target.release}"


def _where(group: list[Target], runs: list[Target]) -> str:
    """The targets of `group` as briefly as is exact among `runs`: `PostgreSQL`,
    `2.0`, `PostgreSQL · 2.0`, `SQLite · 2.0 and PostgreSQL · 2.1`."""
    members = set(group)
    for database in DATABASES:
        if members == {t for t in runs if t.database == database}:
            return DATABASE_LABELS[database]
    for release in RELEASES:
        if members == {t for t in runs if t.release == release}:
            return f"SQLAlchemy {release}"
    return " and ".join(short_label(t) for t in runs if t in members)


def render_outputs(path: str, results: dict[Target, Result | None]) -> str:
    """A snippet's output: one block for every target, or one per target that prints
    something else, switched by the header's database and release switch.

    Without JavaScript the first target's output shows (SQLite, SQLAlchemy 2.1,
    unless the example runs elsewhere only). Where outputs differ in behaviour —
    rows, errors, statements, DDL; not bound-parameter style, casts or column
    labels — each block ends with a marker ("differs on PostgreSQL") that shows
    the other output on demand. A target this build did not run says so.
    """
    runs = [t for t in results if release_enabled(t.release)]
    policy = output_policy(path)
    # Identical text (the error link's release aside): one block.
    by_output: dict[tuple[str, str], tuple[list[Target], str | None]] = {}
    for target in runs:
        result = results[target]
        text = None if result is None else result.output.rstrip("\n")
        key = (
            ("output", _comparable(text))
            if text is not None
            else ("not built", target.database)
        )
        by_output.setdefault(key, ([], text))[0].append(target)
    groups = list(by_output.values())
    if all(text is not None and not text.strip() for _, text in groups):
        return ""  # a page's setup prints nothing: show no empty output block
    every = [t for t in SWITCH_ORDER if release_enabled(t.release)]
    if len(groups) == 1 and groups[0][1] is not None and set(runs) >= set(every):
        text = groups[0][1] or ""
        if not text.strip():
            return ""  # a page's setup prints nothing: show no empty output block
        return _output_html(text, policy, title="Output")
    behaviours: dict[str, list[Target]] = {}
    for members, text in groups:
        if text is not None:
            behaviours.setdefault(_behaviour(text), []).extend(members)
    blocks = []
    for number, (members, text) in enumerate(groups):
        names = " ".join(t.name for t in members)
        hidden = "" if number == 0 else " hidden"
        label = html.escape(_where(members, runs))
        body = _output_html(text, policy)
        if text is not None:
            mine = _behaviour(text)
            others = [
                (_where(targets, runs), targets)
                for key, targets in behaviours.items()
                if key != mine
            ]
            if others:
                shown = "".join(
                    f'<p class="differs-label">{html.escape(where)}:</p>'
                    + _output_html(
                        results[targets[0]].output.rstrip("\n"),  # type: ignore[union-attr]
                        policy,
                    )
                    for where, targets in others
                )
                summary = " and ".join(html.escape(where) for where, _ in others)
                body += (
                    f'<details class="differs" data-pagefind-ignore><summary>differs on {summary}</summary>'
                    f"{shown}</details>"
                )
        blocks.append(
            f'<div class="target-output" data-targets="{names}" '
            f'data-label="{label}"{hidden}>{body}</div>'
        )
    declared_names = " ".join(t.name for t in runs)
    file = SNIPPETS / path
    only = (
        sqlite_only_reason(file.read_text(encoding="utf-8")) if file.is_file() else None
    )
    if only:
        note = f' data-only="SQLite only: {html.escape(only)}"'
    elif all(t.database == "postgresql" for t in runs):
        note = ' data-only="PostgreSQL only"'
    else:
        note = ""
    return (
        f'<div class="outputs" data-runs="{declared_names}"{note}>'
        + "".join(blocks)
        + "</div>"
    )


# The queries psycopg sends when it first connects: bookkeeping in every output.
_FIRST_CONNECT_SQL = (
    r"select pg_catalog\.version\(\)|select current_schema\(\)"
    r"|show standard_conforming_strings"
)

# Echo lines that are bookkeeping rather than an example's point. The page and its
# print leave them out where they stand, with a mark there and a note that counts
# them; one click on the note shows the whole output. A page whose point they are
# says `output: whole` (or `output: transactions`: BEGIN, COMMIT and ROLLBACK stay)
# in its front matter, an example `# output: whole`; an example can also name the
# lines that prove its point: `# output: only <regex>`.
_LEFT_OUT = (
    ("BEGIN", re.compile(r"BEGIN(?: \(implicit\))?")),  # bare: a recipe's own BEGIN
    ("COMMIT", re.compile(r"COMMIT")),
    ("ROLLBACK", re.compile(r"ROLLBACK")),
    (
        "parameters",
        re.compile(
            r"\[(?:generated|cached|no key|raw sql|insertmanyvalues|dialect )"
            r"[^\]]*\].*"
        ),
    ),
    ("connect queries", re.compile(_FIRST_CONNECT_SQL)),
)
# `output: transactions`: where BEGIN, COMMIT and ROLLBACK are the point, only the
# parameter lines and connect queries are left out.
_TRANSACTION_LINES = ("BEGIN", "COMMIT", "ROLLBACK")
_OUTPUT_HEADER = re.compile(r"^#\s*output:\s*(.*?)\s*$", re.MULTILINE)
_FRONT_MATTER_OUTPUT = re.compile(
    r"\A---\n(?:.*\n)*?output:\s*(\S+)\s*\n(?:.*\n)*?---\n"
)


@functools.lru_cache(maxsize=256)
def _page_output(page: str, mtime: float) -> str:
    text = (DOCS / f"{page}.md").read_text(encoding="utf-8")
    found = _FRONT_MATTER_OUTPUT.match(text)
    return found.group(1) if found else ""


def output_policy(path: str) -> str:
    """How an example's output is shown: "" (bookkeeping left out), "whole",
    "transactions" (only parameter lines left out) or "only <regex>" — from the snippet's `# output:` header, else its page's
    front matter (`output: whole`)."""
    file = SNIPPETS / path
    if file.is_file():
        head = "".join(  # the comment lines that open the file
            itertools.takewhile(
                lambda line: line.startswith("#"),
                file.read_text(encoding="utf-8").splitlines(keepends=True),
            )
        )
        found = _OUTPUT_HEADER.search(head)
        if found:
            policy = found.group(1)
            if policy not in ("whole", "transactions") and not policy.startswith(
                "only "
            ):
                raise SnippetError(
                    f"snippets/{path}: `# output: {policy}`: say `whole`, "
                    "`transactions` or `only <regex>`"
                )
            if policy.startswith("only "):
                try:
                    re.compile(policy[5:])
                except re.error as error:
                    raise SnippetError(
                        f"snippets/{path}: `# output: {policy}`: {error}"
                    ) from error
            return policy
    page_file = DOCS / f"{Path(path).parts[0]}.md"
    if page_file.is_file():
        return _page_output(page_file.stem, page_file.stat().st_mtime)
    return ""


def left_out(lines: list[str], policy: str) -> list[str | None]:
    """For each output line: what kind of line it leaves out, or None to show it."""
    if policy == "whole":
        return [None] * len(lines)
    point = re.compile(policy[5:]) if policy.startswith("only ") else None
    kinds: list[str | None] = []
    for line in lines:
        kind = next(
            (name for name, pattern in _LEFT_OUT if pattern.fullmatch(line.rstrip())),
            None,
        )
        if policy == "transactions" and kind in _TRANSACTION_LINES:
            kind = None
        if point is not None:
            kind = None if point.search(line) else (kind or "other")
        kinds.append(kind)
    if all(kinds):  # nothing would be left: show it all
        return [None] * len(lines)
    return kinds


def _left_out_note(kinds: list[str | None]) -> str:
    """`⋯ 3 lines left out: BEGIN, parameters, ROLLBACK`."""
    counts: dict[str, int] = {}
    for kind in kinds:
        if kind:
            counts[kind] = counts.get(kind, 0) + 1
    names = [
        f"{count} other" if kind == "other" else kind for kind, count in counts.items()
    ]
    total = sum(counts.values())
    return f"⋯ {total} line{'s' if total != 1 else ''} left out: {', '.join(names)}"


# A bound parameter with its cast, `%(role_m0)s::VARCHAR`, wraps as one word
# (browsers may break after `%`).
_PYFORMAT_PARAMETER = re.compile(
    r"%\(\w+\)s(?:::(?:DOUBLE PRECISION|TIMESTAMP WITH(?:OUT)? TIME ZONE|[A-Z_]+)(?:\[\])?)?"
)


def _escape(text: str) -> str:
    escaped = html.escape(text, quote=False)
    return _PYFORMAT_PARAMETER.sub(
        lambda token: f'<span class="nowrap">{token.group(0)}</span>', escaped
    )


def _output_html(text: str | None, policy: str = "whole", title: str = "") -> str:
    if text is None:
        return f'<p class="not-built">{html.escape(postgres.not_built_note())}</p>'
    if not text.strip():
        return '<p class="not-built">(prints nothing)</p>'
    # What pymdownx.highlight makes of a `text` block, written out here: the outputs
    # are one raw HTML block, so Markdown leaves them alone.
    lines = text.split("\n")
    kinds = left_out(lines, policy)
    label = f'<span class="filename">{html.escape(title)}</span>' if title else ""
    if not any(kinds):
        return (
            f'<div class="highlight">{label}<pre><span></span><code>'
            f"{_escape(text + chr(10))}</code></pre></div>"
        )
    # The last shown line has no newline: the note follows it and, where that line
    # is short, sits beside it. Left-out lines after it carry their newline first.
    last_shown = max(number for number, kind in enumerate(kinds) if kind is None)
    shown: list[str] = []
    for number, (line, kind) in enumerate(zip(lines, kinds, strict=True)):
        escaped = _escape(line)
        if kind is None:
            starts_run = number > 0 and kinds[number - 1] is not None
            mark = '<span class="trim-mark"></span>' if starts_run else ""
            if number == last_shown:
                ends = " trim-mark--end" if number < len(lines) - 1 else ""
                tail = f'<span class="trim-mark{ends}"></span>' if ends else ""
                shown.append(f"{mark}{escaped}{tail}")
            else:
                shown.append(f"{mark}{escaped}\n")
        elif number > last_shown:
            shown.append(f'<span class="left-out">\n{escaped}</span>')
        else:
            shown.append(f'<span class="left-out">{escaped}\n</span>')
    note = html.escape(_left_out_note(kinds), quote=False)
    return (
        f'<div class="highlight trimmed">{label}<pre><span></span>'
        f'<code>{"".join(shown)}</code><button type="button" class="trim-note" '
        f'aria-expanded="false" data-pagefind-ignore>{note}</button></pre></div>'
    )


# What two databases or releases print differently without behaving differently:
# bound-parameter style and parameter lines, casts, 2.0's column labels, psycopg's
# first-connect queries. Outputs equal after these are "the same" (no marker).
_PARAMETER_LINE = re.compile(
    r"^\[(?:generated|cached since|no key|raw sql|insertmanyvalues|dialect [^\]]*)"
    r"[^\]]*\].*$\n?",
    re.MULTILINE,
)
_FIRST_CONNECT = re.compile(rf"^(?:{_FIRST_CONNECT_SQL})\s*$\n?", re.MULTILINE)
_PLACEHOLDER = re.compile(r"%\(\w+\)s|\$\d+|\?")
_CAST = re.compile(
    r"::(?:DOUBLE PRECISION|CHARACTER VARYING|TIMESTAMP WITH(?:OUT)? TIME ZONE|[A-Z_]+)"
    r"(?:\([\d, ]+\))?(?:\[\])?"
)
# How the INSERT brings the new primary key back (RETURNING vs the driver's
# lastrowid) is bookkeeping too; a RETURNING the example asked for stays visible
# in its rows.
_INSERT_RETURNING = re.compile(r"^(INSERT INTO .*?) RETURNING [\w., ]+$", re.MULTILINE)
_LABEL = re.compile(r"(\b\w+\.\w+) AS \w+")


def _behaviour(text: str) -> str:
    text = _PARAMETER_LINE.sub("", _FIRST_CONNECT.sub("", _comparable(text)))
    text = _LABEL.sub(r"\1", _CAST.sub("", _PLACEHOLDER.sub("?", text)))
    return _INSERT_RETURNING.sub(r"\1", text)


# SQLAlchemy's error links name the release line (https://sqlalche.me/e/21/…): two
# outputs that differ only there are the same output.
_ERROR_LINK = re.compile(r"(https://sqlalche\.me/e/)\d+/")


def _comparable(text: str) -> str:
    return _ERROR_LINK.sub(r"\1*/", text)


def _enabled_releases() -> list[str]:
    return [release for release in RELEASES if release_enabled(release)]


def _download_link(html_text: str, path: str) -> str:
    """Turn the file name above a snippet into a link to its complete script."""
    name = html.escape(path)
    label = f'<span class="filename">{name}</span>'
    link = (
        f'<span class="filename"><a class="standalone" href="../{STANDALONE}/{name}" '
        f'download title="Download the complete script: setup included, runs with '
        f'plain python">{name}</a></span>'
    )
    html_text = html_text.replace(label, link, 1)
    file = SNIPPETS / path
    if path and file.is_file():
        complete = standalone_script(file)
        if complete != reader_view(file.read_text(encoding="utf-8")):
            # The copy button copies the complete script, which runs as pasted
            # (Material copies an enclosing element's data-copy text).
            attribute = html.escape(complete.rstrip("\n"), quote=True)
            html_text = html_text.replace(
                '<div class="highlight">',
                f'<div class="highlight" data-copy="{attribute}">',
                1,
            )
    return html_text


def format_snippet(code: str, md: Any, **options: Any) -> str:
    """markdown-exec formatter for `python` fences, running code in a fresh process."""
    try:
        rendered = str(
            markdown_exec.base_format(
                language="python", run=_run, code=reader_view(code), md=md, **options
            )
        )
        return _download_link(rendered, options.get("extra", {}).get("title", ""))
    except SnippetError as error:
        message = str(error.args[0])
        details = str(error.args[1]) if len(error.args) > 1 and error.args[1] else ""
        if SERVING:
            # Under `mkdocs serve` an error would abort the rebuild and leave every
            # request waiting: tell the terminal, show the error on the page instead.
            author_log.error("snippet failed: %s", message)
        else:
            log.error("snippet failed: %s", message)
            if details:
                log.info("%s", details)
        return Markup(failure_html(message, details))


def failure_html(message: str, details: str) -> str:
    """The error box a failing snippet leaves on its page under `mkdocs serve`."""
    frames = "\n".join(details.rstrip().splitlines()[-TRACEBACK_LINES:])
    shown = f"<pre>{html.escape(message)}</pre>"
    if frames:
        shown += (
            "<details open><summary>Last lines of the traceback</summary>"
            f"<pre>{html.escape(frames)}</pre></details>"
        )
    return (
        '<div class="admonition failure snippet-failed">'
        '<p class="admonition-title">Snippet failed</p>'
        f"{shown}<p>Fix the file and save: this page reloads. "
        "(<code>make build</code> fails on this error.)</p></div>"
    )


def example(path: str) -> str:
    """Include and execute `snippets/<path>`: its source, then its real output."""
    file = SNIPPETS / path
    if not path.endswith(".py") or not file.is_file():
        raise SnippetError(f"example({path!r}): no such snippet file snippets/{path}")
    return FENCE.format(path=path)


def setup(path: str) -> str:
    """A page's setup module, shown once: what the examples below import."""
    name = Path(path).stem
    if name != f"{Path(path).parent.name}_setup":
        raise SnippetError(
            f"setup({path!r}): a page's setup module is named <page>_setup.py"
        )
    return example(path)


def compare(
    modern: str,
    legacy: str,
    label: str = "Legacy 1.x style",
    modern_label: str = "2.0 style",
) -> str:
    """Two examples side by side: the current form, then the legacy form it replaces.

    `label` names the release the legacy form belongs to ("2.0 (deprecated in 2.1)").
    """
    return (
        '<div class="compare" markdown>\n<div markdown>\n\n'
        f"**{modern_label}**\n\n{example(modern)}\n\n</div>\n<div markdown>\n\n"
        f"**{label}**\n\n{example(legacy)}\n\n</div>\n</div>"
    )


def page_targets(page_name: str, docs_dir: Path = DOCS) -> list[Target]:
    """Every target the examples of a page declare, in display order."""
    found: dict[Target, None] = {}
    for name in page_includes(docs_dir).get(page_name, []):
        file = SNIPPETS / name
        if file.is_file():
            found.update(dict.fromkeys(declared(file.read_text(encoding="utf-8"))))
    return sorted(
        found, key=lambda t: (t.database != "sqlite", t.release != RELEASES[0])
    )


def stamp(page_name: str = "", docs_dir: Path = DOCS) -> str:
    """The versions every output on a page came from: each target, named."""
    main = versions()
    if page_name == "index":  # the home page: every target the sheets use
        used = list(
            dict.fromkeys(
                target
                for name in page_includes(docs_dir)
                if name != "index"
                for target in page_targets(name, docs_dir)
            )
        )
    else:
        used = page_targets(page_name, docs_dir) if page_name else [Target()]
    databases = [f"SQLite {main['sqlite']}"]
    notes = []
    if any(t.database == "postgresql" for t in used):
        if postgres.enabled():
            databases.append(f"PostgreSQL {postgres.server_version()}")
        else:
            notes.append(postgres.not_built_note())
    releases = [f"SQLAlchemy {main['sqlalchemy']}"]
    lts = RELEASES[1]
    if any(t.release == lts for t in used):
        if release_enabled(lts):
            releases.append(f"{release_versions(lts)['sqlalchemy']}")
            notes.append(
                '<span class="stamp-screen">Every example ran on both SQLAlchemy '
                "releases; the switch in the header shows any database's and "
                "release's output.</span>"
            )
        else:
            notes.append(
                f"SQLAlchemy {lts} output was not built (CHEATSHEETS_SQLALCHEMY20=0)."
            )
    if page_name != "index":
        notes.append(
            '<span class="stamp-print">"⋯ N lines left out": BEGIN, COMMIT, '
            "ROLLBACK or parameter lines, at the ticks; the site shows them.</span>"
        )
    return (
        "Every output on this page was produced at build time by "
        f"{' and '.join(releases)} on {' and '.join(databases)}, with Python "
        f"{main['python']}. " + " ".join(notes)
    ).strip()


INCLUDE = re.compile(r"""(?:example|compare|setup)\(([^)]*)\)""")
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
    snippets = included_snippets(Path(env.conf["docs_dir"]))
    needs_postgres = any(
        target.database == "postgresql"
        for path in snippets
        if path.is_file()
        for target in declared(path.read_text(encoding="utf-8"), str(path))
    )
    if needs_postgres and postgres.enabled():
        try:  # start it now: one clear reason, not one error per example
            postgres.server()
        except postgres.Unavailable as error:
            if not SERVING:  # a build for publishing shows every output, or fails
                raise PluginError(
                    f"PostgreSQL output cannot be built: {error}\n"
                    "Set CHEATSHEETS_POSTGRES=0 to build without it (the pages say "
                    "so)."
                ) from None
            # `make serve` on a machine with no server: serve, and say why.
            author_log.warning("PostgreSQL output is not built here: %s", error)
            postgres.go_without(str(error))
    prefetch(snippets)
    markdown_exec.formatters["python"] = format_snippet
    markdown_exec.formatters["py"] = format_snippet
    env.variables["versions"] = versions()
    env.macro(example)
    env.macro(compare)
    env.macro(setup)
    env.macro(answer_index)


BOOKLET = "sqlalchemy-cheat-sheets.pdf"
STANDALONE = "standalone"  # site/standalone/<page>/<name>.py: complete scripts


def _split(code: str, local: set[str], path: Path) -> tuple[str, list[ast.stmt], str]:
    """A module's leading comments, its top-level imports and the rest of its lines.

    Imports of `local` (setup) modules are dropped: their code is inlined instead.
    """
    tree = ast.parse(code, filename=str(path))
    lines = code.splitlines()
    imports: list[ast.stmt] = []
    taken: set[int] = set()
    for node in tree.body:
        if not isinstance(node, ast.Import | ast.ImportFrom):
            continue
        names = (
            [node.module or ""]
            if isinstance(node, ast.ImportFrom)
            else [alias.name for alias in node.names]
        )
        if isinstance(node, ast.Import) and set(names) & local:
            raise SnippetError(
                f"{display_name(path)}:{node.lineno}: import names from a page "
                "setup with 'from <page>_setup import …', not 'import <page>_setup'"
            )
        if not (isinstance(node, ast.ImportFrom) and node.module in local):
            imports.append(node)
        taken.update(range(node.lineno - 1, (node.end_lineno or node.lineno)))
    header: list[str] = []
    for number, line in enumerate(lines):
        if not line.startswith("#") or number in taken:
            break
        header.append(line)
        taken.add(number)
    body = "\n".join(line for n, line in enumerate(lines) if n not in taken)
    return "\n".join(header), imports, body.strip("\n")


def _render_imports(nodes: list[ast.stmt]) -> str:
    """Merge imports: one `from m import …` per module, names sorted, ≤ 88 columns."""
    plain: dict[str, None] = {}
    names: dict[str, dict[str, None]] = {}
    for node in nodes:
        if isinstance(node, ast.Import):
            for alias in node.names:
                plain[ast.unparse(ast.Import(names=[alias]))] = None
        elif isinstance(node, ast.ImportFrom) and node.module:
            entry = names.setdefault(node.module, {})
            for alias in node.names:
                entry[alias.name + (f" as {alias.asname}" if alias.asname else "")] = (
                    None
                )
    lines = list(plain)
    for module, imported in names.items():
        joined = ", ".join(sorted(imported, key=lambda n: (not n[0].isupper(), n)))
        line = f"from {module} import {joined}"
        if len(line) > 88:
            inner = "".join(f"    {name},\n" for name in sorted(imported))
            line = f"from {module} import (\n{inner})"
        lines.append(line)
    future = [line for line in lines if line.startswith("from __future__")]
    return "\n".join(future + [line for line in lines if line not in future])


def standalone_script(path: Path) -> str:
    """The complete script for a snippet: the page setup it imports, inlined.

    Imports are merged at the top, then the setup's code, then the example's. The
    result imports nothing from this project and prints what the page shows.
    """
    return reader_view(_complete(path))


def _complete(path: Path) -> str:
    code = path.read_text(encoding="utf-8")
    modules = local_imports(code, path.parent)
    if not modules:
        return code
    local = {module.stem for module in modules}
    header, imports, body = _split(code, local, path)
    setups = [
        _split(module.read_text(encoding="utf-8"), local, module)
        for module in reversed(modules)  # a setup another setup imports comes first
    ]
    every_import = [node for _, nodes, _ in setups for node in nodes] + imports
    inlined = ", ".join(module.name for module in modules)
    note = f"# {path.parent.name}/{path.name}, complete: {inlined} inlined"
    parts = [
        f"{header}\n{note}\n{_render_imports(every_import)}".lstrip("\n"),
        *(setup_body for _, _, setup_body in setups),
        body,
    ]
    return "\n\n\n".join(part for part in parts if part.strip()) + "\n"


# What every page's HTML depends on besides its Markdown and its snippets.
BUILD_CODE = [ROOT / "mkdocs.yml", ROOT / "cheatsheets", ROOT / "docs" / "assets"]


def stale_pages(pages: dict[str, Path], docs_dir: Path) -> list[str]:
    """The pages (name -> built HTML) to build again in a dirty rebuild, though
    their Markdown did not change: those whose snippets, or the setup those
    import, are newer than their HTML — and every page when build code is.

    MkDocs' dirty build re-renders a page whose Markdown is newer than its HTML;
    it knows nothing of the snippets a page includes.
    """
    built = {name: out.stat().st_mtime for name, out in pages.items() if out.is_file()}
    if not built:
        return []
    oldest = min(built.values())
    code = [
        path
        for place in BUILD_CODE
        for path in ([place] if place.is_file() else place.rglob("*"))
        if path.is_file()
    ]
    if any(path.stat().st_mtime > oldest for path in code):
        return sorted(built)
    includes = page_includes(docs_dir)
    stale = []
    for name, when in built.items():
        sources: list[Path] = []
        for include in includes.get(name, []):
            path = SNIPPETS / include
            if path.is_file():
                sources.append(path)
                sources += local_imports(path.read_text(encoding="utf-8"), path.parent)
        if any(path.stat().st_mtime > when for path in sources):
            stale.append(name)
    return stale


def write_standalone_scripts(
    site_dir: Path, docs_dir: Path, pages: set[str] | None = None
) -> None:
    """site/standalone/<page>/<name>.py for every snippet a page includes (of the
    given pages only: a dirty rebuild leaves the others' scripts as they are)."""
    for path in included_snippets(docs_dir):
        if pages is not None and path.parent.name not in pages:
            continue
        target = site_dir / STANDALONE / path.parent.name / path.name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(standalone_script(path), encoding="utf-8")


PART = re.compile(r'^## [^\n]*\{[^}\n]*\bdata-part="([^"]+)"', re.MULTILINE)


def sheet_parts(page_name: str, docs_dir: Path = DOCS) -> list[str]:
    """The titles of a sheet's printed parts, in order; [] when it prints whole.

    A sheet too long for two printed pages is printed as parts, each one PDF of
    at most two pages that repeats the page's setup: `## Heading { data-part="…" }`
    starts a part and names it.
    """
    page = docs_dir / f"{page_name}.md"
    if not page.is_file():
        return []
    return PART.findall(page.read_text(encoding="utf-8"))


def pdf_name(page_name: str, part: int = 0) -> str:
    return f"{page_name}-{part}.pdf" if part else f"{page_name}.pdf"


def pdf_link(page_name: str) -> str:
    """The line under a page's title that links its printable PDF(s) (`make pdf`)."""
    if page_name == "index":
        links = f'<a href="pdf/{BOOKLET}">All sheets as one printable PDF booklet</a>'
    elif parts := sheet_parts(page_name):
        links = "Printable PDF quick references: " + " · ".join(
            f'<a href="../pdf/{pdf_name(page_name, number)}">{html.escape(title)}</a>'
            for number, title in enumerate(parts, 1)
        )
    else:
        links = (
            f'<a href="../pdf/{pdf_name(page_name)}">Printable PDF quick reference</a>'
        )
    return f'<p class="pdf-link">{links}</p>'


def pdfs_built() -> bool:
    """`scripts/build.py --pdf` (make pdf) prints the PDFs into the site it builds."""
    return os.environ.get("CHEATSHEETS_PDF") == "1"


def on_post_page_macros(env: Any) -> None:
    """Link the page's PDF under its title (when the build prints PDFs); stamp the
    versions its outputs came from."""
    if pdfs_built():
        title, newline, rest = env.markdown.partition("\n")
        page_name = Path(env.page.file.src_uri).stem
        env.markdown = f"{title}{newline}\n{pdf_link(page_name)}\n{rest}"
    page_name = Path(env.page.file.src_uri).stem
    env.markdown += (
        f'\n\n<p class="build-stamp" data-switch="{_switch_data()}" '
        f'data-missing="{html.escape(_missing_note())}" markdown="span">'
        f'{stamp(page_name)}<span class="stamp-shown"></span></p>\n'
    )


def _switch_data() -> str:
    """The header switch's choices (docs/assets/targets.js): name, label, missing."""
    choices = [
        [target.name, short_label(target)]
        + ([True] if target.database == "postgresql" and not postgres.enabled() else [])
        for target in SWITCH_ORDER
        if release_enabled(target.release)
    ]
    return html.escape(json.dumps(choices, separators=(",", ":")), quote=True)


def _missing_note() -> str:
    return "" if postgres.enabled() else postgres.not_built_note()


API_DOCS = Path(__file__).with_name("api_docs.toml")
_CODE = re.compile(r"<code>([^<]+)</code>")
_FIRST_PARAGRAPH_END = re.compile(r"</p>")


@functools.cache
def api_docs() -> dict[str, tuple[str, str]]:
    """Lower-cased API name -> (name as documented, its SQLAlchemy docs URL)."""
    if not API_DOCS.is_file():
        return {}
    with API_DOCS.open("rb") as handle:
        table = tomllib.load(handle)["api"]
    return {name.lower(): (name, url) for name, url in table.items()}


def api_of(code: str) -> tuple[str, str] | None:
    """The documented API an inline code span names: `session.get(Astronaut, 1)`
    -> ("Session.get", URL). Tries the whole dotted name, then its last two parts,
    then its last part."""
    name = html.unescape(code).split("(", 1)[0].strip()
    if not re.fullmatch(r"[A-Za-z_][\w.]*", name):
        return None
    parts = name.split(".")
    for candidate in (name, ".".join(parts[-2:]), parts[-1]):
        found = api_docs().get(candidate.lower())
        # An upper-case span is SQL (`SELECT`, `BEGIN`) unless the API is spelt so.
        if found and (not candidate.isupper() or found[0] == candidate):
            return found
    return None


def link_api_docs(section: str) -> str:
    """End a section's first paragraph with a link to the SQLAlchemy docs of the
    main API it shows: the first documented name in its heading, else in that
    paragraph."""
    heading_end = section.find("</h2>")
    paragraph_end = _FIRST_PARAGRAPH_END.search(section, heading_end)
    if heading_end < 0 or paragraph_end is None:
        return section
    candidates = _CODE.findall(section[:heading_end]) + _CODE.findall(
        section[heading_end : paragraph_end.start()]
    )
    for code in candidates:
        found = api_of(code)
        if found:
            name, url = found
            link = (
                f' <a class="api-docs" href="{html.escape(url)}" '
                f'title="SQLAlchemy documentation: {html.escape(name)}">'
                f"{html.escape(name)} docs</a>"
            )
            at = paragraph_end.start()
            return section[:at] + link + section[at:]
    return section


_HEADING = re.compile(r"^## (.+?)\s*$", re.MULTILINE)
_ATTR_LIST = re.compile(r"\s*\{([^{}]*)\}\s*$")
_ANCHOR = re.compile(r"#([\w-]+)")
_INLINE_CODE = re.compile(r"`([^`]+)`")


def _slug(text: str) -> str:
    """The anchor Python-Markdown's toc gives a heading (its default slugify)."""
    from markdown.extensions.toc import slugify  # type: ignore[import-untyped]

    plain = html.unescape(re.sub(r"[`*]", "", text))
    return slugify(plain, "-")


def page_sections(docs_dir: Path = DOCS) -> list[tuple[str, str, str, str]]:
    """Every `## ` section of every sheet: (page, sheet title, heading, anchor)."""
    found = []
    for page in sorted(docs_dir.glob("*.md")):
        if page.stem == "index":
            continue
        text = page.read_text(encoding="utf-8")
        title = next(
            (line[2:].strip() for line in text.splitlines() if line.startswith("# ")),
            page.stem,
        )
        for heading in _HEADING.findall(text):
            attributes = _ATTR_LIST.search(heading)
            if attributes:
                heading = heading[: attributes.start()]
            explicit = _ANCHOR.search(attributes.group(1)) if attributes else None
            if heading.startswith("Setup"):
                continue
            anchor = explicit.group(1) if explicit else _slug(heading)
            found.append((page.stem, title, heading, anchor))
    return found


def answer_index(docs_dir: Path = DOCS) -> str:
    """Every section by what it answers, A to Z, like a book's index: each heading under
    its first word, and again under each API name it shows."""
    entries: list[tuple[str, str]] = []
    for page, title, heading, anchor in page_sections(docs_dir):
        link = f"[{heading}]({page}.md#{anchor}) · *{title}*"
        entries.append((re.sub(r"[`*]", "", heading), link))
        for code in dict.fromkeys(_INLINE_CODE.findall(heading)):
            if not heading.lstrip("`").startswith(code):
                entries.append((code, f"`{code}`: {link}"))

    def word(key: str) -> str:  # `@validates`, `.scalars()`, `__init__`: by letter
        return re.sub(r"^[^A-Za-z0-9]+", "", key).casefold()

    entries.sort(key=lambda entry: (word(entry[0]), entry[1]))
    lines: list[str] = []
    letter = ""
    for key, link in entries:
        first = word(key)[:1].upper()
        first = first if first.isalpha() else "#"
        if first != letter:
            letter = first
            lines.append(f"\n### {letter}\n")
        lines.append(f"- {link}")
    return "\n".join(lines).lstrip("\n") + "\n"
