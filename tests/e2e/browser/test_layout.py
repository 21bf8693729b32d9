"""Layout: nothing scrolls sideways on a 360 px phone, and the dark colour scheme is dark and readable."""

from __future__ import annotations

import re

import pytest

from tests.e2e.browser.axe import describe, run_axe
from tests.e2e.browser.pages import PAGE_TYPES, each_page_type

pytestmark = pytest.mark.e2e
WIDTH = 360
PHONE = {"viewport": {"width": WIDTH, "height": 740}, "is_mobile": True, "has_touch": True}


def _story():
    return next(kind for kind in PAGE_TYPES if kind.name == "story")


OPEN_ALL = "document.querySelectorAll('details').forEach(d => { d.open = true; })"


@each_page_type
def test_no_horizontal_scroll_at_360_px(open_page, kind):
    _assert_fits(open_page(kind, **PHONE).page)


def test_opened_evidence_fits_at_360_px(open_page):
    page = open_page(_story(), **PHONE).page
    assert page.evaluate("document.querySelectorAll('details.evidence').length") == 6
    page.evaluate(OPEN_ALL)
    _assert_fits(page)


def test_opened_evidence_is_readable_in_the_dark(open_page, axe_source):
    page = open_page(_story(), color_scheme="dark").page
    page.evaluate(OPEN_ALL)
    options = {"runOnly": {"type": "rule", "values": ["color-contrast"]}, "resultTypes": ["violations"]}
    results = run_axe(page, axe_source, options)
    assert [r["id"] for r in results["passes"]] == ["color-contrast"], "axe did not check the contrast"
    assert [describe(v) for v in results["violations"]] == []


def _assert_fits(page) -> None:
    # A phone browser widens the viewport to fit content that is too wide, and lays a page without
    # a viewport meta out at 980 px: either way `innerWidth` is no longer 360.
    layout = page.evaluate(
        """width => ({
            viewport: window.innerWidth,
            content: document.documentElement.scrollWidth,
            tooWide: [...document.querySelectorAll('body *')]
                .filter(e => e.getBoundingClientRect().right > width + 0.5)
                .filter(e => e.parentElement.getBoundingClientRect().right <= width + 0.5)
                .map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : '')),
        })""",
        WIDTH,
    )
    assert layout == {"viewport": WIDTH, "content": WIDTH, "tooWide": []}


def luminance(css_colour: str) -> float:
    """WCAG relative luminance of an `rgb(...)` colour."""
    red, green, blue = (int(v) / 255 for v in re.findall(r"\d+", css_colour)[:3])

    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)


@each_page_type
def test_dark_scheme_is_dark_with_readable_contrast(open_page, axe_source, kind):
    page = open_page(kind, color_scheme="dark").page
    background, text = page.evaluate(
        "[getComputedStyle(document.body).backgroundColor, getComputedStyle(document.body).color]"
    )
    assert luminance(background) < 0.05 and luminance(text) > 0.6, f"not dark: {background} / {text}"
    options = {"runOnly": {"type": "rule", "values": ["color-contrast"]}, "resultTypes": ["violations"]}
    results = run_axe(page, axe_source, options)
    assert [r["id"] for r in results["passes"]] == ["color-contrast"], "axe did not check the contrast"
    assert [describe(v) for v in results["violations"]] == []
