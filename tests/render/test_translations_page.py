"""A story page says which source translates another newsroom's copy (issue 23 item 6): the
invented ferry story of tests/analysis/test_translations.py, in English and in Portuguese."""

from __future__ import annotations

from tests.analysis.test_translations import ENGLISH, PORTUGUESE
from tests.render.test_copies_page import provenance

SITE = """\
title: Copies
base_url: https://example.org/
timezone: UTC
topics:
  sea:
    name: Sea
outlets:
  harbour-post:
    name: Harbour Post
    language: en
  gazeta-do-porto:
    name: Gazeta do Porto
    language: pt
"""


def test_the_story_page_names_a_translation(make_site):
    shown, _ = provenance(
        make_site, [("harbour-post", 0, ENGLISH), ("gazeta-do-porto", 40, PORTUGUESE)], SITE
    )
    assert "2 articles · 1 newsroom · 1 copy of Harbour Post" in shown
    assert "Harbour Post copy: Gazeta do Porto 2 — translation of Harbour Post 1" in shown
