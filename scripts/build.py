"""Strict build into a temporary directory; replace site/ only when it succeeds.

    python scripts/build.py [SITE] [--pdf] [--paper a4|letter] [mkdocs options]

A failed build (a snippet that raises, a broken link, a missing include…) exits
non-zero and leaves the last good site/ untouched. With --pdf the pages link their
printable PDFs and scripts/pdf.py prints them into the new site before it replaces
the old one, so a link to a PDF is only ever published beside the PDF.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def source_date_epoch() -> str:
    """The last commit's time, so two builds of one commit stamp the same dates."""
    if os.environ.get("SOURCE_DATE_EPOCH"):
        return os.environ["SOURCE_DATE_EPOCH"]
    try:
        out = subprocess.run(
            ["git", "log", "-1", "--format=%ct"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        out = ""
    return out or "0"


def _run(command: list[str], env: dict[str, str]) -> int:
    """Run a step; when the build is interrupted, let the step end cleanly too.

    The step is asked to stop (SIGTERM, which MkDocs turns into an orderly exit that
    stops the PostgreSQL server and deletes its data) before it is killed.
    """
    process = subprocess.Popen(command, cwd=ROOT, env=env)
    try:
        return process.wait()
    except BaseException:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        raise


def build(
    site_dir: Path, extra_args: list[str], pdf: bool = False, paper: str = "a4"
) -> int:
    site_dir = site_dir.resolve()
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".site-", dir=site_dir.parent))
    env = dict(
        os.environ,
        SOURCE_DATE_EPOCH=source_date_epoch(),
        NO_MKDOCS_2_WARNING="1",
        CHEATSHEETS_PDF="1" if pdf else "0",
    )
    command = [
        sys.executable,
        "-m",
        "mkdocs",
        "build",
        "--strict",
        "--clean",
        "-d",
        str(staging),
    ]
    try:
        status = _run([*command, *extra_args], env)
        if status == 0 and pdf:
            status = _run(
                [sys.executable, "scripts/pdf.py", str(staging), "--paper", paper], env
            )
    except BaseException:  # interrupted: leave the last good site, and no debris
        shutil.rmtree(staging, ignore_errors=True)
        raise
    if status != 0:
        shutil.rmtree(staging, ignore_errors=True)
        kept = (
            "the previous site/ is unchanged"
            if site_dir.exists()
            else "no site/ written"
        )
        print(f"build failed (exit {status}); {kept}", file=sys.stderr)
        return status
    old = site_dir.with_name(site_dir.name + ".old")
    shutil.rmtree(old, ignore_errors=True)
    if site_dir.exists():
        site_dir.rename(old)
    staging.rename(site_dir)
    shutil.rmtree(old, ignore_errors=True)
    return 0


def main() -> int:
    # A kill (SIGTERM) ends the build like Ctrl-C does: the staging folder is removed.
    signal.signal(signal.SIGTERM, lambda number, frame: sys.exit(128 + number))
    args = sys.argv[1:]
    site = Path(args.pop(0)) if args and not args[0].startswith("-") else ROOT / "site"
    pdf = "--pdf" in args
    if pdf:
        args.remove("--pdf")
    paper = "a4"
    if "--paper" in args:
        at = args.index("--paper")
        paper = args[at + 1]
        del args[at : at + 2]
    return build(site, args, pdf=pdf, paper=paper)


if __name__ == "__main__":
    sys.exit(main())
