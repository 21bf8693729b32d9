"""A line at the top of a copied page that prints the site's own web address is the site's
masthead or tagline, never the headline (issue 21, twenty-sixth round): 'Quaytown.example - The
digital paper of Quaytown' above the date and the headline. The line is taken out before the
header is read; an address inside an e-mail, a longer host, or a dated meta line stays. The
pages are invented."""

from __future__ import annotations

from generator.ingest.title_site_address import prints_site_address, site_host
from generator.model.site import SiteConfig
from tests.ingest.story_pages import ingested

URL = "https://www.quaytown.example/pda/index.php?id=4471"
MASTHEAD = "Quaytown.example - The digital paper of Quaytown"
STAMP = "Tuesday 11.03.25 | 09.15"
HEADLINE = "Ferry timetable cut back for the winter months"
DEK = "Council blames rising fuel costs for the change"
LEAD = (
    "The ferry between Quaytown and the island will sail four times a day instead of six from "
    "November, the council decided on Monday evening after a long debate."
)
SECOND = "Councillors said the cut was needed because fuel costs had doubled since the spring."
THIRD = "Islanders asked for an early boat on market days, which the council promised to consider."


def test_the_masthead_printing_the_address_is_no_title(fixture_config: SiteConfig) -> None:
    text = f"{MASTHEAD}\n{STAMP}\n\n{HEADLINE}\n\n{DEK}\n\n{LEAD}\n\n{SECOND}\n\n{THIRD}\n"
    draft = ingested(fixture_config, "harbour-gazette", text, URL)
    assert draft.metadata.title == HEADLINE
    assert any(r.rule == "site-name" and r.text == MASTHEAD for r in draft.removals)


def test_a_tagline_glued_to_the_address_is_no_title(fixture_config: SiteConfig) -> None:
    tagline = "十二の新聞社が加盟quaytown.example"
    text = f"{tagline}\n{STAMP}\n\n{HEADLINE}\n\n{DEK}\n\n{LEAD}\n\n{SECOND}\n\n{THIRD}\n"
    assert ingested(fixture_config, "harbour-gazette", text, URL).metadata.title == HEADLINE


def test_an_address_is_told_from_other_lines() -> None:
    host = site_host(URL)
    assert host == "quaytown.example"
    assert prints_site_address(MASTHEAD, host)
    assert prints_site_address("十二の新聞社が加盟quaytown.example", host)
    assert not prints_site_address("Write to desk@quaytown.example", host)  # an e-mail address
    assert not prints_site_address("Visit news.quaytown.example.org today", host)  # a longer host
    assert not prints_site_address("quaytown.example | 2025-03-11 09:15 |", host)  # a dated meta line
    assert not prints_site_address(HEADLINE, host)
    assert site_host(None) is None and site_host("https://a.b/") is None
