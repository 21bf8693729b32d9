"""A headline printed in capitals does not continue in small letters: a short lower-case line
under it (a stray word of the page) is not joined to the title (invented pages)."""

from __future__ import annotations

from generator.ingest.model import Request
from generator.ingest.pipeline import Source, ingest
from generator.model.site import SiteConfig
from generator.model.wires import DEFAULT
from tests.ingest.support import NOW

LEAD = "The harbour board voted on Tuesday to keep the old ferry running through the winter months."
SECOND = "Passengers had collected four thousand signatures, and the board said the money would be found."


def _title(config: SiteConfig, headline: str, under: str) -> str | None:
    page = "\n".join([headline, "", under, "12/03/2024 at 09:15", LEAD, SECOND]) + "\n"
    draft = ingest(Source("page.txt", page, False), Request(outlet="coast-courier"), config, NOW, DEFAULT)
    return draft.metadata.title


def test_a_capitals_headline_is_not_joined_to_a_small_letter_word(fixture_config: SiteConfig) -> None:
    assert (
        _title(fixture_config, "FERRY STAYS AFLOAT AFTER HARBOUR VOTE", "more")
        == "FERRY STAYS AFLOAT AFTER HARBOUR VOTE"
    )


def test_a_headline_in_small_letters_still_takes_its_wrapped_end(fixture_config: SiteConfig) -> None:
    assert _title(fixture_config, "Harbour board keeps the old ferry running", "into spring") == (
        "Harbour board keeps the old ferry running into spring"
    )
