"""'Only in X' lists every sentence the two gates let through, up to the page's bound (issue 23,
round 10).

A newsroom adding many facts of its own kept only its three strongest sentences: on the 39
development stories the fourth and later sentences let through by both gates were 4 more right,
none wrong (precision 0.976, 81/83; recall 47 -> 50 of 329), so the page's list, not a ranking, is
the limit. Every sentence here is written for the test.
"""

from __future__ import annotations

from generator.analysis.story import analyse
from generator.analysis.unique_gate import MAX_SHOWN
from generator.model.site import Outlet
from tests.analysis.support import article, briefing

OUTLETS = {
    slug: Outlet(slug, name, language="en")
    for slug, name in [("daily", "The Daily"), ("herald", "The Herald"), ("gazette", "The Gazette")]
}
DAILY = (
    "A ferry sank off the island of Korsa on Sunday, coastguard officials said.\n\n"
    "Rescuers searched the cold water through the night with two boats."
)
HERALD = (
    "The ferry went down near Korsa early on Sunday, the coastguard said.\n\n"
    "Boats searched the water through the night for survivors."
)
# Five paragraphs, each naming a person, a firm or a figure no other newsroom names.
OWN = (
    "The owner, the shipping firm Marlo Lines, said the vessel had passed an inspection in 2019.",
    "Captain Edda Varsk had sailed the crossing for eleven years without a single complaint.",
    "Insurers at Brellum Mutual valued the lost cargo of olive oil at 840,000 euros.",
    "The harbour master, Tomas Quill, closed the western pier until further notice.",
    "Fishermen from Dovrin village pulled three empty lifejackets from the surf at dawn.",
)


def test_every_sentence_let_through_is_listed_not_only_the_three_strongest():
    gazette = "The ferry sank off Korsa on Sunday.\n\n" + "\n\n".join(OWN)
    articles = [
        article("daily", DAILY, "daily"),
        article("herald", HERALD, "herald", minutes=1),
        article("gazette", gazette, "gazette", minutes=2),
    ]
    result = analyse(briefing(), articles, OUTLETS)
    listed = {item.newsroom: [q.text for q in item.sentences] for item in result.only_in}
    assert listed["gazette"] == list(OWN)
    assert MAX_SHOWN >= 8  # the page's bound per newsroom (docs/security.md)
