"""Fault injection: copy the project, break one thing, build the way a user does.

Each fault must fail the build (non-zero exit) with a message naming the file (and
line where there is one). Output that looks like HTML or Markdown, snippets that
write files, and failed builds over a good site must be handled, not fail.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from cheatsheets.targets import LTS_PYTHON
from tests.conftest import BUILD_EPOCH, ROOT, page_includes, with_ctrl_c
from tests.test_targets import postgres_processes

COPIED = [
    "cheatsheets",
    "docs",
    "scripts",
    "snippets",
    "tests",
    "mkdocs.yml",
    "pyproject.toml",
]
PAGE = "engine"


class Project:
    """A throw-away copy of the project whose build runs its own code."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.env = dict(
            os.environ,
            PYTHONPATH=str(root),
            CHEATSHEETS_TIMEOUT="5",
            SOURCE_DATE_EPOCH=BUILD_EPOCH,
            # The copy has no environments of its own: use the project's.
            CHEATSHEETS_SQLALCHEMY20_PYTHON=str(LTS_PYTHON),
        )
        self.env.pop("PYTEST_ADDOPTS", None)

    def path(self, relative: str) -> Path:
        return self.root / relative

    def append(self, relative: str, text: str) -> None:
        with self.path(relative).open("a", encoding="utf-8") as handle:
            handle.write(text)

    def write(self, relative: str, text: str) -> None:
        self.path(relative).parent.mkdir(parents=True, exist_ok=True)
        self.path(relative).write_text(text, encoding="utf-8")

    def add_example(self, name: str, code: str) -> str:
        """A new snippet for the page, included at its end; returns its path."""
        self.write(f"snippets/{PAGE}/{name}", code)
        self.append(
            f"docs/{PAGE}.md",
            f'\n## Injected {name}\n\n{{{{ example("{PAGE}/{name}") }}}}\n',
        )
        return f"snippets/{PAGE}/{name}"

    def build(self) -> subprocess.CompletedProcess[str]:
        return self.run([sys.executable, "scripts/build.py", str(self.path("site"))])

    def run(self, command: list[str]) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            command,
            cwd=self.root,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )


def copy_project(source: Path, target: Path, outputs: Path | None = None) -> Project:
    for name in COPIED:
        if (source / name).is_dir():
            shutil.copytree(
                source / name,
                target / name,
                ignore=shutil.ignore_patterns("__pycache__"),
            )
        else:
            shutil.copy2(source / name, target / name)
    if outputs is not None:  # the session build's outputs: nothing runs twice
        shutil.copytree(outputs, target / ".cache" / "snippets")
    elif (source / ".cache").is_dir():
        shutil.copytree(source / ".cache", target / ".cache")
    return Project(target)


@pytest.fixture(scope="session")
def warm_project(
    tmp_path_factory: pytest.TempPathFactory, built_site: Path, output_cache: Path
) -> Project:
    """A pristine copy built once, with the session build's outputs, so each fault's
    build reuses them."""
    project = copy_project(ROOT, tmp_path_factory.mktemp("warm"), output_cache)
    result = project.build()
    assert result.returncode == 0, result.stdout + result.stderr
    return project


# The pages a fault breaks or points into; in a fault's copy every other page keeps
# only its headings (its title and section anchors, which links resolve to).
KEPT_PAGES = {PAGE, "crud", "session"}


def headings_only(markdown: str) -> str:
    """A page cut down to its headings: the links to it and its anchors still resolve,
    it runs no example and renders in no time."""
    kept = []
    fenced = False
    for line in markdown.splitlines():
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
        elif not fenced and line.startswith("#"):
            kept.append(line)
    return "\n\n".join(kept) + "\n"


def fault_copy(warm_project: Project, folder: Path) -> Project:
    """A copy to break, where only KEPT_PAGES are whole. Its builds leave llms.txt
    out (CHEATSHEETS_LLMS=false): no fault is about it, and the session build makes
    it. A fault's build so costs a third of a whole site's."""
    copied = copy_project(warm_project.root, folder / "project")
    if warm_project.path("site").is_dir():
        shutil.copytree(warm_project.path("site"), copied.path("site"))
    for page in copied.path("docs").glob("*.md"):
        if page.stem not in KEPT_PAGES:
            page.write_text(headings_only(page.read_text("utf-8")), "utf-8")
    copied.env["CHEATSHEETS_LLMS"] = "false"
    return copied


@pytest.fixture
def project(warm_project: Project, tmp_path: Path) -> Project:
    return fault_copy(warm_project, tmp_path)


def first_snippet() -> str:
    return f"snippets/{page_includes()[PAGE][0]}"


def line_count(project: Project, relative: str) -> int:
    return len(project.path(relative).read_text(encoding="utf-8").splitlines())


def assert_fails(result: subprocess.CompletedProcess[str], *needles: str) -> None:
    log = result.stdout + result.stderr
    assert result.returncode != 0, log
    for needle in needles:
        assert needle in log, f"{needle!r} not in build log:\n{log[-3000:]}"


# --- faults that must fail the build -------------------------------------------------


ONLY_ON_SQLITE = """\
# targets: sqlite, postgresql
import os

from sqlalchemy import create_engine, text

engine = create_engine(os.environ.get("DATABASE_URL", "sqlite://"))
with engine.connect() as conn:
    print(conn.execute(text("SELECT sqlite_version() > ''")).scalar())
"""


LEGACY_GET = """\
from sqlalchemy import create_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Crew(Base):
    __tablename__ = "crew"
    id: Mapped[int] = mapped_column(primary_key=True)


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as session:
    print(session.query(Crew).get(1))
"""
SETUP = "snippets/crud/crud_setup.py"  # every crud example imports it
WARNS = f"snippets/{page_includes()['session'][1]}"  # a session example


@dataclass
class Broken:
    """One build of a copy holding every fault a build reports and goes on from.

    An author who makes several mistakes sees them all in one build; each is an
    ERROR or WARNING line of MkDocs', which `--strict` counts, so each alone fails
    the build as surely as all together (`assert_counted`)."""

    project: Project
    result: subprocess.CompletedProcess[str]
    good: str  # the digest of the site before the build
    lines: dict[str, int]  # broken file -> the line of the fault


@pytest.fixture(scope="module")
def broken(warm_project: Project, tmp_path_factory: pytest.TempPathFactory) -> Broken:
    project = fault_copy(warm_project, tmp_path_factory.mktemp("broken"))
    # fault 1: an exception (in the engine page's setup, which its examples import)
    project.append(first_snippet(), "\nprint(1 / 0)\n")
    # fault 2: a warning the snippet does not declare, SQLAlchemy's legacy one too
    project.append(
        WARNS, "\nimport warnings\n\nwarnings.warn('old', DeprecationWarning)\n"
    )
    project.add_example("legacy_get.py", LEGACY_GET)
    # fault 5 and 6: a link to a page, or to an anchor, that does not exist
    project.append(f"docs/{PAGE}.md", "\nSee [nowhere](no_such_page.md).\n")
    project.append(f"docs/{PAGE}.md", "\nSee [nowhere](session.md#no-such-anchor).\n")
    # fault 8: a snippet that never ends, one that floods, a broken page setup
    project.add_example("spins.py", "print('start')\nwhile True:\n    pass\n")
    project.add_example(
        "floods.py", "for line in range(10**7):\n    print('x' * 100, line)\n"
    )
    lines = project.path(SETUP).read_text(encoding="utf-8").splitlines()
    project.write(SETUP, "\n".join([*lines[:-1], "1 / 0", lines[-1]]) + "\n")
    # an example exiting non-zero; and one that fails only on PostgreSQL
    project.add_example("exits.py", "print('bye')\nraise SystemExit(3)\n")
    project.add_example("only_sqlite.py", ONLY_ON_SQLITE)
    good = digest(project.path("site"))
    at = {name: line_count(project, name) for name in (first_snippet(), WARNS)}
    return Broken(project, project.build(), good, {**at, SETUP: len(lines)})


def assert_counted(result: subprocess.CompletedProcess[str], *needles: str) -> None:
    """The build failed, and one of its ERROR or WARNING lines holds every needle.

    MkDocs' closing line ("Aborted with 31 errors, 2 warnings in strict mode!")
    must count every such line: each is one that `--strict` fails the build on."""
    log = result.stdout + result.stderr
    assert result.returncode != 0, log
    counted = [
        line
        for line in log.splitlines()
        if line.startswith(("ERROR   -  ", "WARNING -  "))
    ]
    closing = re.search(r"^Aborted with (.*) in strict mode!$", log, re.M)
    assert closing, f"no strict-mode summary in the build log:\n{log[-3000:]}"
    total = sum(int(n) for n in re.findall(r"(\d+) (?:error|warning)", closing[1]))
    assert total == len(counted), (closing[0], len(counted))
    assert any(all(needle in line for needle in needles) for line in counted), (
        f"no ERROR or WARNING line holds {needles!r}:\n{log[-3000:]}"
    )


def test_fault_1_snippet_raises(broken: Broken) -> None:
    target = first_snippet()
    assert_counted(broken.result, f"{target}:{broken.lines[target]}: ZeroDivisionError")


def test_fault_2_undeclared_warning(broken: Broken) -> None:
    expected = f"{WARNS}:{broken.lines[WARNS]}: undeclared DeprecationWarning"
    assert_counted(broken.result, expected)


def test_fault_2_undeclared_sqlalchemy_legacy_warning(broken: Broken) -> None:
    assert_counted(
        broken.result, f"snippets/{PAGE}/legacy_get.py:17: undeclared LegacyAPIWarning"
    )


def test_fault_5_link_to_missing_page(broken: Broken) -> None:
    assert_counted(broken.result, "no_such_page.md", f"{PAGE}.md")


def test_fault_6_link_to_missing_anchor(broken: Broken) -> None:
    assert_counted(broken.result, "no-such-anchor", f"{PAGE}.md")


def test_fault_8_snippet_never_finishes(broken: Broken) -> None:
    assert_counted(
        broken.result, f"snippets/{PAGE}/spins.py:1: did not finish within 5 s"
    )


def test_fault_8_runaway_output_is_stopped(broken: Broken) -> None:
    assert_counted(
        broken.result, f"snippets/{PAGE}/floods.py:1: printed more than 64 KiB"
    )


def test_fault_8_broken_page_setup_names_the_setup_file(broken: Broken) -> None:
    assert_counted(broken.result, f"{SETUP}:{broken.lines[SETUP]}: ZeroDivisionError")


def test_fault_postgresql_only_failure_names_file_line_and_target(
    broken: Broken,
) -> None:
    assert_counted(
        broken.result,
        f"snippets/{PAGE}/only_sqlite.py:8: [postgresql] sqlalchemy.exc.ProgrammingError: "
        "(psycopg.errors.UndefinedFunction) function sqlite_version() does not exist",
    )


def test_failed_build_keeps_the_last_good_site(broken: Broken) -> None:
    assert_counted(broken.result, f"snippets/{PAGE}/exits.py:2: SystemExit: 3")
    assert "previous site/ is unchanged" in broken.result.stderr
    # Nothing of the flood, or of any fault, reached a page.
    assert digest(broken.project.path("site")) == broken.good
    assert not list(broken.project.root.glob(".site-*")), "staging left behind"


def test_postgresql_that_cannot_start_fails_the_build_saying_why(
    project: Project,
) -> None:
    project.add_example("only_sqlite.py", ONLY_ON_SQLITE)
    project.env["CHEATSHEETS_POSTGRES_URL"] = "postgresql://nobody@/x?host=/nonexistent"
    assert_fails(
        project.build(),
        "PostgreSQL output cannot be built: cannot connect to CHEATSHEETS_POSTGRES_URL",
        "CHEATSHEETS_POSTGRES=0",
    )


def test_building_without_postgresql_says_so_on_the_page(project: Project) -> None:
    project.add_example("only_sqlite.py", ONLY_ON_SQLITE)
    project.env["CHEATSHEETS_POSTGRES"] = "0"
    result = project.build()
    assert result.returncode == 0, result.stdout + result.stderr
    page = project.path(f"site/{PAGE}/index.html").read_text(encoding="utf-8")
    assert "PostgreSQL output was not built" in page
    assert '<div class="target-output" data-targets="postgresql' in page
    assert "CHEATSHEETS_POSTGRES=0" in page


@pytest.mark.parametrize("how", [signal.SIGINT, signal.SIGTERM])
def test_an_interrupted_build_leaves_no_server_and_keeps_the_site(
    project: Project, how: signal.Signals
) -> None:
    # Still running when the interrupt comes, however fast the rest of the build is.
    project.add_example(
        "slow.py",
        ONLY_ON_SQLITE.replace("sqlite_version() > ''", "1")
        + "\nimport time\n\ntime.sleep(3)\n",
    )
    # A temporary folder of its own: other tests' servers (pytest-xdist runs them
    # meanwhile) are neither counted nor blamed. Short, for the server's socket path.
    private = Path(tempfile.mkdtemp(prefix="interrupt-"))
    private.chmod(0o755)  # as /tmp: a server run as nobody reaches its folder
    mine = str(private).encode()

    def servers() -> set[int]:
        return set(postgres_processes(0, mentioning=mine))

    good = digest(project.path("site"))
    build = subprocess.Popen(
        with_ctrl_c([sys.executable, "scripts/build.py", str(project.path("site"))]),
        cwd=project.root,
        env=dict(project.env, TMPDIR=str(private)),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # its own process group, as a terminal job is
    )
    try:
        deadline = time.monotonic() + 120
        started: set[int] = set()
        while not started and time.monotonic() < deadline and build.poll() is None:
            started = servers()
            time.sleep(0.05)
        assert started, "the build never started PostgreSQL"
        os.killpg(build.pid, how)  # Ctrl-C (or a kill) reaches the whole job
        build.wait(timeout=60)
        deadline = time.monotonic() + 15
        while servers() and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not servers(), "PostgreSQL outlived its build"
        left = list(private.glob("cheatsheets-pg-*"))
        assert not left, f"the server's data was left behind: {left}"
    finally:
        shutil.rmtree(private, ignore_errors=True)
    assert digest(project.path("site")) == good, "an interrupted build changed site/"
    assert not list(project.root.glob(".site-*")), "staging left behind"


def test_fault_3_missing_include(project: Project) -> None:
    project.append(f"docs/{PAGE}.md", '\n{{ example("engine/does_not_exist.py") }}\n')
    assert_fails(project.build(), "snippets/engine/does_not_exist.py")


def test_fault_3_missing_raw_snippet(project: Project) -> None:
    project.append(
        f"docs/{PAGE}.md", '\n```text\n--8<-- "engine/does_not_exist.txt"\n```\n'
    )
    assert_fails(project.build(), "engine/does_not_exist.txt")


def test_fault_4_missing_section(project: Project) -> None:
    target = first_snippet().removeprefix("snippets/")
    project.append(
        f"docs/{PAGE}.md", f'\n```python\n--8<-- "{target}:no_such_section"\n```\n'
    )
    assert_fails(project.build(), "no_such_section")


def test_fault_7_undefined_macro(project: Project) -> None:
    project.append(f"docs/{PAGE}.md", "\n{{ no_such_macro() }}\n")
    assert_fails(project.build(), "no_such_macro")


def test_fault_7_undefined_variable(project: Project) -> None:
    project.append(f"docs/{PAGE}.md", "\n{{ no_such_variable }}\n")
    assert_fails(project.build(), "no_such_variable")


def run_snippet_tests(
    project: Project, selection: str, *files: str
) -> subprocess.CompletedProcess[str]:
    """tests/test_snippets.py (or files) in the copy, on the outputs its warm build
    made."""
    project.env["CHEATSHEETS_TEST_OUTPUTS"] = str(project.path(".cache/snippets"))
    return project.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "-n0",
            *(files or ["tests/test_snippets.py"]),
            "-k",
            selection,
        ]
    )


def test_fault_9_snippet_depends_on_another(project: Project, tmp_path: Path) -> None:
    # The first run is the build's, in page order: the example that needs the state
    # comes first, and the one writing it waits, whatever runs at the same time.
    state = tmp_path / "state.txt"
    project.add_example(
        "needs_state.py", f"open({str(state)!r}).close()\nprint('read')\n"
    )
    project.add_example(
        "writes_state.py",
        f"import time\n\ntime.sleep(1)\nopen({str(state)!r}, 'w').close()\n"
        "print('wrote')\n",
    )
    assert_fails(run_snippet_tests(project, "state"), "needs_state.py")


def test_fault_10_output_differs_between_runs(project: Project) -> None:
    # On its first target the second run is the complete script's (test_scripts.py).
    project.add_example("random_output.py", "import uuid\n\nprint(uuid.uuid4())\n")
    assert_fails(
        run_snippet_tests(
            project, "random_output", "tests/test_snippets.py", "tests/test_scripts.py"
        ),
        "test_standalone_script_prints_what_the_page_shows[engine/random_output.py]",
    )


# --- input that must be handled, not fail -----------------------------------------------


def tree_listing(root: Path) -> set[str]:
    skipped = {"site", ".cache", "__pycache__", ".pytest_cache"}
    return {
        str(path.relative_to(root))
        for path in root.rglob("*")
        if not skipped.intersection(path.relative_to(root).parts)
    }


@dataclass
class Handled:
    """One build of a copy with examples a build must take in its stride."""

    project: Project
    result: subprocess.CompletedProcess[str]
    tree: set[str]  # the copy's files before the build


@pytest.fixture(scope="module")
def handled(warm_project: Project, tmp_path_factory: pytest.TempPathFactory) -> Handled:
    project = fault_copy(warm_project, tmp_path_factory.mktemp("handled"))
    project.add_example(
        "markup_output.py",
        "print('<script>alert(1)</script>')\nprint('<User id=1>')\n"
        "print('**not bold** [x](y.md)')\n",
    )
    project.add_example(
        "writes_file.py",
        "with open('ares.db.txt', 'w') as handle:\n    handle.write('x')\n"
        "print('written')\n",
    )
    tree = tree_listing(project.root)
    result = project.build()
    assert result.returncode == 0, result.stdout + result.stderr
    return Handled(project, result, tree)


def test_html_and_markdown_in_output_are_shown_literally(handled: Handled) -> None:
    page = handled.project.path(f"site/{PAGE}/index.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<script>alert(1)" not in page
    assert "&lt;User id=1&gt;" in page
    assert "**not bold** [x](y.md)" in page


def test_snippet_writing_a_file_leaves_the_tree_unchanged(handled: Handled) -> None:
    assert "written" in handled.project.path(f"site/{PAGE}/index.html").read_text(
        encoding="utf-8"
    )
    assert tree_listing(handled.project.root) == handled.tree


def digest(root: Path) -> str:
    sha = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        sha.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes())
    return sha.hexdigest()


# --- reproducible builds -----------------------------------------------------------------


def test_two_builds_are_byte_identical(built_site: Path, warm_project: Project) -> None:
    """A clean build without cache and a cached build of the same tree: same bytes."""
    assert digest(built_site) == digest(warm_project.path("site"))
