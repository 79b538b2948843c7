"""Every snippet: runs alone, prints something, prints the same thing every time.

On its first target: SQLite, or PostgreSQL for a snippet that runs only there
(test_targets runs every other target).

Discovered, not listed: a new file under snippets/ is tested the moment it exists.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from cheatsheets import postgres
from cheatsheets.runner import (
    SnippetError,
    local_imports,
    normalise,
    parse_declarations,
    run_file,
)
from cheatsheets.site import standalone_script
from cheatsheets.targets import Target, declared
from tests.conftest import ROOT, SNIPPETS, all_snippets, snippet_id

SNIPPET_FILES = all_snippets()
# Every warning, once per place — but not the ResourceWarnings of pooled PostgreSQL
# connections that Python finalises at exit, which no reader sees by default.
WARNINGS = "default,ignore::ResourceWarning"


def primary(path: Path) -> Target:
    """The target a snippet shows first: SQLite, unless it runs on PostgreSQL only."""
    return declared(path.read_text(encoding="utf-8"), str(path))[0]


@contextlib.contextmanager
def database_env(path: Path) -> Iterator[dict[str, str]]:
    """The environment `python <snippet>` needs for its first target."""
    env = {
        name: value
        for name, value in os.environ.items()
        if name not in {"DATABASE_URL", "PGHOST", "PGPORT"}
    }
    if primary(path).database == "postgresql":
        with postgres.database() as (extra, _name):
            yield dict(env, **extra)
    else:
        yield env


def run_all(paths: list[Path]) -> dict[Path, str]:
    outputs: dict[Path, str] = {}
    for path in paths:
        try:
            outputs[path] = run_file(path, primary(path), use_cache=False).output
        except SnippetError as error:
            outputs[path] = f"FAILED: {error.args[0]}\n{error.args[1]}"
    return outputs


def selected(request: pytest.FixtureRequest) -> list[Path]:
    """The snippets of the collected tests, so `-k` runs only what it selects."""
    chosen = {
        item.callspec.params["path"]
        for item in request.session.items
        if hasattr(item, "callspec") and "path" in item.callspec.params
    }
    return [path for path in SNIPPET_FILES if path in chosen]


@pytest.fixture(scope="session")
def first_run(request: pytest.FixtureRequest) -> dict[Path, str]:
    return run_all(selected(request))


@pytest.fixture(scope="session")
def second_run(request: pytest.FixtureRequest) -> dict[Path, str]:
    # Reverse order: a snippet that depends on another having run first shows up here.
    return run_all(list(reversed(selected(request))))


@pytest.fixture(scope="session")
def plain_runs(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> dict[Path, subprocess.CompletedProcess[str]]:
    """`python snippets/<page>/<name>.py`, the way a reader runs it, each alone."""
    paths = selected(request)

    def plain(path: Path) -> subprocess.CompletedProcess[str]:
        cwd = tmp_path_factory.mktemp("plain")
        with database_env(path) as env:
            return subprocess.run(
                [sys.executable, str(path)],
                cwd=cwd,
                capture_output=True,
                text=True,
                timeout=120,
                check=False,
                env=dict(env, PYTHONWARNINGS=WARNINGS),
            )

    tmp_path_factory.getbasetemp()  # made once, before the threads make folders in it
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        return dict(zip(paths, pool.map(plain, paths), strict=True))


def is_setup(path: Path) -> bool:
    """A page's setup module: what its examples import, shown once on the page."""
    return path.stem == f"{path.parent.name}_setup"


@pytest.fixture(scope="session")
def standalone_runs(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> dict[Path, tuple[str, str]]:
    """Each snippet's complete script, run with plain python in an empty folder."""

    def run(path: Path) -> tuple[str, str]:
        folder = tmp_path_factory.mktemp("standalone")
        script = folder / path.name
        script.write_text(standalone_script(path), encoding="utf-8")
        work = folder / "empty"
        work.mkdir()
        with database_env(path) as env:
            result = subprocess.run(
                [sys.executable, str(script)],
                cwd=work,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                text=True,
                timeout=120,
                check=False,
                env=dict(env, PYTHONHASHSEED="0", PYTHONWARNINGS=WARNINGS),
            )
            name = env.get("DATABASE_URL", "").rpartition("/")[2]
        shown = normalise(result.stdout, str(work))
        if name:
            shown = shown.replace(name, postgres.DISPLAY_DATABASE)
        return script.read_text(encoding="utf-8"), shown

    paths = selected(request)
    tmp_path_factory.getbasetemp()  # made once, before the threads make folders in it
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        return dict(zip(paths, pool.map(run, paths), strict=True))


@pytest.mark.parametrize("path", SNIPPET_FILES, ids=snippet_id)
def test_snippet_succeeds_and_prints(path: Path, first_run: dict[Path, str]) -> None:
    output = first_run[path]
    assert not output.startswith("FAILED"), output
    if is_setup(path):
        # Imported by every example of its page: what it printed would repeat in each.
        assert not output.strip(), f"{path.relative_to(ROOT)} prints: {output}"
    else:
        assert output.strip(), f"{path.relative_to(ROOT)} prints nothing"


@pytest.mark.parametrize("path", SNIPPET_FILES, ids=snippet_id)
def test_standalone_script_prints_what_the_page_shows(
    path: Path,
    first_run: dict[Path, str],
    standalone_runs: dict[Path, tuple[str, str]],
) -> None:
    """The downloadable complete script: setup inlined, plain python, empty folder."""
    script, shown = standalone_runs[path]
    assert not local_imports(script, SNIPPETS / "nowhere"), "imports from the project"
    expected = first_run[path]
    declared = parse_declarations(path.read_text(encoding="utf-8"))
    if declared.raises:
        # Plain python prints a traceback where the page shows the error's last line.
        assert shown.splitlines()[-1] == expected.splitlines()[-1], shown
    elif declared.warns:
        # Plain python prints a warning with its source line; every other line matches.
        def plain(text: str) -> list[str]:
            return [
                line
                for line in text.splitlines()
                if "Warning: " not in line and not line.startswith("  ")
            ]

        assert plain(shown) == plain(expected), shown
    else:
        assert shown == expected, shown


@pytest.mark.parametrize("path", SNIPPET_FILES, ids=snippet_id)
def test_snippet_prints_the_same_twice(
    path: Path, first_run: dict[Path, str], second_run: dict[Path, str]
) -> None:
    assert first_run[path] == second_run[path]


@pytest.mark.parametrize("path", SNIPPET_FILES, ids=snippet_id)
def test_snippet_runs_as_a_plain_script(
    path: Path, plain_runs: dict[Path, subprocess.CompletedProcess[str]]
) -> None:
    result = plain_runs[path]
    raises = parse_declarations(path.read_text(encoding="utf-8")).raises
    if raises:
        assert result.returncode == 1
        assert any(name in result.stderr for name in raises), result.stderr
    else:
        assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("path", SNIPPET_FILES, ids=snippet_id)
def test_snippet_lines_fit_a_code_block(path: Path) -> None:
    long = [
        number
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if len(line) > 88
    ]
    assert not long, f"{path.relative_to(ROOT)}: lines over 88 columns: {long}"
