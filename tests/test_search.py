"""Search lands on the section: every entry of tests/search_queries.toml, typed into
the built site's search box in Chromium (scripts/search_eval.py does the typing).

Questions: the expected section among the first 3 results for at least 95 % of them.
Errors: the expected section first for every error whose section exists (an entry
whose expect is "errors/#TODO" waits for its section and is counted, not checked).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from scripts import search_eval

QUESTIONS_TOP3 = 0.95

if os.environ.get("SKIP_BROWSER") == "1" and os.environ.get("CI") != "true":
    pytest.skip("SKIP_BROWSER=1", allow_module_level=True)
pytest.importorskip("playwright.sync_api")
if not search_eval.CHROMIUM.exists() and os.environ.get("CI") != "true":
    pytest.skip("/usr/bin/chromium is missing", allow_module_level=True)


@pytest.fixture(scope="module")
def outcomes(built_site: Path) -> list[search_eval.Outcome]:
    found, outside = search_eval.run(built_site, search_eval.load_cases())
    assert not outside, f"search made requests leaving the local server: {outside}"
    return found


def _misses(outcomes: list[search_eval.Outcome]) -> str:
    return "\n".join(
        f"  {o.case.query[:80]!r}: want {o.case.expect}, rank {o.rank}; got {o.results[:3]}"
        for o in outcomes
    )


def test_questions_land_in_the_first_three(outcomes: list[search_eval.Outcome]) -> None:
    questions = [o for o in outcomes if o.case.kind == "question"]
    assert len(questions) >= 80
    missed = [o for o in questions if o.rank is None or o.rank > 3]
    share = 1 - len(missed) / len(questions)
    assert share >= QUESTIONS_TOP3, (
        f"{share:.0%} of {len(questions)} questions find their section in the first 3 "
        f"results (need {QUESTIONS_TOP3:.0%}); missed:\n{_misses(missed)}"
    )


def test_pasted_errors_land_first(outcomes: list[search_eval.Outcome]) -> None:
    errors = [o for o in outcomes if o.case.kind == "error"]
    todo = [o for o in errors if search_eval.TODO in o.case.expect]
    checked = [o for o in errors if o not in todo]
    missed = [o for o in checked if o.rank != 1]
    assert not missed, (
        f"{len(missed)} of {len(checked)} pasted errors do not find their section first "
        f"({len(todo)} more wait for a section on the Errors sheet):\n{_misses(missed)}"
    )


def test_a_result_opens_its_section_on_a_phone(built_site: Path) -> None:
    """At 390 px: `/` opens search, arrows reach a result, Enter opens the section
    scrolled into view."""
    from playwright.sync_api import sync_playwright

    with (
        search_eval.serve(built_site) as base,
        sync_playwright() as playwright,
    ):
        browser = playwright.chromium.launch(
            executable_path=str(search_eval.CHROMIUM), args=search_eval.LAUNCH_ARGS
        )
        try:
            page = browser.new_page(viewport={"width": 390, "height": 844})
            box = search_eval.SearchBox(page, base)
            results = box.query("savepoint")
            assert results, "no result for 'savepoint'"
            page.keyboard.press("ArrowDown")
            page.keyboard.press("Enter")
            anchor = results[0].split("#", 1)[1]
            page.wait_for_url(f"**#{anchor}")
            heading = page.locator(f"[id='{anchor}']")
            heading.wait_for()
            top = heading.evaluate("el => el.getBoundingClientRect().top")
            assert 0 <= top < 844, f"#{anchor} is not scrolled into view (top {top})"
            assert not box.external_requests()
        finally:
            browser.close()
