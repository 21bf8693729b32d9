"""A headline closed by a short question or exclamation after its first sentence ('... the new
ferry operator. Who pays the bill?') keeps it when the URL's slug spells only the first
sentence (issue 21, twenty-fourth round): a standfirst glued on is a longer sentence and is still
cut. The titles and addresses are invented."""

from __future__ import annotations

import pytest

from generator.ingest.slug_title import trim_by_slug

URL = "https://harbour.example/news/harbour-board-picks-the-new-ferry-operator"
HEADLINE = "Harbour board picks the new ferry operator."


@pytest.mark.parametrize("tail", ["Who pays the bill?", "What a day it was!", "Will the fares go up?"])
def test_a_short_question_after_the_headline_stays(tail: str) -> None:
    assert trim_by_slug(f"{HEADLINE} {tail}", URL) == f"{HEADLINE} {tail}"


def test_a_standfirst_glued_after_the_headline_is_still_cut() -> None:
    title = f"{HEADLINE} The board met on Tuesday to vote on the contract for the next ten years"
    assert trim_by_slug(title, URL) == HEADLINE
