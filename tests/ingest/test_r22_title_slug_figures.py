"""A title read from the URL's slug keeps the headline's figures (issue 21, twenty-second round):
a short figure between two words stays though the page writes it in words ('5' for 'five'), a
figure the page prints in another form takes that form ('12-5' for '12,5%'), even as the slug's
last word. An id or a date (long, at an end of the slug, or next to another figure) is still
dropped. Invented pages."""

from __future__ import annotations

from generator.ingest.model import Block
from generator.ingest.url_title import title_from_slug

LEAD = (
    "Five fishing boats sank in the storm that hit the north harbour overnight, the coastguard said, "
    "and the port will stay closed until Friday."
)
SECOND = "The harbour's catches fell 12,5% this year, the fishermen's guild said, before the storm."
PAGE = [Block(LEAD), Block(SECOND)]


def test_a_short_figure_between_words_is_kept() -> None:
    url = "https://harbour.example/2024/03/storm-sinks-5-fishing-boats-north-harbour-closed-4471982"
    assert title_from_slug(PAGE, url) == "Storm sinks 5 fishing boats north harbour closed"


def test_a_figure_printed_in_another_form_takes_it_at_the_end() -> None:
    url = "https://harbour.example/harbour-catches-fell-12-5"
    assert title_from_slug(PAGE, url) == "Harbour catches fell 12,5"


def test_an_id_or_a_date_is_still_dropped() -> None:
    url = "https://harbour.example/20240312-storm-sinks-fishing-boats-north-harbour-28"
    assert title_from_slug(PAGE, url) == "Storm sinks fishing boats north harbour"
