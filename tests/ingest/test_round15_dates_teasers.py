"""Other stories' teasers after the article, each with its full time on the same day (issue
21, round 15): two different times that no label names are teasers' (or a timeline's), never the
article's published time, even on one day. The page is invented."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from generator.ingest.model import Request
from generator.ingest.pipeline import Source, ingest
from generator.model.site import SiteConfig
from generator.model.wires import DEFAULT
from tests.ingest.support import NOW

ARTICLE = (
    "Harbour crane to be taken down after forty years\n\n"
    "The blue crane on the north quay will be taken down next spring, the harbour board said on "
    "Tuesday, after forty years of service.\n\n"
    "The board said the crane no longer met safety rules and would cost too much to repair.\n\n"
    "A smaller crane will take over its work on the north quay from the summer, the board said.\n\n"
    "Dock workers said they were sad to see the old crane go after so many years on the quay.\n\n"
    "The harbour museum has asked to keep the crane's cabin and put it on show next year.\n\n"
    "The board will decide on the museum's request at its next meeting in the autumn.\n\n"
    "Work to take the crane down is expected to last about three weeks, the board said.\n\n"
    "  Comments  \n\n"
)


def test_two_teasers_times_on_one_day_after_the_article_give_no_date(fixture_config: SiteConfig) -> None:
    page = (
        ARTICLE + "Business\n\nFerry company orders two electric boats\n\nJune 24, 2021 9:31 AM\n\n"
        "Business\n\nFish market moves to the old warehouse\n\nJune 24, 2021 9:24 AM\n"
    )
    draft = ingest(
        Source("page.txt", page, False), Request(outlet="harbour-gazette"), fixture_config, NOW, DEFAULT
    )
    assert draft.metadata.published is None
    assert draft.metadata.draft
    assert (
        "no published time found: the page states none; set published: and remove draft: true, "
        "or ingest it again with --published WHEN --force"
    ) in draft.metadata.review


def test_the_article_s_own_time_printed_twice_is_still_its_time(fixture_config: SiteConfig) -> None:
    page = ARTICLE + "June 24, 2021 9:31 AM\n\nJune 24, 2021 9:31 AM\n"
    draft = ingest(
        Source("page.txt", page, False), Request(outlet="harbour-gazette"), fixture_config, NOW, DEFAULT
    )
    assert draft.metadata.published == datetime(2021, 6, 24, 9, 31, tzinfo=ZoneInfo("Europe/London"))
