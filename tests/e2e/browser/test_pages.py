"""Every page type loads in Chromium with no console error, script error or failed request."""

from __future__ import annotations

from urllib.parse import urldefrag, urlsplit

import pytest

from tests.e2e.browser.pages import PAGE_TYPES, each_page_type

pytestmark = pytest.mark.e2e


@each_page_type
def test_page_type_loads_cleanly(open_page, kind):
    visit = open_page(kind)
    assert visit.problems == []


def test_every_link_on_every_page_type_answers(open_page, served):
    """Links and fragments followed from each page type lead somewhere, including the search results."""
    links: dict[str, str] = {}
    missing_targets = []
    for kind in PAGE_TYPES:
        visit = open_page(kind)
        hrefs = visit.page.eval_on_selector_all("a[href]:not([href^='#'])", "links => links.map(a => a.href)")
        for href in hrefs:
            if urlsplit(href).netloc == urlsplit(served).netloc:
                links.setdefault(urldefrag(href).url, kind.name)
        missing_targets += [
            f"{kind.name}: {href}"
            for href in visit.page.eval_on_selector_all(
                'a[href^="#"]',
                "links => links.filter(a => !document.getElementById(decodeURIComponent(a.hash.slice(1))))"
                ".map(a => a.getAttribute('href'))",
            )
        ]
    assert len(links) > 10, links  # the pages link to each other: a crawl that found nothing is broken
    request = visit.page.context.request
    broken = [
        f"{page}: {url} answers {status}"
        for url, page in sorted(links.items())
        if (status := request.get(url).status) != 200
    ]
    assert broken + missing_targets == []
