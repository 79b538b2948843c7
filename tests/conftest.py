"""Shared fixtures: the snippet inventory and one strict build of the site."""

from __future__ import annotations

import fcntl
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from cheatsheets import site
from scripts.build import source_date_epoch

ROOT = Path(__file__).resolve().parent.parent
# Every test build stamps the same dates, whether or not its tree is a git checkout.
BUILD_EPOCH = source_date_epoch()
DOCS = ROOT / "docs"
SNIPPETS = ROOT / "snippets"


def all_snippets() -> list[Path]:
    return sorted(SNIPPETS.rglob("*.py"))


def page_includes() -> dict[str, list[str]]:
    """Page name -> snippet paths its example()/compare() calls include, in order."""
    return site.page_includes(DOCS)


def snippet_id(path: Path) -> str:
    return str(path.relative_to(SNIPPETS))


class Shared:
    """What the whole test session makes once, whichever pytest-xdist worker asks
    first: the others wait for it (a file lock) and reuse the result."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def get(self, name: str, make: Callable[[Path], None]) -> Path:
        folder = self.root / name
        failed = self.root / f"{name}.failed"
        with (self.root / f"{name}.lock").open("w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            if failed.exists():
                pytest.fail(failed.read_text(encoding="utf-8"), pytrace=False)
            if not (folder / ".done").exists():
                shutil.rmtree(folder, ignore_errors=True)
                folder.mkdir()
                try:
                    make(folder)
                except BaseException as error:
                    failed.write_text(f"{name}: {error}", encoding="utf-8")
                    raise
                (folder / ".done").touch()
        return folder


@pytest.fixture(scope="session")
def shared(tmp_path_factory: pytest.TempPathFactory, worker_id: str) -> Shared:
    base = tmp_path_factory.getbasetemp()
    return Shared(base if worker_id == "master" else base.parent)


@pytest.fixture(scope="session")
def output_cache(shared: Shared) -> Path:
    """The outputs of the session's strict build: every example on every target,
    run by the build itself (the cache starts empty), read by the tests that run
    each example again and compare.

    CHEATSHEETS_TEST_OUTPUTS=<folder> starts from the outputs in that folder
    instead (`make test-fast`: the cache of `make serve`), so that only examples
    whose output is not there yet run in the build.
    """
    given = os.environ.get("CHEATSHEETS_TEST_OUTPUTS")
    if given:
        Path(given).mkdir(parents=True, exist_ok=True)
        return Path(given)
    return shared.get("outputs", lambda folder: None)


@pytest.fixture(scope="session")
def built_site(shared: Shared, output_cache: Path) -> Path:
    """A strict build from an empty output cache, as publishing does it: every
    example runs. Made once per session; later builds reuse its outputs."""

    def build(folder: Path) -> None:
        env = dict(
            os.environ,
            CHEATSHEETS_CACHE_DIR=str(output_cache),
            SOURCE_DATE_EPOCH=BUILD_EPOCH,
        )
        result = subprocess.run(
            [sys.executable, "scripts/build.py", str(folder / "site")],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        assert result.returncode == 0, result.stdout + result.stderr

    return shared.get("build", build) / "site"


@pytest.fixture
def build_outputs(output_cache: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The runner reads each example's output from the session build's outputs, not
    from the project's own cache (empty in a fresh clone, where every read would run
    the example a third time). That those outputs are what the examples really print
    is tests/test_snippets.py's and tests/test_scripts.py's check: each runs again
    and is compared with them."""
    monkeypatch.setenv("CHEATSHEETS_CACHE_DIR", str(output_cache))
    return output_cache


def with_ctrl_c(command: list[str]) -> list[str]:
    """`command`, started with Ctrl-C's default action (SIGINT ends it) whatever
    this process was given: a job started in the background of a script inherits
    SIGINT ignored, and Python then leaves it ignored. A test that interrupts a
    build as a terminal does needs the terminal's behaviour."""
    reset = (
        "import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); "
        "os.execvp(sys.argv[1], sys.argv[1:])"
    )
    return [sys.executable, "-c", reset, *command]
