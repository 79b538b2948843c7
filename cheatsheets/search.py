"""Site search index (a hook in mkdocs.yml): Pagefind over the built pages.

Every build, `make serve`'s rebuilds included, ends by indexing the built HTML with
Pagefind: one entry per section (each `##` heading), read from the article only, so
the navigation and footer do not match. The theme keeps its search box, dialog and
keys (docs/assets/search.js answers them from this index), so the theme's own index,
which every page would otherwise fetch in full on load, is written empty.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from cheatsheets import site as sitemodule

# What is indexed: the article; not the permalink signs after headings.
PAGEFIND_ARGS = ["--root-selector", "article", "--exclude-selectors", ".headerlink"]


def on_post_build(config: Any) -> None:
    site = Path(config["site_dir"])
    theme_index = site / "search" / "search_index.json"
    if theme_index.is_file():
        data = json.loads(theme_index.read_text(encoding="utf-8"))
        data["docs"] = []
        theme_index.write_text(
            json.dumps(data, separators=(",", ":")), encoding="utf-8"
        )
    command = [
        sys.executable,
        "-m",
        "pagefind",
        "--site",
        str(site),
        "--quiet",
        *PAGEFIND_ARGS,
    ]
    if sitemodule.SERVING:
        # `make serve`: the edited page reloads at once; its search index follows
        # a moment later (a rebuild waits for the previous indexing to end).
        previous = _indexing.pop("process", None)
        if previous is not None:
            previous.wait()
        _indexing["process"] = subprocess.Popen(
            command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        return
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"pagefind failed:\n{result.stdout}{result.stderr}")


# Lives as long as `mkdocs serve` does: this module is loaded anew for each rebuild,
# the package module is not.
_indexing = sitemodule.BACKGROUND
