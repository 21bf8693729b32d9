"""The site's name left on the headline's line ('<headline> – Quaytown Courier', the browser
tab's title copied with the page) is cut off the title when it spells the page's own address
(issue 21, twenty-seventh round); a dash the headline goes on after, a name the address does not
spell, or a short headline stay. The pages are invented."""

from __future__ import annotations

import pytest

from generator.ingest.title_site_name import without_site_name
from generator.model.site import SiteConfig
from tests.ingest.story_pages import ingested

URL = "https://www.quaytown-courier.example/?p=4471"
HEADLINE = "Ferry timetable cut back for the winter months: what changes?"
LEAD = (
    "The ferry between Quaytown and the island will sail four times a day instead of six from "
    "November, the council decided on Monday evening after a long debate."
)
SECOND = "Councillors said the cut was needed because fuel costs had doubled since the spring."
THIRD = "Islanders asked for an early boat on market days, which the council promised to consider."


def test_the_site_name_after_the_headline_is_cut(fixture_config: SiteConfig) -> None:
    text = f"{HEADLINE} – Quaytown Courier\n11 March 2025\n\n{LEAD}\n\n{SECOND}\n\n{THIRD}\n"
    assert ingested(fixture_config, "harbour-gazette", text, URL).metadata.title == HEADLINE


@pytest.mark.parametrize(
    ("title", "url", "expected"),
    [
        (f"{HEADLINE} | QUAYTOWN COURIER", URL, HEADLINE),
        (f"{HEADLINE} - Quaytown-Courier.example", URL, HEADLINE),  # the address itself
        (f"{HEADLINE} · Courier", "https://news.courier.example/a/1", HEADLINE),  # one of its names
        (f"{HEADLINE} – Harbour Weekly", URL, None),  # a name the address does not spell
        ("SPD gewinnt mit 25,7 Prozent - CDU 24,1 Prozent", URL, None),  # the headline goes on
        ("Ferry – Quaytown Courier", URL, None),  # too short a headline to be one
        (f"{HEADLINE} – Quaytown Courier", None, None),  # no address to compare
    ],
)
def test_only_a_name_the_address_spells_is_cut(title: str, url: str | None, expected: str | None) -> None:
    assert without_site_name(title, url) == (title if expected is None else expected)
