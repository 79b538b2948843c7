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
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pagefind",
            "--site",
            str(site),
            "--quiet",
            *PAGEFIND_ARGS,
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(f"pagefind failed:\n{result.stdout}{result.stderr}")
