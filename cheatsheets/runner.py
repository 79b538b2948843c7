"""Execute snippet files the way the site shows them.

Every snippet runs in a forked child of a long-lived "zygote" interpreter that has
SQLAlchemy imported already: the child gets a pristine process (no listener,
logging handler or mapped class leaks from one snippet to the next) without paying
for the import again. The child runs in an empty temporary directory, captures
everything written to stdout/stderr (print, logging, SQLAlchemy's echo), routes
warnings through a hook, and reports back. The parent normalises the text (log
timestamps, timings, addresses) so two runs print the same bytes.

A snippet declares what it shows on purpose with header comments:

    # warns: LegacyAPIWarning          (a warning shown in the output)
    # raises: DetachedInstanceError     (the script ends with this exception)
    # warns: RuntimeWarning (2.1)       (expected on that SQLAlchemy release only)

Anything else — an undeclared warning or exception, a declared one that never
happens, a time-out — is a failure naming the file and line (and the target, when
it is not the default one).

Each SQLAlchemy release has its own zygotes (its own interpreter, see targets.py);
a PostgreSQL run gets a fresh database from postgres.py, passed to the snippet as
DATABASE_URL and dropped afterwards.
"""

from __future__ import annotations

import ast
import atexit
import contextlib
import functools
import hashlib
import io
import json
import os
import queue
import re
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import traceback
import warnings
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, TextIO

from cheatsheets import postgres, targets
from cheatsheets.targets import Target

ROOT = Path(__file__).resolve().parent.parent
SNIPPETS = ROOT / "snippets"
CACHE_DIR = ROOT / ".cache" / "snippets"
DEFAULT_TIMEOUT = 30.0
# What one example may print. A cheat-sheet output is a few KiB; past this the snippet
# is stopped and the build fails, naming it.
OUTPUT_LIMIT = 64 * 1024

_DECLARATION = re.compile(r"^#\s*(warns|raises):\s*(.+?)\s*$", re.MULTILINE)

# --- normalisation ---------------------------------------------------------------

# Unanchored: a lazy load inside print("label:", obj) logs in the middle of a line.
_LOG_PREFIX = re.compile(
    r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},\d{3} "
    r"(?:DEBUG|INFO|WARNING|ERROR|CRITICAL) sqlalchemy\.[\w.]+ ",
    re.MULTILINE,
)
_SECONDS = r"\d+(?:\.\d+)?(?:e-?\d+)?s"
_GENERATED = re.compile(rf"\[generated in {_SECONDS}")
_CACHED = re.compile(rf"\[cached since {_SECONDS} ago")
_OTHER_TIMING = re.compile(rf"\[([^\]\n]*?) {_SECONDS}(?=[\] ])")
_ADDRESS = re.compile(r"\b0x[0-9a-fA-F]{6,}\b")


def normalise(text: str, workdir: str | None = None) -> str:
    """Remove what changes from run to run: log timestamps, timings, addresses.

    Tabs become spaces, as they do on the page.
    """
    if workdir:
        text = text.replace(workdir + os.sep, "").replace(workdir, ".")
    text = _LOG_PREFIX.sub("", text)
    text = _GENERATED.sub("[generated", text)
    text = _CACHED.sub("[cached", text)
    text = _OTHER_TIMING.sub(r"[\1", text)
    text = _ADDRESS.sub("0x…", text)
    # Markdown expands tabs (SQLAlchemy's DDL has them) to 4 columns; do it here so the
    # command line prints exactly what the page shows.
    text = text.expandtabs(4)
    # A code block cannot start with a blank line: drop leading ones, as the page does.
    return text.strip("\n").rstrip() + "\n" if text.strip() else ""


# --- declarations ----------------------------------------------------------------


@dataclass(frozen=True)
class Declarations:
    warns: frozenset[str] = frozenset()
    raises: frozenset[str] = frozenset()


_ONLY_ON = re.compile(r"^(\w+)\s*\(([\w. ]+)\)$")


def parse_declarations(
    code: str, release: str | None = None, database: str | None = None
) -> Declarations:
    """Read `# warns: A, B` and `# raises: C` header comments.

    A name may be qualified by a SQLAlchemy release, a database or both:
    `# warns: RuntimeWarning (sqlite 2.1)` is expected there only. Given `release`
    and `database`, names qualified otherwise are left out; without them, every
    name counts.
    """
    found: dict[str, set[str]] = {"warns": set(), "raises": set()}
    for kind, names in _DECLARATION.findall(code):
        for item in filter(None, (name.strip() for name in names.split(","))):
            only = _ONLY_ON.match(item)
            if only:
                where = only.group(2).split()
                releases = [w for w in where if w[:1].isdigit()]
                databases = [w for w in where if not w[:1].isdigit()]
                if (release is not None and releases and release not in releases) or (
                    database is not None and databases and database not in databases
                ):
                    continue
            found[kind].add(only.group(1) if only else item)
    return Declarations(frozenset(found["warns"]), frozenset(found["raises"]))


# --- results ---------------------------------------------------------------------


class SnippetError(Exception):
    """A snippet did something it did not declare; the message names file:line."""


@dataclass
class Result:
    output: str
    seconds: float = 0.0
    extra: dict[str, Any] = field(default_factory=dict)


# --- the child: runs one snippet ----------------------------------------------------


def _where(frames: list[traceback.FrameSummary], filename: str) -> str | None:
    """`file:line` of the deepest frame in the snippet or in a page setup it imports."""
    for frame in reversed(frames):
        if frame.filename == filename and frame.lineno:
            return f"{filename}:{frame.lineno}"
        if frame.lineno and Path(frame.filename).is_relative_to(SNIPPETS):
            return f"{display_name(Path(frame.filename))}:{frame.lineno}"
    return None


def _child_main(
    code: str,
    filename: str,
    directory: str,
    env: dict[str, str],
    out_fd: int,
    report: IO[str],
) -> None:
    """Run `code` as `__main__` with stdout/stderr on `out_fd`; report as JSON.

    `directory` (the snippet's folder) comes first on `sys.path`, as it does for
    `python snippet.py`, so a page's setup module imports the same way.
    """
    import types

    os.dup2(out_fd, 1)
    os.dup2(out_fd, 2)
    os.close(out_fd)
    stream = io.TextIOWrapper(
        open(1, "wb", buffering=0, closefd=False), encoding="utf-8", write_through=True
    )
    sys.stdout = sys.stderr = stream
    devnull = os.open(os.devnull, os.O_RDONLY)
    os.dup2(devnull, 0)
    os.close(devnull)
    sys.stdin = open(0, encoding="utf-8", closefd=False)

    import sqlalchemy

    url = env.get("DATABASE_URL", "")
    declared = parse_declarations(
        code,
        ".".join(sqlalchemy.__version__.split(".")[:2]),
        "postgresql" if url.startswith("postgresql") else "sqlite",
    )
    snippet = filename
    shown: set[str] = set()
    undeclared: list[str] = []

    def showwarning(
        message: Warning | str,
        category: type[Warning],
        filename: str,
        lineno: int,
        file: TextIO | None = None,
        line: str | None = None,
    ) -> None:
        name = category.__name__
        if name in declared.warns:
            shown.add(name)
            stream.write(f"{name}: {message}\n")
            return
        where = _where(traceback.extract_stack(), snippet) or f"{snippet}:{lineno}"
        undeclared.append(f"{where}: undeclared {name}: {message}")

    warnings.resetwarnings()
    warnings.simplefilter("always")
    warnings.showwarning = showwarning

    module = types.ModuleType("__main__")
    module.__file__ = filename
    module.__builtins__ = __builtins__  # type: ignore[attr-defined]
    sys.modules["__main__"] = module
    sys.argv = [filename]
    sys.path[0] = directory
    sys.dont_write_bytecode = True  # importing a page's setup leaves no __pycache__
    os.environ.update(env)  # DATABASE_URL for a PostgreSQL target

    status: dict[str, Any] = {"ok": True}
    try:
        exec(compile(code, filename, "exec"), module.__dict__)
        if declared.raises:
            names = ", ".join(sorted(declared.raises))
            status = {
                "ok": False,
                "error": f"{filename}:1: declares '# raises: {names}' "
                "but finished without raising",
            }
    except BaseException as exc:
        frames = traceback.extract_tb(exc.__traceback__)
        if type(exc).__name__ in declared.raises and not isinstance(exc, SystemExit):
            stream.write("".join(traceback.format_exception_only(exc)))
        else:
            summary = "".join(traceback.format_exception_only(exc)).strip().splitlines()
            status = {
                "ok": False,
                "error": f"{_where(frames, filename) or filename + ':1'}: "
                # The first line: SQLAlchemy ends its messages with a link.
                f"{summary[0] if summary else type(exc).__name__}",
                "details": "".join(traceback.format_exception(exc)),
            }
    stream.flush()
    if status["ok"] and undeclared:
        status = {"ok": False, "error": undeclared[0], "details": "\n".join(undeclared)}
    missing = declared.warns - shown
    if status["ok"] and missing:
        status = {
            "ok": False,
            "error": f"{filename}:1: declares '# warns: "
            f"{', '.join(sorted(missing))}' but never emitted it",
        }
    report.write(json.dumps(status))
    report.flush()


_WARM_UP = """
from sqlalchemy import ForeignKey, create_engine, event, inspect, select, text
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column
from sqlalchemy.orm import relationship, selectinload


class Base(DeclarativeBase):
    pass


class Parent(Base):
    __tablename__ = "parent"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str | None]
    children: Mapped[list["Child"]] = relationship(back_populates="parent")


class Child(Base):
    __tablename__ = "child"
    id: Mapped[int] = mapped_column(primary_key=True)
    parent_id: Mapped[int] = mapped_column(ForeignKey("parent.id"))
    parent: Mapped[Parent] = relationship(back_populates="children")


engine = create_engine("sqlite://")
event.listen(engine, "connect", lambda *args: None)
Base.metadata.create_all(engine)
with Session(engine) as session:
    session.add(Parent(name="warm", children=[Child()]))
    session.commit()
    session.scalars(select(Parent).options(selectinload(Parent.children))).all()
    session.execute(text("SELECT 1")).all()
inspect(engine).get_table_names()
engine.dispose()
try:  # the PostgreSQL dialect and driver, for examples that run on PostgreSQL
    import psycopg
    from sqlalchemy.dialects.postgresql import insert

    create_engine("postgresql+psycopg://")
except ImportError:
    pass
# What several pages import: asyncio, the ORM extensions, MySQL's dialect (compiled).
import aiosqlite
import sqlalchemy.ext.associationproxy
import sqlalchemy.ext.asyncio
import sqlalchemy.ext.hybrid
import sqlalchemy.ext.mutable
from sqlalchemy.dialects import mysql
"""


def _warm_up() -> None:
    """Import and initialise, once, what nearly every snippet needs.

    Forked children inherit it instead of each paying for SQLAlchemy's lazy imports
    (dialect, compiler, loader strategies). What it maps is cleared again, so every
    snippet starts from the same state as `python snippet.py` would.
    """
    import gc
    import types

    from sqlalchemy.orm import clear_mappers

    module = types.ModuleType("_snippet_warm_up")
    sys.modules[module.__name__] = module
    exec(compile(_WARM_UP, "<warm-up>", "exec"), module.__dict__)
    clear_mappers()
    # The warm-up's Session took session number 1: a snippet's first session is
    # number 1 again, as under plain `python` (messages quote it).
    from sqlalchemy import util
    from sqlalchemy.orm import session as orm_session

    orm_session._new_sessionid = util.counter()
    del sys.modules[module.__name__]
    module.__dict__.clear()
    gc.collect()
    # Move what is left out of the collector's sight: a forked child's collections
    # then do not touch (and so copy) the pages it shares with the zygote.
    gc.freeze()


def _zygote() -> None:
    """Serve run requests (JSON lines on stdin): fork a child for each one."""
    _warm_up()
    requests, replies = sys.stdin, sys.stdout
    for request_line in requests:
        request = json.loads(request_line)
        reply = _fork_and_run(
            request["code"],
            request["filename"],
            request["directory"],
            request["env"],
            request["timeout"],
        )
        replies.write(json.dumps(reply) + "\n")
        replies.flush()


def _kill_group(pid: int) -> None:
    for target in (-pid, pid):
        try:
            os.kill(target, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass


def _fork_and_run(
    code: str, filename: str, directory: str, env: dict[str, str], timeout: float
) -> dict[str, Any]:
    """Run one snippet in a forked child; read its output (at most OUTPUT_LIMIT)."""
    import time

    workdir = tempfile.mkdtemp(prefix="snippet-")
    out_read, out_write = os.pipe()
    report_read, report_write = os.pipe()
    started = time.perf_counter()
    pid = os.fork()
    if pid == 0:  # the child
        code_ok = 0
        try:
            os.close(out_read)
            os.close(report_read)
            os.chdir(workdir)
            os.setpgid(0, 0)
            with os.fdopen(report_write, "w") as report:
                _child_main(code, filename, directory, env, out_write, report)
        except BaseException:
            traceback.print_exc(file=sys.__stderr__)
            code_ok = 70
        finally:
            os._exit(code_ok)
    os.close(out_write)
    os.close(report_write)
    output = bytearray()
    reported = bytearray()
    open_fds: dict[int, bytearray] = {out_read: output, report_read: reported}
    failure = ""
    deadline = started + timeout
    while open_fds:
        remaining = deadline - time.perf_counter()
        if remaining <= 0:
            failure = f"{filename}:1: did not finish within {timeout:g} s (killed)"
            break
        ready, _, _ = select.select(list(open_fds), [], [], remaining)
        for fd in ready:
            chunk = os.read(fd, 65536)
            if not chunk:
                del open_fds[fd]
                continue
            open_fds[fd].extend(chunk)
        if len(output) > OUTPUT_LIMIT:
            # Stop reading at once: a runaway loop is never held in memory.
            failure = (
                f"{filename}:1: printed more than {OUTPUT_LIMIT // 1024} KiB "
                f"({len(output)} bytes read when it was stopped); "
                "a cheat-sheet example never needs that much"
            )
            break
    if failure:
        _kill_group(pid)
    os.close(out_read)
    os.close(report_read)
    _, wait_status = os.waitpid(pid, 0)
    seconds = time.perf_counter() - started
    shutil.rmtree(workdir, ignore_errors=True)
    text = normalise(output[:OUTPUT_LIMIT].decode("utf-8", errors="replace"), workdir)
    if failure:
        return {"ok": False, "output": text, "seconds": seconds, "error": failure}
    try:
        status = json.loads(bytes(reported) or b"null")
    except json.JSONDecodeError:
        status = None
    if not isinstance(status, dict):
        status = {
            "ok": False,
            "error": f"{filename}:1: the snippet process died "
            f"(wait status {wait_status}) without reporting",
        }
    status["output"] = text
    status["seconds"] = seconds
    return status


# --- the parent: a client of the zygote ----------------------------------------------


class _ZygoteClient:
    def __init__(self, python: str) -> None:
        self._python = python
        self._process: subprocess.Popen[str] | None = None
        self._lock = threading.Lock()

    def _start(self) -> subprocess.Popen[str]:
        env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8")
        env.pop("PYTHONWARNINGS", None)
        # A snippet runs on SQLite unless its target says otherwise, whatever the
        # shell exports.
        for name in ("DATABASE_URL", "PGHOST", "PGPORT", "PGDATABASE", "PGUSER"):
            env.pop(name, None)
        return subprocess.Popen(
            [self._python, "-m", "cheatsheets.runner", "--zygote"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
            cwd=ROOT,
        )

    def start(self) -> None:
        with self._lock:
            if self._process is None or self._process.poll() is not None:
                self._process = self._start()

    def run(
        self,
        code: str,
        filename: str,
        directory: str,
        timeout: float,
        env: dict[str, str] | None = None,
    ) -> dict[str, Any]:
        request = json.dumps(
            {
                "code": code,
                "filename": filename,
                "directory": directory,
                "env": env or {},
                "timeout": timeout,
            }
        )
        with self._lock:
            for _attempt in range(2):
                if self._process is None or self._process.poll() is not None:
                    self._process = self._start()
                assert self._process.stdin and self._process.stdout
                try:
                    self._process.stdin.write(request + "\n")
                    self._process.stdin.flush()
                    reply = self._process.stdout.readline()
                except BrokenPipeError:
                    reply = ""
                if reply:
                    return dict(json.loads(reply))
                self._process = None
        return {
            "ok": False,
            "output": "",
            "error": f"{filename}:1: the runner process died",
        }

    def close(self) -> None:
        if self._process is not None and self._process.poll() is None:
            assert self._process.stdin
            self._process.stdin.close()
            self._process.wait(timeout=10)
        self._process = None


class _Clients:
    """A pool of zygotes: one per snippet running at the same time, kept for reuse.

    Under `make serve` the zygotes outlive each rebuild, so editing a snippet costs
    only that snippet's run, not a fresh interpreter and SQLAlchemy import.
    """

    def __init__(self, python: str) -> None:
        self._python = python
        self._idle: queue.SimpleQueue[_ZygoteClient] = queue.SimpleQueue()
        self._all: list[_ZygoteClient] = []
        self._lock = threading.Lock()

    @contextlib.contextmanager
    def lease(self) -> Iterator[_ZygoteClient]:
        try:
            client = self._idle.get_nowait()
        except queue.Empty:
            client = _ZygoteClient(self._python)
            with self._lock:
                self._all.append(client)
        try:
            yield client
        finally:
            self._idle.put(client)

    def prestart(self, count: int = 1) -> None:
        """Start `count` zygotes in the background, ready for the first uncached
        snippets (one per database: an edited snippet runs on both at once)."""
        with self._lock:
            missing = count - len(self._all)
            if missing <= 0:
                return
            clients = [_ZygoteClient(self._python) for _ in range(missing)]
            self._all.extend(clients)

        def start(client: _ZygoteClient) -> None:
            client.start()
            self._idle.put(client)

        for client in clients:
            threading.Thread(target=start, args=(client,), daemon=True).start()

    def close(self) -> None:
        with self._lock:
            for client in self._all:
                client.close()


_pools: dict[str, _Clients] = {}
_pools_lock = threading.Lock()


def _clients_for(release: str) -> _Clients:
    """The zygotes of one SQLAlchemy release (each release has its interpreter)."""
    with _pools_lock:
        if release not in _pools:
            _pools[release] = _Clients(targets.python_for(release))
        return _pools[release]


def _close_all() -> None:
    for clients in list(_pools.values()):
        clients.close()


atexit.register(_close_all)
_inflight: dict[str, Future[Result]] = {}
_inflight_lock = threading.Lock()
_pool: ThreadPoolExecutor | None = None


# --- public API --------------------------------------------------------------------


def versions() -> dict[str, str]:
    """The versions the default target (SQLite, SQLAlchemy 2.1) runs with."""
    return targets.release_versions(targets.MAIN_RELEASE)


def target_versions(target: Target) -> dict[str, str]:
    """Everything that decides a target's output, for cache keys and labels."""
    found = dict(targets.release_versions(target.release))
    if target.database == "postgresql":
        found["postgresql"] = targets.postgres_identity()
    return found


@functools.cache
def _runner_fingerprint() -> str:
    """The runner's own code (and how it picks targets) is part of every cache key."""
    digest = hashlib.sha256()
    for module in ("runner.py", "targets.py", "postgres.py"):
        digest.update((Path(__file__).parent / module).read_bytes())
    return digest.hexdigest()


@functools.lru_cache(maxsize=4096)
def _imported(code: str) -> tuple[str, ...]:
    """The top-level names of the modules `code` imports (parsed once per text)."""
    try:
        tree = ast.parse(code)
    except SyntaxError:
        return ()  # running it reports the error with its line
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name.split(".")[0] for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.append(node.module.split(".")[0])
    return tuple(dict.fromkeys(names))


def source_text(path: Path) -> str:
    """A module's text, read again only when the file changed (a `make serve`
    rebuild looks at every page's setup for each of its ~1,600 runs)."""
    info = path.stat()
    return _source_text(path, info.st_mtime_ns, info.st_size)


@functools.lru_cache(maxsize=256)
def _source_text(path: Path, _mtime_ns: int, _size: int) -> str:
    return path.read_text(encoding="utf-8")


def local_imports(code: str, directory: Path) -> list[Path]:
    """The modules beside a snippet that it imports (a page's setup), recursively."""
    found: list[Path] = []
    pending = [code]
    while pending:
        for name in _imported(pending.pop()):
            module = directory / f"{name}.py"
            if module.is_file() and module not in found:
                found.append(module)
                pending.append(source_text(module))
    return found


def cache_key(
    code: str,
    filename: str,
    directory: Path | None = None,
    target: Target = targets.DEFAULT,
) -> str:
    """Everything that can change a snippet's output, hashed.

    That includes the target (database, release and their versions) and the setup
    modules it imports from its own folder, so editing a page's setup re-runs every
    example built on it.
    """
    parts = [
        _runner_fingerprint(),
        target.name,
        json.dumps(target_versions(target), sort_keys=True),
        sys.implementation.cache_tag or "",
        filename,
        code,
    ]
    if directory is not None:
        for module in local_imports(code, directory):
            parts += [module.name, source_text(module)]
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()


def _timeout() -> float:
    return float(os.environ.get("CHEATSHEETS_TIMEOUT", DEFAULT_TIMEOUT))


def _cache_enabled() -> bool:
    return os.environ.get("CHEATSHEETS_CACHE", "1") not in {"0", "no", "off", "false"}


def display_name(path: Path) -> str:
    """A path as error messages show it: relative to the project when possible."""
    try:
        return str(path.resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


def _cache_file(key: str) -> Path:
    return Path(os.environ.get("CHEATSHEETS_CACHE_DIR", CACHE_DIR)) / f"{key}.json"


def run_code(
    code: str,
    path: Path,
    target: Target = targets.DEFAULT,
    *,
    use_cache: bool | None = None,
) -> Result:
    """Run a snippet's code as the file `path` on `target`; SnippetError on failure."""
    filename = display_name(path)
    directory = path.resolve().parent
    use_cache = _cache_enabled() if use_cache is None else use_cache
    key = cache_key(code, filename, directory, target)
    cached = _cache_file(key)
    if use_cache and cached.exists():
        data = json.loads(cached.read_text(encoding="utf-8"))
        return Result(output=data["output"], extra={"cached": True})
    with _inflight_lock:
        future = _inflight.pop(key, None) if use_cache else None
    if future is not None:
        return future.result()
    return _execute(code, filename, directory, cached if use_cache else None, target)


def _on_target(message: str, target: Target) -> str:
    """`file:line: error` -> `file:line: [postgresql] error` (the default says nothing)."""
    if target == targets.DEFAULT:
        return message
    match = re.match(r"(\S+?:\d+): ", message)
    if not match:
        return f"[{target.name}] {message}"
    return f"{match.group(1)}: [{target.name}] {message[match.end() :]}"


def _execute(
    code: str,
    filename: str,
    directory: Path,
    cached: Path | None,
    target: Target = targets.DEFAULT,
) -> Result:
    with contextlib.ExitStack() as stack:
        env: dict[str, str] = {}
        database = ""
        if target.database == "postgresql":
            try:
                env, database = stack.enter_context(postgres.database())
            except postgres.Unavailable as error:
                raise SnippetError(
                    f"{filename}:1: [{target.name}] PostgreSQL is not available: "
                    f"{error} (CHEATSHEETS_POSTGRES=0 builds without it)"
                ) from None
        try:
            clients = _clients_for(target.release)
        except FileNotFoundError as error:
            raise SnippetError(f"{filename}:1: [{target.name}] {error}") from None
        with clients.lease() as client:
            reply = client.run(code, filename, str(directory), _timeout(), env)
    if not reply.get("ok"):
        raise SnippetError(
            _on_target(reply.get("error", f"{filename}:1: failed"), target),
            reply.get("details", ""),
        )
    output = reply["output"]
    if database:
        output = output.replace(database, postgres.DISPLAY_DATABASE)
    result = Result(output=output, seconds=reply.get("seconds", 0.0))
    if cached is not None:
        cached.parent.mkdir(parents=True, exist_ok=True)
        tmp = cached.with_suffix(f".{os.getpid()}.{threading.get_ident()}.tmp")
        tmp.write_text(json.dumps({"output": result.output}), encoding="utf-8")
        tmp.replace(cached)
    return result


def enabled(target: Target) -> bool:
    """Whether this build runs `target` (CHEATSHEETS_POSTGRES=0, …SQLALCHEMY20=0)."""
    if target.database == "postgresql" and not postgres.enabled():
        return False
    return targets.release_enabled(target.release)


def run_targets(code: str, path: Path) -> dict[Target, Result | None]:
    """Run a snippet on every target it declares; None for a target not built."""
    try:
        declared = targets.declared(code, display_name(path))
    except targets.DeclarationError as error:
        raise SnippetError(str(error)) from None
    return {
        target: run_code(code, path, target) if enabled(target) else None
        for target in declared
    }


def prestart_runner() -> None:
    """Start a zygote per release in the background (for `mkdocs serve`: an edited
    snippet then runs at once on each release, without an interpreter start)."""
    for release in targets.RELEASES:
        if targets.release_enabled(release):
            with contextlib.suppress(FileNotFoundError):  # reported when used
                _clients_for(release).prestart(len(targets.DATABASES))


def prefetch(paths: list[Path]) -> int:
    """Start running, in parallel, the snippets whose output is not cached yet.

    Every target a snippet declares (and this build runs) is started. `run_code`
    then picks up the result instead of running the snippet again.
    Returns how many runs were started. Does nothing when the cache is off.
    """
    global _pool
    if not _cache_enabled():
        return 0
    started = 0
    for path in paths:
        try:
            code = path.read_text(encoding="utf-8")
            declared = targets.declared(code, display_name(path))
        except (OSError, targets.DeclarationError):
            continue  # the page's include reports it
        filename = display_name(path)
        directory = path.resolve().parent
        for target in declared:
            if not enabled(target):
                continue
            key = cache_key(code, filename, directory, target)
            cached = _cache_file(key)
            with _inflight_lock:
                if cached.exists() or key in _inflight:
                    continue
                if _pool is None:
                    _pool = ThreadPoolExecutor(
                        max_workers=max(1, min(4, os.cpu_count() or 1))
                    )
                _inflight[key] = _pool.submit(
                    _execute, code, filename, directory, cached, target
                )
            started += 1
    return started


def run_file(
    path: Path, target: Target = targets.DEFAULT, *, use_cache: bool | None = None
) -> Result:
    return run_code(path.read_text(encoding="utf-8"), path, target, use_cache=use_cache)


USAGE = "usage: python -m cheatsheets run [--target NAME] SNIPPET.py [SNIPPET.py ...]"


def main(argv: list[str] | None = None) -> int:
    """`python -m cheatsheets.runner [--target T] FILE...`: what the page shows."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args == ["--zygote"]:
        _zygote()
        return 0
    if not args or args[0] in {"-h", "--help"}:
        print(USAGE)
        print(
            "targets: "
            + ", ".join(
                Target(d, r).name for d in targets.DATABASES for r in targets.RELEASES
            )
        )
        return 0 if args else 2
    target = targets.DEFAULT
    if args[0] == "--target" or args[0].startswith("--target="):
        value = args[0].partition("=")[2] or (args[1] if len(args) > 1 else "")
        args = args[1:] if "=" in args[0] else args[2:]
        try:
            target = Target.parse(value or targets.DEFAULT.name)
        except targets.DeclarationError as error:
            print(f"error: {error}", file=sys.stderr)
            return 2
    status = 0
    for name in args:
        path = Path(name)
        if len(args) > 1:
            print(f"==> {display_name(path)} <==")
        try:
            code = path.read_text(encoding="utf-8")
            if target not in targets.declared(code, display_name(path)):
                print(
                    f"error: {display_name(path)} does not run on {target.name} "
                    "(see its '# targets:' / '# sqlalchemy:' header)",
                    file=sys.stderr,
                )
                status = 1
                continue
            result = run_code(code, path, target, use_cache=False)
        except SnippetError as error:
            print(f"error: {error.args[0]}", file=sys.stderr)
            if len(error.args) > 1 and error.args[1]:
                print(error.args[1], file=sys.stderr)
            status = 1
            continue
        except targets.DeclarationError as error:
            print(f"error: {error}", file=sys.stderr)
            status = 1
            continue
        except FileNotFoundError:
            print(f"error: {name}: no such snippet file", file=sys.stderr)
            status = 1
            continue
        sys.stdout.write(result.output)
    _close_all()
    postgres.stop()
    return status


if __name__ == "__main__":
    sys.exit(main())
