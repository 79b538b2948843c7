"""Every snippet, on every target it declares: runs, prints, prints the same again.

What each example printed in the session's strict build (conftest.built_site, which
starts from an empty output cache) is its first run; here each runs again, in
reverse order (a snippet that depends on another having run first shows up) —
except where its complete script's run in tests/test_scripts.py (plain python, an
empty folder, a new database) is compared with the first run line for line.

Discovered, not listed: a new file under snippets/ is tested the moment it exists.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from cheatsheets import postgres
from cheatsheets.runner import (
    SnippetError,
    parse_declarations,
    run_code,
)
from cheatsheets.targets import Target, declared
from tests.conftest import ROOT, all_snippets, snippet_id

SNIPPET_FILES = all_snippets()
# Every warning, once per place — but not the ResourceWarnings of pooled PostgreSQL
# connections that Python finalises at exit, which no reader sees by default.
WARNINGS = "default,ignore::ResourceWarning"
Run = tuple[Path, Target]


def targets_of(path: Path) -> list[Target]:
    return declared(path.read_text(encoding="utf-8"), str(path))


def primary(path: Path) -> Target:
    """The target a snippet shows first: SQLite, unless it runs on PostgreSQL only."""
    return targets_of(path)[0]


RUNS: list[Run] = [
    (path, target) for path in SNIPPET_FILES for target in targets_of(path)
]


def run_again_as_a_script(run: Run) -> bool:
    """Whether tests/test_scripts.py's run of the complete script (plain python, an
    empty folder, a new database) is this run's second: on the first target, and
    compared line for line (no declared error or warning, which plain python prints
    its own way)."""
    path, target = run
    declared_here = parse_declarations(path.read_text(encoding="utf-8"))
    return target == primary(path) and not (declared_here.raises or declared_here.warns)


# The runs made twice here, in the runner: every other one is test_scripts.py's.
TWICE: list[Run] = [run for run in RUNS if not run_again_as_a_script(run)]


def run_id(run: Run) -> str:
    return f"{snippet_id(run[0])}@{run[1].name}"


def plain_env() -> dict[str, str]:
    """This environment without a database: a script's own, on SQLite."""
    return {
        name: value
        for name, value in os.environ.items()
        if name not in {"DATABASE_URL", "PGHOST", "PGPORT"}
    }


@contextlib.contextmanager
def database_env(path: Path) -> Iterator[dict[str, str]]:
    """The environment `python <script>` needs for the snippet's first target."""
    env = plain_env()
    if primary(path).database == "postgresql":
        with postgres.database() as (extra, _name):
            yield dict(env, **extra)
    else:
        yield env


def run_all(runs: list[Run], *, use_cache: bool) -> dict[Run, str]:
    def run(item: Run) -> str:
        path, target = item
        try:
            code = path.read_text(encoding="utf-8")
            return run_code(code, path, target, use_cache=use_cache).output
        except SnippetError as error:
            details = error.args[1] if len(error.args) > 1 else ""
            return f"FAILED: {error.args[0]}\n{details}"

    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        return dict(zip(runs, pool.map(run, runs), strict=True))


def selected(request: pytest.FixtureRequest) -> list[Path]:
    """The snippets of the collected tests, so `-k` runs only what it selects."""
    chosen = set()
    for item in request.session.items:
        params = getattr(item, "callspec", None)
        if params is None:
            continue
        if "path" in params.params:
            chosen.add(params.params["path"])
        if "run" in params.params:
            chosen.add(params.params["run"][0])
    return [path for path in SNIPPET_FILES if path in chosen]


def selected_runs(request: pytest.FixtureRequest, runs: list[Run] = RUNS) -> list[Run]:
    paths = set(selected(request))
    return [run for run in runs if run[0] in paths]


def recorded(runs: list[Run], output_cache: Path) -> dict[Run, str]:
    """What the session's build printed for `runs`: read back from its outputs."""
    previous = os.environ.get("CHEATSHEETS_CACHE_DIR")
    os.environ["CHEATSHEETS_CACHE_DIR"] = str(output_cache)
    try:
        return run_all(runs, use_cache=True)
    finally:
        if previous is None:
            del os.environ["CHEATSHEETS_CACHE_DIR"]
        else:
            os.environ["CHEATSHEETS_CACHE_DIR"] = previous


@pytest.fixture(scope="session")
def first_run(
    request: pytest.FixtureRequest, built_site: Path, output_cache: Path
) -> dict[Run, str]:
    """The build's run of each selected example on each of its targets."""
    return recorded(selected_runs(request), output_cache)


@pytest.fixture(scope="session")
def second_run(request: pytest.FixtureRequest) -> dict[Run, str]:
    """Every run of TWICE again, in reverse order, without the cache."""
    return run_all(list(reversed(selected_runs(request, TWICE))), use_cache=False)


def is_setup(path: Path) -> bool:
    """A page's setup module: what its examples import, shown once on the page."""
    return path.stem == f"{path.parent.name}_setup"


@pytest.mark.parametrize("path", SNIPPET_FILES, ids=snippet_id)
def test_snippet_succeeds_and_prints(path: Path, first_run: dict[Run, str]) -> None:
    output = first_run[path, primary(path)]
    assert not output.startswith("FAILED"), output
    if is_setup(path):
        # Imported by every example of its page: what it printed would repeat in each.
        assert not output.strip(), f"{path.relative_to(ROOT)} prints: {output}"
    else:
        assert output.strip(), f"{path.relative_to(ROOT)} prints nothing"


@pytest.mark.parametrize("run", TWICE, ids=run_id)
def test_example_succeeds_on_its_target_the_same_every_time(
    run: Run, first_run: dict[Run, str], second_run: dict[Run, str]
) -> None:
    assert not first_run[run].startswith("FAILED"), first_run[run]
    assert second_run[run] == first_run[run], (
        f"{first_run[run]}\n--- the second run ---\n{second_run[run]}"
    )


@pytest.mark.parametrize("path", SNIPPET_FILES, ids=snippet_id)
def test_snippet_lines_fit_a_code_block(path: Path) -> None:
    long = [
        number
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if len(line) > 88
    ]
    assert not long, f"{path.relative_to(ROOT)}: lines over 88 columns: {long}"
