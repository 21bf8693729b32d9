"""A slug that sums the story up in a few of the headline's words never cuts the headline's
opening words as a kicker (issue 21, twenty-fifth round): 'The gale batters Norland as ...'
under the slug 'norland-storm-ferries-cancelled' is one headline, not the kicker 'The gale
batters' glued to it. A kicker is still cut where the slug spells most of the headline it
leaves. The titles are invented."""

from __future__ import annotations

import pytest

from generator.ingest.slug_title import trim_by_slug

SUMMARY = "https://news.example/world/20250312/norland-storm-ferries-cancelled-1408"


@pytest.mark.parametrize(
    ("title", "url"),
    [
        (
            "The gale batters Norland as ferries to the outer islands are cancelled for a second day",
            SUMMARY,
        ),
        (
            "La tempête frappe Norland: les ferries vers les îles extérieures sont annulés",
            "https://news.example/monde/20250312/norland-ferries-annules-1408",
        ),
    ],
)
def test_a_slug_summing_the_headline_up_cuts_nothing(title: str, url: str) -> None:
    assert trim_by_slug(title, url) == title


def test_a_kicker_before_a_headline_the_slug_spells_is_still_cut() -> None:
    title = "Weather live Ferries to the outer islands are cancelled for a second day"
    url = "https://news.example/world/ferries-to-the-outer-islands-cancelled-for-second-day-1408"
    assert trim_by_slug(title, url) == "Ferries to the outer islands are cancelled for a second day"
