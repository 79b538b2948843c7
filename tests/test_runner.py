"""Unit tests of the runner: normalisation, declarations, failures, isolation."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from cheatsheets.runner import (
    SnippetError,
    normalise,
    parse_declarations,
    run_code,
)


def run(tmp_path: Path, code: str) -> str:
    path = tmp_path / "snippet.py"
    code = textwrap.dedent(code)
    path.write_text(code, encoding="utf-8")
    return run_code(code, path, use_cache=False).output


def test_normalise_strips_log_timestamps_timings_and_addresses() -> None:
    raw = (
        "2026-11-21 12:00:01,123 INFO sqlalchemy.engine.Engine SELECT 1\n"
        "2026-11-21 12:00:01,124 INFO sqlalchemy.engine.Engine [generated in 0.00012s] ()\n"
        "2026-11-21 12:00:01,125 INFO sqlalchemy.engine.Engine [cached since 0.001s ago] ()\n"
        "2026-11-21 12:00:01,126 INFO sqlalchemy.engine.Engine [no key 0.00008s] ()\n"
        "<User object at 0x7f3a2b1c4d50>\n"
        "[generated in 0.00012s (insertmanyvalues) 1/2 (ordered; batch not supported)] ()\n"
    )
    assert normalise(raw) == (
        "SELECT 1\n[generated] ()\n[cached] ()\n[no key] ()\n<User object at 0x…>\n"
        "[generated (insertmanyvalues) 1/2 (ordered; batch not supported)] ()\n"
    )


def test_normalise_strips_a_log_prefix_in_the_middle_of_a_line() -> None:
    raw = "after commit: 2026-11-21 12:34:27,249 INFO sqlalchemy.engine.Engine BEGIN (implicit)\n"
    assert normalise(raw) == "after commit: BEGIN (implicit)\n"


def test_normalise_hides_the_working_directory() -> None:
    assert normalise("/tmp/snippet-x/ares.db and /tmp/snippet-x", "/tmp/snippet-x") == (
        "ares.db and .\n"
    )


def test_normalise_expands_tabs_like_the_page() -> None:
    assert (
        normalise("CREATE TABLE t (\n\tid INTEGER\n)")
        == "CREATE TABLE t (\n    id INTEGER\n)\n"
    )


def test_normalise_keeps_ordinary_text() -> None:
    text = "id=1 name='Mark Watney' <b>bold</b> 0x1F\n"
    assert normalise(text) == text


def test_parse_declarations() -> None:
    code = (
        "# warns: LegacyAPIWarning, MovedIn20Warning\n# raises: NoResultFound\nx = 1\n"
    )
    declared = parse_declarations(code)
    assert declared.warns == {"LegacyAPIWarning", "MovedIn20Warning"}
    assert declared.raises == {"NoResultFound"}


def test_output_keeps_order_of_print_stdout_stderr_and_logging(tmp_path: Path) -> None:
    output = run(
        tmp_path,
        """
        import logging, sys
        print("one")
        sys.stdout.write("two\\n")
        sys.stderr.write("three\\n")
        logging.basicConfig(format="%(message)s")
        logging.getLogger("x").warning("four")
        print("five")
        """,
    )
    assert output == "one\ntwo\nthree\nfour\nfive\n"


def test_echo_sql_is_on_the_page_without_timings(tmp_path: Path) -> None:
    output = run(
        tmp_path,
        """
        from sqlalchemy import create_engine, text
        engine = create_engine("sqlite://", echo=True)
        with engine.connect() as conn:
            print(conn.execute(text("SELECT :x"), {"x": 7}).scalar())
        """,
    )
    assert output == "BEGIN (implicit)\nSELECT ?\n[generated] (7,)\n7\nROLLBACK\n"


def test_undeclared_warning_fails_with_file_and_line(tmp_path: Path) -> None:
    with pytest.raises(
        SnippetError, match=r"snippet\.py:3: undeclared DeprecationWarning"
    ):
        run(tmp_path, "import warnings\n\nwarnings.warn('old', DeprecationWarning)\n")


def test_declared_warning_is_shown(tmp_path: Path) -> None:
    output = run(
        tmp_path,
        """
        # warns: DeprecationWarning
        import warnings
        warnings.warn("old api", DeprecationWarning)
        print("done")
        """,
    )
    assert output == "DeprecationWarning: old api\ndone\n"


def test_declared_warning_that_never_fires_fails(tmp_path: Path) -> None:
    with pytest.raises(SnippetError, match="never emitted"):
        run(tmp_path, "# warns: DeprecationWarning\nprint(1)\n")


def test_exception_fails_with_file_and_line(tmp_path: Path) -> None:
    with pytest.raises(SnippetError, match=r"snippet\.py:3: ZeroDivisionError"):
        run(tmp_path, "x = 1\n\nprint(x / 0)\n")


def test_declared_exception_shows_its_last_line_only(tmp_path: Path) -> None:
    output = run(
        tmp_path,
        """
        # raises: NoResultFound
        from sqlalchemy import create_engine, text
        with create_engine("sqlite://").connect() as conn:
            print("before")
            conn.execute(text("SELECT 1 WHERE 0")).one()
        """,
    )
    assert output.startswith("before\nsqlalchemy.exc.NoResultFound: No row was found")
    assert "Traceback" not in output


def test_declared_exception_that_never_happens_fails(tmp_path: Path) -> None:
    with pytest.raises(SnippetError, match="without raising"):
        run(tmp_path, "# raises: NoResultFound\nprint(1)\n")


def test_time_limit_names_the_snippet(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CHEATSHEETS_TIMEOUT", "1")
    with pytest.raises(SnippetError, match=r"snippet\.py:1: did not finish within 1 s"):
        run(tmp_path, "import time\nprint('x')\ntime.sleep(60)\n")


def test_each_snippet_runs_in_a_fresh_process(tmp_path: Path) -> None:
    leak = """
    import logging, sqlalchemy
    from sqlalchemy import event
    from sqlalchemy.orm import Session
    print(len(logging.getLogger("sqlalchemy").handlers), hasattr(sqlalchemy, "leaked"))
    sqlalchemy.leaked = True
    logging.getLogger("sqlalchemy").addHandler(logging.StreamHandler())
    event.listen(Session, "before_flush", lambda *a: None)
    print(event.contains(Session, "before_flush", print))
    """
    first = run(tmp_path, leak)
    assert first == run(tmp_path, leak) == "0 False\nFalse\n"


def test_snippet_runs_in_an_empty_temporary_directory(tmp_path: Path) -> None:
    output = run(
        tmp_path,
        """
        import os
        print(os.listdir("."))
        with open("written.txt", "w") as handle:
            handle.write("x")
        print(os.getcwd())
        """,
    )
    assert output == "[]\n.\n"


def test_main_module_resolves_string_annotations(tmp_path: Path) -> None:
    output = run(
        tmp_path,
        """
        from __future__ import annotations
        from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

        class Base(DeclarativeBase):
            pass

        class Crew(Base):
            __tablename__ = "crew"
            id: Mapped[int] = mapped_column(primary_key=True)
            name: Mapped[str | None]

        print(Crew.__table__.c.name.nullable)
        """,
    )
    assert output == "True\n"


# --- the output cache ---------------------------------------------------------------


def test_cache_key_covers_code_file_runner_and_versions(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from cheatsheets import runner

    base = runner.cache_key("print(1)\n", "snippets/a.py")
    assert runner.cache_key("print(1)\n", "snippets/a.py") == base
    assert runner.cache_key("print(2)\n", "snippets/a.py") != base
    assert runner.cache_key("print(1)\n", "snippets/b.py") != base
    monkeypatch.setattr(runner, "_runner_fingerprint", lambda: "another runner")
    assert runner.cache_key("print(1)\n", "snippets/a.py") != base
    monkeypatch.undo()
    for name in ("sqlalchemy", "sqlite", "python"):
        changed = dict(runner.versions(), **{name: "0.0.0"})
        monkeypatch.setattr(
            runner, "target_versions", lambda target, changed=changed: changed
        )
        assert runner.cache_key("print(1)\n", "snippets/a.py") != base, name
        monkeypatch.undo()


def test_runner_fingerprint_is_the_runner_source() -> None:
    import hashlib

    from cheatsheets import runner

    digest = hashlib.sha256()
    for module in ("runner.py", "targets.py", "postgres.py"):
        digest.update((Path(runner.__file__).parent / module).read_bytes())
    assert runner._runner_fingerprint() == digest.hexdigest()


def test_cached_result_is_identical_and_not_reexecuted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CHEATSHEETS_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "snippet.py"
    code = "from sqlalchemy import create_engine, text\n" + (
        "engine = create_engine('sqlite://', echo=True)\n"
        "with engine.connect() as conn:\n    conn.execute(text('SELECT 1'))\n"
    )
    path.write_text(code, encoding="utf-8")
    fresh = run_code(code, path, use_cache=False)
    stored = run_code(code, path, use_cache=True)
    cached = run_code(code, path, use_cache=True)
    assert fresh.output == stored.output == cached.output
    assert cached.extra.get("cached") and not stored.extra.get("cached")
    changed = code + "print('changed')\n"
    assert run_code(changed, path, use_cache=True).output.endswith("changed\n")


def test_declarations_qualified_by_database_and_release() -> None:
    code = "# warns: RuntimeWarning (sqlite 2.1), SAWarning (2.0)\nx = 1\n"
    assert parse_declarations(code).warns == {"RuntimeWarning", "SAWarning"}
    assert parse_declarations(code, "2.1", "sqlite").warns == {"RuntimeWarning"}
    assert parse_declarations(code, "2.1", "postgresql").warns == set()
    assert parse_declarations(code, "2.0", "postgresql").warns == {"SAWarning"}
