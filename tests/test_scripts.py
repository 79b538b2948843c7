"""Each snippet's complete script (the page's download: its setup inlined) run with
plain python in an empty folder: it ends as declared and prints what the page shows.

Apart from tests/test_snippets.py so that pytest-xdist runs the two at once.
"""

from __future__ import annotations

import contextlib
import os
import queue
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from cheatsheets import postgres
from cheatsheets.runner import local_imports, normalise, parse_declarations
from cheatsheets.site import standalone_script
from tests.conftest import SNIPPETS, snippet_id
from tests.plain_python import PlainPython
from tests.test_snippets import (
    SNIPPET_FILES,
    WARNINGS,
    Run,
    database_env,
    plain_env,
    primary,
    recorded,
    selected,
)


@pytest.fixture(scope="session")
def first_run(
    request: pytest.FixtureRequest, built_site: Path, output_cache: Path
) -> dict[Run, str]:
    """The build's run of each selected example on its first target."""
    return recorded([(path, primary(path)) for path in selected(request)], output_cache)


@pytest.fixture(scope="session")
def standalone_runs(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> dict[Path, tuple[str, str, int]]:
    """Each snippet's complete script, run with plain python in an empty folder:
    the script, what it printed (stdout and stderr, as a pipe gets them) and its
    exit status. Each runs in a child forked from a plain interpreter that has
    imported SQLAlchemy (tests/plain_python.py), not in a new one: the same run,
    without 0.4 s of import per script."""

    startup = dict(PYTHONHASHSEED="0", PYTHONWARNINGS=WARNINGS)
    servers: queue.SimpleQueue[PlainPython] = queue.SimpleQueue()

    def run(path: Path) -> tuple[str, str, int]:
        folder = tmp_path_factory.mktemp("standalone")
        script = folder / path.name
        script.write_text(standalone_script(path), encoding="utf-8")
        work = folder / "empty"
        work.mkdir()
        output = folder / "output.txt"
        python = servers.get()
        try:
            with database_env(path) as env:
                status = python.run(script, work, dict(env, **startup), output)
                name = env.get("DATABASE_URL", "").rpartition("/")[2]
        finally:
            servers.put(python)
        shown = normalise(output.read_text(encoding="utf-8"), str(work))
        if name:
            shown = shown.replace(name, postgres.DISPLAY_DATABASE)
        return script.read_text(encoding="utf-8"), shown, status

    paths = selected(request)
    tmp_path_factory.getbasetemp()  # made once, before the threads make folders in it
    workers = os.cpu_count() or 2
    with contextlib.ExitStack() as stack:
        for _ in range(workers):
            servers.put(stack.enter_context(PlainPython(dict(plain_env(), **startup))))
        with ThreadPoolExecutor(max_workers=workers) as pool:
            return dict(zip(paths, pool.map(run, paths), strict=True))


@pytest.mark.parametrize("path", SNIPPET_FILES, ids=snippet_id)
def test_standalone_script_prints_what_the_page_shows(
    path: Path,
    first_run: dict[Run, str],
    standalone_runs: dict[Path, tuple[str, str, int]],
) -> None:
    """The downloadable complete script: setup inlined, plain python, empty folder."""
    script, shown, _status = standalone_runs[path]
    assert not local_imports(script, SNIPPETS / "nowhere"), "imports from the project"
    expected = first_run[path, primary(path)]
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
def test_snippet_runs_as_a_plain_script(
    path: Path, standalone_runs: dict[Path, tuple[str, str, int]]
) -> None:
    """With plain python the script ends as declared: status 0, or 1 and the
    declared exception (the build's run already imports the page's setup from the
    snippet's folder, as `python snippets/<page>/<name>.py` does)."""
    _script, shown, status = standalone_runs[path]
    raises = parse_declarations(path.read_text(encoding="utf-8")).raises
    if raises:
        assert status == 1, shown
        assert any(name in shown for name in raises), shown
    else:
        assert status == 0, shown
