"""A story page says which source rewords another newsroom's copy, with the pair of sentences
that shows it (issue 23 item 1). The texts are the invented ferry story of
tests/analysis/test_copies.py."""

from __future__ import annotations

import html
import re

from generator.build import BuildOptions, build
from tests.analysis.test_copies import REWORDED, WIRE, body
from tests.render.test_copies_page import SITE, article


def test_the_story_page_names_a_rewrite_and_the_sentences_it_says_again(make_site):
    files = {
        "site.yaml": SITE,
        "content/articles/a1.md": article("harbour-post", 0, body(WIRE)),
        "content/briefings/mines.yaml": None,  # the default site's own note
        "content/articles/a2.md": article("island-news", 40, body(REWORDED)),
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
    assert (
        "Harbour Post copy: Island News 2 — rewrite of Harbour Post 1 : Northline Crossings, the "
        "operator, promised full cooperation with… for The ferry operator, Northline Crossings, said "
        "it was…"
    ) in shown
    assert 'href="https://example.org/harbour-post#:~:text=The%20ferry%20operator' in section.group(0)
    assert 'href="https://example.org/island-news#:~:text=Northline%20Crossings' in section.group(0)
