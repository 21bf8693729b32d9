"""Copy grouping on the classes unseen stories showed: an edited copy that keeps one paragraph
of its wire under a new top, and a compilation credited to one wire that carries another's text.

Every text here is invented (a dam breach in a made-up valley); none comes from a real article.
"""

from __future__ import annotations

from generator.analysis import shingles
from generator.analysis.compilations import compilations, named_wires
from generator.analysis.corpus import Corpus
from generator.analysis.wire import coverage
from generator.model.site import Outlet
from generator.model.wires import DEFAULT
from tests.analysis.support import article

OUTLETS = {
    slug: Outlet(slug, name, country="GB", language="en")
    for slug, name in [
        ("valley-times", "Valley Times"),
        ("river-post", "River Post"),
        ("morning-ledger", "Morning Ledger"),
    ]
}

# The wire's copy: four paragraphs.
WIRE = [
    "Floodwater poured through the villages below the Ostrava Ridge dam on Monday after part of "
    "its eastern wall gave way during a night of torrential rain, regional officials said.",
    "Emergency crews evacuated roughly 2,400 residents from Lindel, Parrow and Stenhagen before "
    "dawn, moving families into schools and sports halls on higher ground.",
    "Engineers had warned last autumn that drainage channels beneath the embankment were badly "
    "clogged, according to inspection documents reviewed by regional lawmakers.",
    "Railway services between Lindel and the provincial capital were suspended indefinitely while "
    "inspectors examined bridges weakened by the rushing torrent.",
]
# A later version of the same wire story: the top rewritten in other words, the rest cut, one
# paragraph (the engineers' warning) kept word for word: 16 runs of three words in common,
# 0.36 of this version's.
LATER = [
    "Rescue teams searched flooded farmland on Tuesday for four people missing since a breach in "
    "a hillside reservoir sent a wave of muddy water across three hamlets.",
    "Engineers had warned last autumn that drainage channels beneath the embankment were badly "
    "clogged, according to inspection documents reviewed by regional lawmakers.",
    "Residents returning home found kitchens buried under thick silt.",
]


def body(paragraphs: list[str]) -> str:
    return "\n\n".join(paragraphs)


def counted(articles):
    return coverage(articles, OUTLETS, DEFAULT, Corpus.of(articles))


def test_a_later_version_with_a_rewritten_top_keeping_one_paragraph_is_the_same_newsroom():
    """Before: 16 shared runs of words were under the 20 needed, and the later version counted
    as a second newsroom although a third of its text is the wire's paragraph word for word."""
    found = counted(
        [
            article("first", body(WIRE), outlet="valley-times", minutes=0),
            article("later", body(LATER), outlet="river-post", minutes=90),
        ]
    )
    assert found.line == "2 articles · 1 newsroom · 1 copy of Valley Times"
    one, two = (shingles.shingles(body(p)) for p in (WIRE, LATER))
    assert (len(one & two), len(two)) == (16, 45)  # 0.36 of the later version's runs


# A newspaper's own story compiled from two agencies: its lead from one (it credits Reuters),
# then the other agency's paragraph word for word, naming that agency where it uses it.
COMPILED = [
    "Thousands of people fled their homes in the Ostrava valley after a dam wall burst, with "
    "officials warning that more rain was expected overnight.",
    "Emergency crews evacuated roughly 2,400 residents from Lindel, Parrow and Stenhagen before "
    "dawn, moving families into schools and sports halls on higher ground, the Associated Press "
    "reported.",
    "Engineers had warned last autumn that drainage channels beneath the embankment were badly "
    "clogged, according to inspection documents reviewed by regional lawmakers.",
]


def test_a_compilation_credited_to_one_wire_does_not_take_the_other_wires_copy():
    """Before: the compilation (credited Reuters, published first) shared text with AP's copy
    and its uncredited reprint, and all three counted as one newsroom, Reuters. It is the
    newspaper's own text, named by its outlet: its credit names one of its sources."""
    found = counted(
        [
            article("compiled", body(COMPILED), outlet="morning-ledger", via="Reuters", minutes=0),
            article("reprint", body(WIRE), outlet="river-post", minutes=5),
            article("ap", body(WIRE[:3]), outlet="valley-times", via="AP", minutes=10),
        ]
    )
    assert [(n.name, n.articles) for n in found.newsrooms] == [
        ("Morning Ledger", ("compiled",)),
        ("AP", ("reprint", "ap")),
    ]
    assert found.line == (
        "3 articles · 2 newsrooms · 1 via AP · 1 copy of AP · 1 compilation of wire copy, its own newsroom"
    )


def test_a_credited_text_naming_only_wires_absent_from_the_story_is_not_a_compilation():
    texts = [body(COMPILED), body(WIRE)]
    assert named_wires(texts[0], DEFAULT, frozenset({"AP", "Reuters", "AFP"})) == {"AP"}
    assert compilations(texts, ["Reuters", None], [], DEFAULT) == frozenset()
    assert compilations(texts, ["Reuters", "AP"], [], DEFAULT) == frozenset({0})
    assert compilations(texts, ["Reuters", None], ["AP"], DEFAULT) == frozenset({0})
    # An uncredited article naming a wire is not a credit that could name the wrong writer.
    assert compilations(texts, [None, "AP"], [], DEFAULT) == frozenset()
