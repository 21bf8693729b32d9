"""Newsroom count, seventh round: classes of copies left apart on the development stories.

Every text here is invented (a bridge collapse in a made-up town); none comes from a real article.
"""

from __future__ import annotations

from generator.analysis.compilations import compilations
from generator.analysis.corpus import Corpus
from generator.analysis.shingles import shingles
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


# An early version of three sentences, and the write-through that keeps its first sentence word
# for word and replaces the rest: 10 runs of words in both, a third of the early version's.
EARLY = [
    "Rescue teams reached the collapsed Tarrow viaduct before dawn after rains loosened its supports.",
    "Three lorries and a passenger coach were crossing when the central span gave way.",
    "Hospitals across Kessmoor province cancelled routine surgery, health authorities said.",
]
LATER = [
    EARLY[0],
    "By evening the toll had risen to fourteen, with dozens more taken to clinics in Lindholm and "
    "Parrow, the governor's office said in a statement.",
    "The transport minister, visiting the gorge by helicopter, promised a national audit of every "
    "crossing older than fifty years.",
    "Residents of nearby villages described a deep rumble followed by a cloud of dust rising over the river.",
    "Weather forecasters expect more storms across the mountains during coming weekend, raising fears of landslides.",
    "Opposition lawmakers demanded documents showing when maintenance crews last examined the structure.",
    "Railway services between Kessmoor and Oster remain suspended while geologists survey unstable slopes.",
]
# The same early version with its own further paragraphs: the 10 shared runs are under 0.3 of it.
LONGER_EARLY = [
    *EARLY,
    "Witnesses on the southern bank filmed the coach teetering at the edge before it slid away.",
    "Volunteers from neighbouring farms brought tractors and ropes to haul wreckage from the shallows.",
]


def test_an_early_version_sharing_a_third_of_its_runs_with_the_write_through_is_one_copy():
    """Before: 10 shared runs of words are under `MIN_SHARED` (12), so an early version whose
    first sentence the write-through keeps was its own newsroom: two newsrooms for one text."""
    assert (len(shingles(body(EARLY))), len(shingles(body(EARLY)) & shingles(body(LATER)))) == (30, 10)
    found = counted(
        [
            article("early", body(EARLY), outlet="valley-times", minutes=0),
            article("later", body(LATER), outlet="river-post", minutes=90),
        ]
    )
    assert found.line == "2 articles · 1 newsroom · 1 copy of Valley Times"


def test_ten_shared_runs_under_three_tenths_of_the_shorter_are_two_newsrooms():
    """The shorter text's share is what lets 10 runs do: 10 of its 51 (0.20) are not enough."""
    assert (len(shingles(body(LONGER_EARLY))), len(shingles(body(LONGER_EARLY)) & shingles(body(LATER)))) == (
        51,
        10,
    )
    found = counted(
        [
            article("early", body(LONGER_EARLY), outlet="valley-times", minutes=0),
            article("later", body(LATER), outlet="river-post", minutes=90),
        ]
    )
    assert found.line == "2 articles · 2 newsrooms"
