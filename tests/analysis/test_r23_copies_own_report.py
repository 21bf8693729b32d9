"""Issue 23, round 23: an outlet's own report that quotes a few of a wire's sentences is not a
copy of the wire.

A newspaper that writes its own long report and pastes in two of a wire's paragraphs shares
most of the wire's short copy, but little of its own text: it is its own newsroom. So is a
report that rewords four of the wire's sentences and goes on with six of its own. Every text
here is invented (the made-up port of Kessmoor, shared with `test_copies`).
"""

from __future__ import annotations

from generator.analysis import shingles
from tests.analysis.support import article
from tests.analysis.test_copies import REWORDED, WIRE, body, counted

# Paragraphs of a newspaper's own reporting, none from the wire.
OWN = [
    "Our correspondent in Tarrow spent the morning with islanders who had expected relatives "
    "aboard the crossing and waited for hours beside the ferry terminal without any news.",
    "Shopkeepers along the seafront lowered their shutters before noon, and the island school "
    "sent pupils home early so that families could gather in the parish hall.",
    "A retired skipper who has worked the route for forty years recalled that winter gales "
    "regularly forced cancellations, though he could not remember a blaze on any vessel.",
    "Volunteers from the lifeboat station served soup and blankets to survivors landed at the "
    "northern slipway, many of them still wearing borrowed clothes from the rescue crews.",
    "The regional assembly postponed its budget debate, and several members travelled north to "
    "meet hospital staff who had treated dozens of passengers for smoke inhalation.",
    "Insurance specialists contacted by this newspaper estimated that replacing the vessel would "
    "take at least two years, leaving the island with a single ageing boat.",
    "Fishermen moored in the outer basin described a column of black smoke visible from the "
    "lighthouse long before any official warning reached the harbour radio.",
    "Tourism operators fear cancelled bookings through the summer, when visitors usually double "
    "the island population and fill every guesthouse along the western bay.",
    "Church bells rang across Tarrow at dusk, and candles were placed along the harbour wall "
    "beneath a banner painted by children from the primary school.",
    "Engineers who inspected sister ships last spring had recommended replacing fire doors in "
    "the lower lounges, according to documents seen by our reporters this week.",
    "Union representatives for the crew demanded an independent inquiry, saying staff numbers "
    "on evening sailings had been reduced twice since the operator changed owners.",
    "By nightfall a temporary ferry chartered from the mainland had begun carrying medical "
    "supplies and volunteers across the strait under escort from naval patrol boats.",
]


def test_an_own_report_pasting_two_wire_paragraphs_is_its_own_newsroom():
    """The wire's short copy shares most of its text with the report, but the report (credited
    to no newsroom) has under `OWN_SHARE` of its own in the wire's: not joined."""
    wire = article("wire", body(WIRE[:4]), outlet="harbour-post", via="Reuters", minutes=0)
    own = article("own", body(WIRE[:2] + OWN), outlet="evening-star", minutes=30)
    found = counted([wire, own])
    assert sorted(n.articles for n in found.newsrooms) == [("own",), ("wire",)]
    shared = shingles.shingles(wire.body) & shingles.shingles(own.body)
    assert len(shared) >= 0.5 * len(shingles.shingles(wire.body))  # most of the wire's copy
    assert len(shared) < 0.17 * len(shingles.shingles(own.body))  # little of the report's text


def test_a_reprint_with_a_line_of_its_own_is_still_the_wire_copy():
    wire = article("wire", body(WIRE[:4]), outlet="harbour-post", via="Reuters", minutes=0)
    reprint = article("reprint", body(WIRE[:4] + OWN[:1]), outlet="evening-star", minutes=30)
    (newsroom,) = counted([wire, reprint]).newsrooms
    assert newsroom.articles == ("wire", "reprint")


def test_a_report_rewording_four_wire_sentences_among_its_own_is_its_own_newsroom():
    """Four sentences reworded in order are most of the wire's seven but under half of the
    report's ten: a report borrowing from the wire, not the wire's text reworded."""
    wire = article("wire", body(WIRE), outlet="harbour-post", minutes=0)
    own = article("own", body(REWORDED[3:] + OWN[:6]), outlet="island-news", minutes=40)
    found = counted([wire, own])
    assert sorted(n.articles for n in found.newsrooms) == [("own",), ("wire",)]


def test_a_whole_rewrite_is_still_joined():
    wire = article("wire", body(WIRE), outlet="harbour-post", minutes=0)
    reworded = article("reworded", body(REWORDED), outlet="island-news", minutes=40)
    (newsroom,) = counted([wire, reworded]).newsrooms
    assert newsroom.articles == ("wire", "reworded")


def test_an_own_report_is_not_joined_through_an_uncredited_reprint_of_the_wire():
    """The wire's copy is reprinted without its credit; the report shares most of the reprint
    too: the reprint's group is the wire's (credited), so the report is still its own."""
    wire = article("wire", body(WIRE[:4]), outlet="harbour-post", via="Reuters", minutes=0)
    reprint = article("reprint", body(WIRE[:3]), outlet="coast-daily", minutes=10)
    own = article("own", body(WIRE[:2] + OWN), outlet="evening-star", minutes=30)
    found = counted([wire, reprint, own])
    assert sorted(n.articles for n in found.newsrooms) == [("own",), ("wire", "reprint")]


def test_a_longer_reprint_of_another_cut_of_the_wire_is_still_the_wire_copy():
    """A credited short copy of the wire and a longer uncredited reprint of a later cut (the
    wire's last sentences, then material of its own): under `OWN_SHARE` of the reprint is in the
    copy, but the reprint carries under `PASTED_SHARE` of the copy, so it has not pasted the
    copy's sentences into a report of its own: the two are joined."""
    wire = article("wire", body(WIRE[:5]), outlet="harbour-post", via="Reuters", minutes=0)
    later = article("later", body(WIRE[3:] + OWN[:8]), outlet="evening-star", minutes=30)
    (newsroom,) = counted([wire, later]).newsrooms
    assert newsroom.articles == ("wire", "later")
    shared = shingles.shingles(wire.body) & shingles.shingles(later.body)
    assert len(shared) < 0.5 * len(shingles.shingles(wire.body))  # part of the copy only
    assert len(shared) < 0.17 * len(shingles.shingles(later.body))  # little of the reprint's text
