"""Attributions show less (issue 23, third round): a source's name is printed without the
adjectives before it and with the kind word after it, and a sentence giving several sources'
claims credits none of them. Every text here is invented."""

from __future__ import annotations

import pytest

from generator.analysis.attribution import attributions
from generator.analysis.attribution_saying import several_speakers
from generator.analysis.attribution_sentence import find
from generator.analysis.corpus import Corpus
from tests.analysis.support import article


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        # An adjective opening the sentence is no part of the name; the kind word after it is.
        ("Local KVX television reported that the ferry had sunk.", [("reported", "KVX television", None)]),
        (
            "Private broadcaster Harbour One reported that the ferry had sunk.",
            [("reported", "Harbour One", None)],
        ),
        ("State-run KVX radio reported that the ferry had sunk.", [("reported", "KVX radio", None)]),
        (
            "Pro-government daily Morgenpost Vale reported that the ferry had sunk.",
            [("reported", "Morgenpost Vale", None)],
        ),
        # ...but an adjective opening an organisation's name stays (no acronym, no kind word after).
        ("Local Harbour Authority officials said the ferry had sunk.", []),
        (
            "The Local Ferry Association reported that the ferry had sunk.",
            [("reported", "The Local Ferry Association", None)],
        ),
    ],
)
def test_names_without_leading_adjectives(sentence, found):
    assert find(sentence) == found


@pytest.mark.parametrize(
    ("sentence", "several"),
    [
        ("The port said the ferry carried 40 people, while the KVX television reported 45.", True),
        ("Der Hafen sagte, es seien 40 gewesen, während KVX berichtete, es seien 45.", True),
        ("The port said the ferry carried 40 people, according to KVX television.", False),
        ("The ferry was reported to have sunk, and KVX television reported 45 missing.", False),
        ("KVX television reported that the ferry had sunk.", False),
    ],
)
def test_several_speakers(sentence, several):
    assert several_speakers(sentence) is several


def test_a_sentence_of_several_sources_claims_credits_none():
    """Three bodies gave three figures in one sentence; the page credited the whole sentence to one."""
    ferry = article(
        "ferry",
        "The Harbour Office said the ferry carried 40 people, while the Coast Survey Institute reported "
        "45, and KVX television said it carried 52.\n\n"
        "KVX television reported that divers had reached the ferry.",
    )
    found = attributions(Corpus.of([ferry]))
    assert [(a.label, [m.text for m in a.mentions]) for a in found] == [
        ("Reported by KVX television", ["KVX television reported that divers had reached the ferry."])
    ]
