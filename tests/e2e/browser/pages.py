"""The page types every browser check visits, by an example of each in the example site."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest


@dataclass(frozen=True)
class PageType:
    """One kind of page of the site."""

    name: str
    path: str  # under the site's base URL
    heading: str  # its <h1>, so that a wrong page cannot pass for the right one
    status: int = 200


PAGE_TYPES = [
    PageType("home", "", "Latest briefings"),
    PageType(
        "story",
        "stories/us-approves-landmines-for-ukraine/",
        "Biden approves anti-personnel landmines for Ukraine",
    ),
    PageType("sources index", "sources/", "Sources"),
    PageType("outlet page", "sources/japan-news/", "The Japan News"),
    PageType("country index", "countries/", "Countries"),
    PageType("country page", "countries/jp/", "Japan"),
    PageType("topic index", "topics/", "Topics"),
    PageType("topic page", "topics/landmines/", "Landmines"),
    PageType("archive", "archive/", "Archive"),
    PageType("archive month", "archive/2024/11/", "November 2024"),
    PageType(
        "storyline",
        "storylines/us-weapons-and-russias-answer/",
        "US weapons for Ukraine and Russia's answer, November 2024",
    ),
    PageType("search", "search/?q=battery", "Search"),  # with results, so Pagefind's UI is checked too
    PageType("404", "no/such/page/", "Page not found", status=404),
]
each_page_type = pytest.mark.parametrize("kind", PAGE_TYPES, ids=lambda kind: kind.name)


@dataclass
class Visit:
    """An open page and every problem seen while it loaded: console errors, script errors, failed loads."""

    page: Any
    url: str
    problems: list[str]
