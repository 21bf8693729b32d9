"""Search in a real browser: the header box finds the landmine story and the result opens it."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.e2e


def test_search_box_finds_the_landmine_story(browser, served):
    page = browser.new_page()
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("requestfailed", lambda r: problems.append(f"failed: {r.url}"))
    page.goto(served)
    page.fill("#site-search", "battery")  # a word from the story's key points only
    page.press("#site-search", "Enter")
    page.wait_for_selector(".pagefind-ui__result-link", timeout=15000)
    results = page.eval_on_selector_all(".pagefind-ui__result-link", "els => els.map(e => e.textContent)")
    assert results == ["Biden approves anti-personnel landmines for Ukraine"]
    page.click(".pagefind-ui__result-link")
    page.wait_for_load_state()
    assert page.url == served + "stories/us-approves-landmines-for-ukraine/"
    assert problems == []
    page.close()
