"""A story page says which source translates another newsroom's copy (issue 23 item 6): the
invented ferry story of tests/analysis/test_translations.py, in English and in Portuguese."""

from __future__ import annotations

import html
import re

from generator.build import BuildOptions, build
from tests.analysis.test_translations import ENGLISH, PORTUGUESE
from tests.render.test_copies_page import article

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
    files = {
        "site.yaml": SITE,
        "content/articles/a1.md": article("harbour-post", 0, ENGLISH),
        "content/briefings/mines.yaml": None,  # the default site's own note
        "content/articles/a2.md": article("gazeta-do-porto", 40, PORTUGUESE),
        "content/briefings/ferry.yaml": (
            "title: Ferry fire\ndate: 2024-11-20\nsummary: A ferry burned.\ntopics: [sea]\n"
            "key_points:\n  - text: A ferry caught fire.\n    sources: [a1]\nsources: [a1, a2]\n"
        ),
    }
    root = make_site(files)
    build(root, BuildOptions(search=False))
    page = (root / "output/stories/ferry/index.html").read_text(encoding="utf-8")
    section = re.search(r'<section aria-labelledby="provenance".*?</section>', page, re.S)
    assert section
    shown = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", section.group(0))).split())
    assert "2 articles · 1 newsroom · 1 copy of Harbour Post" in shown
    assert "Harbour Post copy: Gazeta do Porto 2 — translation of Harbour Post 1" in shown
