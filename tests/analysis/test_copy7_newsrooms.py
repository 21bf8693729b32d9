"""Newsroom count, seventh round: classes of copies left apart on the development stories.

Every text here is invented (a bridge collapse in a made-up town); none comes from a real article.
"""

from __future__ import annotations

from generator.analysis.compilations import compilations
from generator.analysis.copies import shingles
from generator.analysis.corpus import Corpus
from generator.analysis.wire import coverage
from generator.model.site import Outlet
from generator.model.wires import DEFAULT
from tests.analysis.support import article

OUTLETS = {
    slug: Outlet(slug, name, country="US", language=language)
    for slug, name, language in [
        ("valley-times", "Valley Times", "en"),
        ("river-post", "River Post", "en"),
        ("harbour-news", "Harbour News", "en"),
        ("lake-zeitung", "Lake Zeitung", "de"),
    ]
}

# An agency's copy that cites another agency ("dpa reported") for one detail.
WIRE = [
    "Part of the Carrow bridge in Eldham collapsed into the Brenning river early Wednesday, "
    "cutting tram lines and district heating pipes across the eastern city.",
    "Nobody was hurt because the last tram crossed the span about eighteen minutes earlier, "
    "according to the city's transport operator, dpa reported.",
    "Fire crews closed the riverbanks and divers searched the water near the broken pillars "
    "before engineers warned that a second section could fall at any moment.",
    "Mayor Odile Farran said investigators would examine corrosion of steel cables inside the "
    "concrete, which inspectors had flagged during a routine survey last spring.",
]
# The other agency's own, differently worded report.
OTHER = [
    "Eldham's Carrow crossing partly gave way overnight, the fire service said on Wednesday.",
    "Emergency teams cordoned off both embankments while specialists assessed the remaining spans.",
    "Tram services on three lines were suspended until further notice, officials announced.",
]


def body(sentences: list[str]) -> str:
    return "\n\n".join(sentences)


def counted(articles):
    return coverage(articles, OUTLETS, DEFAULT, Corpus.of(articles, OUTLETS))


def test_a_wire_s_copy_naming_another_wire_printed_under_its_credit_twice_is_the_wire_s_newsroom():
    """Before: two mastheads printing one AP copy under AP's credit, whose text cites dpa (also
    in the story), were each taken for a compilation, their own newsroom: four newsrooms where
    there are two (AP, dpa)."""
    found = counted(
        [
            article("first", body(WIRE), outlet="valley-times", via="AP", minutes=0),
            article("second", body(WIRE), outlet="river-post", via="AP", minutes=10),
            article("dpa", body(OTHER), outlet="harbour-news", via="dpa", minutes=20),
        ]
    )
    assert found.line == "3 articles · 2 newsrooms · 2 via AP · 1 via dpa"
    assert [(n.name, n.articles) for n in found.newsrooms] == [("AP", ("first", "second")), ("dpa", ("dpa",))]


def test_one_credited_copy_naming_another_wire_of_the_story_is_still_a_compilation():
    """The rule needs a second article of the same credit carrying the text: one article
    credited to AP and naming dpa stays a compilation, as before."""
    texts = [body(WIRE), body(OTHER), body(WIRE[:2] + OTHER)]
    shingled = [shingles(t) for t in texts]
    assert compilations(texts, ["AP", "dpa", None], [], DEFAULT, shingled) == frozenset({0})
    # A second AP-credited article with a different text (under `REPRINTED` of it) changes nothing.
    assert compilations(texts, ["AP", "dpa", "AP"], [], DEFAULT, shingled) == frozenset({0})
    # With the same text under the same credit, neither is a compilation.
    assert (
        compilations(
            [texts[0], texts[1], texts[0]], ["AP", "dpa", "AP"], [], DEFAULT, [*shingled[:2], shingled[0]]
        )
        == frozenset()
    )
