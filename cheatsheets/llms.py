"""How a sheet reads as Markdown (`/<sheet>/index.md`, `/llms-full.txt`).

mkdocs-llmstxt loads this file (`preprocess:` in mkdocs.yml) and calls
`preprocess(soup, output)` on each page's HTML before converting it. Its own
clean-up drops tab labels, so a section with several outputs would become
unlabelled blocks: here every output says which database and release printed it.
"""

from __future__ import annotations

from typing import Any


def preprocess(soup: Any, output: str) -> None:
    for outputs in soup.select("div.outputs"):
        for element in outputs.select("details.differs"):
            element.decompose()  # each target's output is below under its own name
        for block in outputs.select("div.target-output"):
            del block["hidden"]
            caption = soup.new_tag("p")
            caption.string = f"Output ({block.get('data-label', '')}):"
            block.insert(0, caption)
    for tabs in soup.select("div.tabbed-set.outputs"):
        labels = [label.get_text(" ", strip=True) for label in tabs.select("label")]
        blocks = tabs.select("div.tabbed-content > div.tabbed-block")
        for label, block in zip(labels, blocks, strict=True):
            caption = soup.new_tag("p")
            caption.string = f"Output ({label}):"
            block.insert(0, caption)
        for element in tabs.select("div.tabbed-labels, input"):
            element.decompose()
    # What the site's own clean-up did: no permalinks, icons or images.
    for element in soup.select("a.headerlink, svg, img, .twemoji"):
        element.decompose()
