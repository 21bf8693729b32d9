"""Copy grouping, fifth round: a rewrite keeps some of its source's wording.

Two short reports of one event often tell it in the same order (what happened, where, the
toll, who spoke), sentence by sentence close in their words, without sharing a single run of
words: two newsrooms' own reports, not one text reworded. A rewrite keeps runs of its source's
words in at least one sentence (`rewrites.KEPT` of that sentence's).

Every text here is invented (a bridge collapse in a made-up town); none comes from a real article.
"""

from __future__ import annotations

from generator.analysis import rewrites, shingles
from generator.analysis.corpus import Corpus
from generator.analysis.wire import coverage
from generator.model.site import Outlet
from generator.model.wires import DEFAULT
from tests.analysis.support import article

OUTLETS = {
    slug: Outlet(slug, name, country="GB", language="en")
    for slug, name in [("valley-times", "Valley Times"), ("river-courier", "River Courier")]
}

# Each sentence of one report has a close counterpart in the other, in the same order, with the
# words of each pair shuffled so that no run of three longer words is in both.
FIRST = [
    "Bridge collapsed Thursday morning over Brenning river, killing seven commuters, police confirmed.",
    "Divers searched murky water near pillars for missing drivers until nightfall.",
    "Mayor Odile Farran called collapse tragedy, promising inquiry into maintenance.",
    "Engineers warned council about cracked girders during spring inspection.",
    "Trains between Brenning and Oster stopped while rubble blocked tracks.",
]
SECOND = [
    "Seven commuters died Thursday morning when Brenning river bridge collapsed, police confirmed.",
    "Until nightfall divers searched pillars near murky water for drivers still missing.",
    "Farran, mayor, promising maintenance inquiry, called tragedy collapse Odile.",
    "At the spring inspection engineers had warned about girders cracked, council said.",
    "Tracks were blocked by rubble, stopping trains between Oster and Brenning.",
]


def counted(articles):
    return coverage(articles, OUTLETS, DEFAULT, Corpus.of(articles, OUTLETS))


def test_two_reports_told_in_one_order_without_a_shared_run_of_words_are_two_newsrooms():
    """Before: the five sentences chain in order (close sentence by sentence) and the two were
    shown as one newsroom ("1 copy of Valley Times", a rewrite); no sentence of either keeps a
    run of the other's words."""
    found = counted(
        [
            article("first", "\n\n".join(FIRST), outlet="valley-times", minutes=0),
            article("second", "\n\n".join(SECOND), outlet="river-courier", minutes=30),
        ]
    )
    assert found.line == "2 articles · 2 newsrooms"
    whole = shingles.shingles("\n".join(FIRST))
    assert all(not shingles.shingles(s) & whole for s in SECOND)


def test_keeps_wording_needs_a_share_of_one_sentence():
    """One sentence keeping KEPT of its runs of words in the other article is enough."""
    corpus = Corpus.of(
        [
            article("first", "\n\n".join(FIRST), outlet="valley-times"),
            article("second", "\n\n".join(SECOND), outlet="river-courier"),
            article("kept", "\n\n".join([*SECOND[:4], FIRST[4]]), outlet="river-courier"),
        ],
        OUTLETS,
    )
    first, second, kept = corpus.articles
    assert not rewrites.keeps_wording(first, second)
    assert rewrites.keeps_wording(first, kept)
    assert rewrites.keeps_wording(kept, first)
