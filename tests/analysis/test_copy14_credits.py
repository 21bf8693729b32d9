"""A wire's copy under two credits, and the same wire's copy in another language.

Every text here is invented (a ferry fire in a made-up port); none comes from a real article.
"""

from __future__ import annotations

from generator.analysis.corpus import Corpus
from generator.analysis.wire import coverage
from generator.model.site import Article, Outlet
from generator.model.wires import DEFAULT
from tests.analysis.support import article
from tests.analysis.test_copies import WIRE, body

OUTLETS = {
    "harbour-post": Outlet("harbour-post", "Harbour Post", country="GB", language="en"),
    "evening-star": Outlet("evening-star", "Evening Star", country="GB", language="en"),
    "kuestenblatt": Outlet("kuestenblatt", "Küstenblatt", country="DE", language="de"),
}
# The wire's German service: its own short text of the same fire, credited to the same wire.
GERMAN = [
    "Vor dem nördlichen Hafen Kessmoor ist am Dienstagabend eine Passagierfähre in Brand geraten.",
    "Mehr als 300 Menschen mussten das Schiff bei hohem Seegang verlassen, wie die Küstenwache "
    "mitteilte; am Morgen wurden noch 14 Menschen vermisst.",
]


def counted(articles: list[Article]):
    return coverage(articles, OUTLETS, DEFAULT, Corpus.of(articles, OUTLETS))


def test_a_copy_credited_to_a_redistributor_and_to_a_wire_is_named_by_the_wire():
    """One text printed under a redistributor's credit (earlier) and under the wire's (later) is
    the wire's copy, so it is one newsroom with the wire's other-language copy (before: the
    group was named by the redistributor, the earliest credit, and stood apart from the wire's
    German copy: 2 newsrooms)."""
    found = counted(
        [
            article("reprint", body(WIRE), outlet="harbour-post", via="Coast Syndicate", minutes=0),
            article("wire", body(WIRE), outlet="evening-star", via="AFP", minutes=1),
            article("german", body(GERMAN), outlet="kuestenblatt", via="AFP", minutes=2),
        ]
    )
    assert found.line == "3 articles · 1 newsroom · 1 via Coast Syndicate · 2 via AFP"
    assert [(n.name, n.articles) for n in found.newsrooms] == [("AFP", ("reprint", "wire", "german"))]


def test_two_wires_credited_on_one_text_keep_the_earliest_credit():
    """Two credits that both name wires: the earliest names the group, as before."""
    found = counted(
        [
            article("first", body(WIRE), outlet="harbour-post", via="dpa", minutes=0),
            article("second", body(WIRE), outlet="evening-star", via="AFP", minutes=1),
        ]
    )
    assert [(n.name, n.articles) for n in found.newsrooms] == [("dpa", ("first", "second"))]
