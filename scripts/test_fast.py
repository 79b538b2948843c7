"""`make test-fast`: check what changed since `main`, in about a minute.

    python scripts/test_fast.py [--base REF] [--list]

What changed: files that differ from the merge base of HEAD and REF (default
`main`), committed or not, and new files git does not ignore. From them:

  a snippet          that snippet (a page's setup: every example of its page) on
                     every target, run again and compared, its complete script
                     with plain python, its line lengths, mypy on its folder
  a page (docs/*.md) every snippet it includes, as above, and the page's tests
  build code         (cheatsheets/, scripts/, mkdocs.yml, docs/assets/, tests/)
                     the unit tests of the runner, targets, pages and publishing

Always: ruff on the changed Python files, and a strict build of the whole site
with the output cache of `make serve`/`make build` (.cache), so only what changed
runs — the tests read what that build printed. The fault, PDF and browser tests
are `make test`'s; this says so when build code changed.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # `python scripts/test_fast.py` puts scripts/ first
    sys.path.insert(0, str(ROOT))

from cheatsheets import site  # noqa: E402
from cheatsheets.runner import CACHE_DIR, local_imports  # noqa: E402

SNIPPETS = ROOT / "snippets"
DOCS = ROOT / "docs"
BUILD_CODE = ("cheatsheets/", "scripts/", "mkdocs.yml", "docs/assets/", "tests/")
# Quick tests of the build code: every one of them reads the site built below.
UNIT_TESTS = [
    "tests/test_runner.py",
    "tests/test_targets.py",
    "tests/test_site.py",
    "tests/test_publish.py",
]


def git(*args: str) -> list[str]:
    out = subprocess.run(
        ["git", *args], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    return [line for line in out.splitlines() if line]


def changed_files(base: str) -> list[str]:
    try:
        since = git("merge-base", "HEAD", base)[0]
    except (subprocess.CalledProcessError, IndexError):
        since = "HEAD"  # no such branch: what is not committed yet
    names = git("diff", "--name-only", since) + git(
        "ls-files", "--others", "--exclude-standard"
    )
    return sorted(dict.fromkeys(names))


def affected_snippets(changed: list[str]) -> tuple[list[Path], list[str]]:
    """The snippets to check and the pages whose tests to run."""
    includes = site.page_includes(DOCS)
    snippets: set[Path] = set()
    pages: set[str] = set()
    for name in changed:
        path = ROOT / name
        if name.startswith("snippets/") and name.endswith(".py"):
            folder = path.parent
            pages.add(folder.name)
            if path.is_file():
                snippets.add(path)
            for other in folder.glob("*.py"):  # examples built on a changed setup
                code = other.read_text(encoding="utf-8")
                if path in local_imports(code, folder):
                    snippets.add(other)
        elif name.startswith("docs/") and name.endswith(".md") and path.is_file():
            page = path.stem
            pages.add(page)
            snippets.update(SNIPPETS / include for include in includes.get(page, []))
    return sorted(p for p in snippets if p.suffix == ".py"), sorted(pages)


def node_ids(files: list[str], keep: list[str]) -> list[str]:
    """The tests in `files` whose parameters name one of `keep` (or all, if it is
    empty)."""
    out = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-n", "0", *files],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    ids = [line for line in out.splitlines() if "::" in line]
    if not keep:
        return ids

    def wanted(node: str) -> bool:
        if "[" not in node:
            return False
        parameter = node[node.index("[") + 1 : -1]
        return any(
            parameter == item
            or parameter.startswith(f"{item}@")  # snippet@target
            or parameter.startswith(f"{item}-")  # page-part
            for item in keep
        )

    return [node for node in ids if wanted(node)]


def step(title: str, command: list[str], env: dict[str, str] | None = None) -> bool:
    print(f"\n== {title}", flush=True)
    started = time.monotonic()
    result = subprocess.run(command, cwd=ROOT, env=env, check=False)
    print(f"   ({time.monotonic() - started:.1f} s)", flush=True)
    return result.returncode == 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", default="main")
    parser.add_argument("--list", action="store_true", help="say what would run")
    args = parser.parse_args()
    started = time.monotonic()
    changed = changed_files(args.base)
    snippets, pages = affected_snippets(changed)
    build_code = [name for name in changed if name.startswith(BUILD_CODE)]
    python_files = [
        name for name in changed if name.endswith(".py") and (ROOT / name).is_file()
    ]
    print(f"changed since {args.base}: {len(changed)} files")
    print(f"  snippets to check: {len(snippets)}; pages: {', '.join(pages) or '-'}")
    print(f"  build code: {', '.join(build_code) or '-'}")
    keep = [str(path.relative_to(SNIPPETS)) for path in snippets] + pages
    tests: list[str] = []
    if keep:
        tests += node_ids(
            [
                "tests/test_snippets.py",
                "tests/test_scripts.py",
                "tests/test_site.py",
                "tests/test_publish.py",
            ],
            keep,
        )
    if build_code:
        tests += UNIT_TESTS
    if args.list:
        print("\n".join(tests))
        return 0
    python = sys.executable
    ok = True
    if python_files:
        ok &= step("ruff", [python, "-m", "ruff", "check", *python_files])
        ok &= step(
            "ruff format", [python, "-m", "ruff", "format", "--check", *python_files]
        )
    folders = sorted({str(path.parent) for path in snippets})
    for folder in folders:
        env = dict(os.environ, MYPYPATH=folder)
        files = sorted(str(p) for p in Path(folder).glob("*.py"))
        ok &= step(
            f"mypy {Path(folder).relative_to(ROOT)}",
            [python, "-m", "mypy", "--no-explicit-package-bases", *files],
            env,
        )
    if build_code and any(name.endswith(".py") for name in build_code):
        ok &= step("mypy (build code)", [python, "-m", "mypy"])
    if tests or not changed:
        # The tests' strict build reads and fills the cache `make serve` keeps.
        env = dict(os.environ, CHEATSHEETS_TEST_OUTPUTS=str(CACHE_DIR))
        ok &= step(
            f"pytest ({len(tests)} tests)" if tests else "strict build",
            [python, "-m", "pytest", "-q", "-p", "no:cacheprovider", *tests]
            if tests
            else [python, "scripts/build.py", str(ROOT / "site")],
            env,
        )
    print(f"\n{'passed' if ok else 'FAILED'} in {time.monotonic() - started:.0f} s")
    if build_code:
        print("build code changed: the fault, PDF and browser tests run in `make test`")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
