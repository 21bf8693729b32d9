"""Accessibility: axe-core finds nothing serious on any page type; the keyboard reaches what matters."""

from __future__ import annotations

import pytest

from tests.e2e.browser.axe import BLOCKING, describe, run_axe
from tests.e2e.browser.pages import PAGE_TYPES, each_page_type

pytestmark = pytest.mark.e2e


@each_page_type
def test_axe_reports_nothing_serious(open_page, axe_source, kind):
    visit = open_page(kind)
    results = run_axe(visit.page, axe_source, {"resultTypes": ["violations"]})
    assert len(results["passes"]) > 10, "axe did not run its rules"
    blocking = [describe(v) for v in results["violations"] if v["impact"] in BLOCKING]
    assert blocking == [], visit.url


# The search page is left out: its results box takes the focus on load (autofocus), by design.
@pytest.mark.parametrize("kind", [k for k in PAGE_TYPES if k.name != "search"], ids=lambda kind: kind.name)
def test_skip_link_then_search_box_are_reached_with_tab(open_page, kind):
    page = open_page(kind).page
    stops = []
    for _ in range(3):
        page.keyboard.press("Tab")
        stops.append(page.evaluate("document.activeElement.id || document.activeElement.className"))
    assert stops == ["skip-link", "brand", "site-search"]

    page.reload()
    page.keyboard.press("Tab")
    box = page.locator(".skip-link").bounding_box()
    assert box is not None and box["y"] >= 0 and box["height"] > 0, "the focused skip link is not visible"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main", "the skip link does not move focus to <main>"
