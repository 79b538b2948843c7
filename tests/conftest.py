"""Shared fixtures: the snippet inventory and one strict build of the site."""

from __future__ import annotations

import os
import subprocess
import sys
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


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A strict build without the output cache, as publishing does it."""
    site = tmp_path_factory.mktemp("build") / "site"
    env = dict(os.environ, CHEATSHEETS_CACHE="0", SOURCE_DATE_EPOCH=BUILD_EPOCH)
    result = subprocess.run(
        [sys.executable, "scripts/build.py", str(site)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return site
