"""A story page says which source rewords another newsroom's copy, with the pair of sentences
that shows it (issue 23 item 1). The texts are the invented ferry story of
tests/analysis/test_copies.py."""

from __future__ import annotations

from tests.analysis.test_copies import REWORDED, WIRE, body
from tests.render.test_copies_page import provenance


def test_the_story_page_names_a_rewrite_and_the_sentences_it_says_again(make_site):
    shown, section = provenance(
        make_site, [("harbour-post", 0, body(WIRE)), ("island-news", 40, body(REWORDED))]
    )
    assert "2 articles · 1 newsroom · 1 copy of Harbour Post" in shown
    assert (
        "Harbour Post copy: Island News 2 — rewrite of Harbour Post 1 : Northline Crossings, the "
        "operator, promised full cooperation with… for The ferry operator, Northline Crossings, said "
        "it was…"
    ) in shown
    assert 'href="https://example.org/harbour-post#:~:text=The%20ferry%20operator' in section
    assert 'href="https://example.org/island-news#:~:text=Northline%20Crossings' in section
