"""Run scripts as `python script.py` runs them, without paying for SQLAlchemy's
import each time: a server interpreter, started as plain python with the
environment every script gets, imports SQLAlchemy once and forks a child per
script. The child takes the script's folder as sys.path[0], its working folder
and environment, runs it as __main__, prints an uncaught exception's traceback
(from the script's own frames) and exits with Python's status: 0, 1 on an
exception, or what sys.exit() gave. Output goes where the request says, stdout
and stderr alike, buffered as a pipe buffers them.

The server reads one request per line on stdin (JSON: script, cwd, env, out) and
answers each with the child's exit status.

    with PlainPython(env) as python:
        status = python.run(script, cwd, env, out)
"""

from __future__ import annotations

import json
import os
import select
import signal
import subprocess
import sys
from pathlib import Path
from types import TracebackType

TIMEOUT = 120.0  # seconds a script may run


def _child(request: dict[str, str | dict[str, str]]) -> None:
    import runpy
    import traceback

    script = str(request["script"])
    env = request["env"]
    assert isinstance(env, dict)
    os.environ.clear()
    os.environ.update(env)
    os.chdir(str(request["cwd"]))
    null = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null, 0)
    out = os.open(str(request["out"]), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    os.dup2(out, 1)
    os.dup2(out, 2)
    sys.path[0] = os.path.dirname(os.path.abspath(script))
    try:
        runpy.run_path(script, run_name="__main__")
    except SystemExit:
        raise
    except BaseException as error:
        # As python prints it: the frames from the script's own on.
        tb = error.__traceback__
        while tb is not None and tb.tb_frame.f_code.co_filename != script:
            tb = tb.tb_next
        traceback.print_exception(type(error), error, tb or error.__traceback__)
        raise SystemExit(1) from None
    raise SystemExit(0)


# What every script imports first, and the dialects and drivers that plain python
# imports at a script's create_engine(): imported here, once, they are not imported
# again in each child. Importing prints nothing and changes no output.
PRELOADED = (
    "sqlalchemy.orm",
    "sqlalchemy.dialects.sqlite.pysqlite",
    "sqlalchemy.dialects.postgresql.psycopg",
    "psycopg",
)


def serve() -> None:
    import gc
    import importlib
    import warnings

    # A warning shown here (the filters are those of PYTHONWARNINGS) would be in
    # every script's output when run with plain python: say so and stop, rather
    # than hide it.
    with warnings.catch_warnings(record=True) as caught:
        for name in PRELOADED:
            importlib.import_module(name)
    if caught:
        raise SystemExit(f"plain-python server: importing {PRELOADED} warns: {caught}")
    # What the imports made moves out of the collector's sight: a collection in a
    # child would otherwise touch, and so copy, every page it shares with the
    # server (measured: half of a script's CPU time). A script's own objects are
    # collected as under plain python.
    gc.collect()
    gc.freeze()

    for line in sys.stdin:
        request = json.loads(line)
        sys.stdout.flush()
        pid = os.fork()
        if pid == 0:
            _child(request)
        _, status = os.waitpid(pid, 0)
        print(os.waitstatus_to_exitcode(status), flush=True)


class PlainPython:
    """One server interpreter; run() one script at a time."""

    def __init__(self, env: dict[str, str]) -> None:
        self.process = subprocess.Popen(
            [sys.executable, __file__],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
            start_new_session=True,  # a timeout ends the server and its child
        )

    def run(self, script: Path, cwd: Path, env: dict[str, str], out: Path) -> int:
        assert self.process.stdin is not None and self.process.stdout is not None
        request = {"script": str(script), "cwd": str(cwd), "env": env, "out": str(out)}
        self.process.stdin.write(json.dumps(request) + "\n")
        self.process.stdin.flush()
        ready, _, _ = select.select([self.process.stdout], [], [], TIMEOUT)
        if not ready:
            self.close()
            raise TimeoutError(f"{script} ran over {TIMEOUT:.0f}s")
        answer = self.process.stdout.readline()
        if not answer:
            raise RuntimeError(f"the plain-python server died running {script}")
        return int(answer)

    def close(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait()
        for stream in (self.process.stdin, self.process.stdout):
            if stream is not None:
                stream.close()

    def __enter__(self) -> PlainPython:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


if __name__ == "__main__":
    serve()
