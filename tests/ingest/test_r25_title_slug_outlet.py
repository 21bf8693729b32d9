"""A URL whose slug names the paper, not the article, never sets the title (issue 21,
twenty-fifth round): an e-paper or archive address files the page under the paper's name
('/uk/harbour-gazette-eastside/<date>/<id>'); that slug spells the masthead line printed under
the headline, and the masthead must not replace the headline. The pages are invented."""

from __future__ import annotations

from generator.ingest.title_slug_outlet import slug_names_outlet
from generator.model.site import SiteConfig
from tests.ingest.story_pages import ingested

HEADLINE = "Board backs plan to dredge the north channel"
MASTHEAD = "Harbour Gazette (Eastside) - - LOCAL NEWS -"
LEAD = (
    "The harbour board on Tuesday approved a long-delayed plan to dredge the north channel, "
    "ending two years of argument over who should pay for the work."
)
SECOND = "The dredging should start in May and last about six weeks, the board's chair said."
THIRD = "Fishermen had asked for the work since a storm silted the channel two winters ago."
EPAPER = "https://epaper.example/uk/harbour-gazette-eastside/20250312/281805694014474"
ARTICLE = "https://harbourgazette.example/news/board-backs-plan-to-dredge-north-channel"


def test_the_masthead_a_paper_slug_spells_is_no_title(fixture_config: SiteConfig) -> None:
    text = f"{HEADLINE}\n\n{MASTHEAD}\n\n{LEAD}\n\n{SECOND}\n\n{THIRD}\n"
    assert ingested(fixture_config, "harbour-gazette", text, EPAPER).metadata.title == HEADLINE


def test_an_article_slug_still_reads_the_headline(fixture_config: SiteConfig) -> None:
    text = f"Local news\n\n{HEADLINE}\n\n{LEAD}\n\n{SECOND}\n\n{THIRD}\n"
    assert ingested(fixture_config, "harbour-gazette", text, ARTICLE).metadata.title == HEADLINE


def test_a_slug_naming_the_paper_is_told_from_a_headline() -> None:
    assert slug_names_outlet(EPAPER, "Harbour Gazette")
    assert slug_names_outlet("https://x.example/de/schwaebische-post/20250312/1", "Schwäbische Post")
    assert not slug_names_outlet(ARTICLE, "Harbour Gazette")
    assert not slug_names_outlet("https://x.example/2024/harbour-gazette-wins-press-award", "Harbour Gazette")
    assert not slug_names_outlet(EPAPER, None)
