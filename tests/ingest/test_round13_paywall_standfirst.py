"""A paywalled page that shows only its headline, a standfirst, the time and the site's 'most
read' header: the header is furniture, and the standfirst is the body, not a dek over a body made
of the header (issue 21, thirteenth round). The pages are invented."""

from __future__ import annotations

import pytest

from generator.ingest.list_rules import is_headline_list_header
from generator.ingest.model import Request
from generator.ingest.pipeline import Source, ingest
from generator.model.site import SiteConfig
from generator.model.wires import DEFAULT
from tests.ingest.support import NOW

STANDFIRST = "Après quarante ans sur le quai nord, la grue bleue du port sera démontée au printemps prochain."


def _page(notice: str) -> str:
    return f"port\n\nLa grue bleue s'en va\n\n{notice}{STANDFIRST}\npublié le 3 mars 2031 à 10h15\n\nLes plus lus\n"


@pytest.mark.parametrize("text", ["Les plus lus", "Les plus lues", "Plus lus"])
def test_the_french_most_read_header_with_its_article_is_a_list_header(text: str) -> None:
    assert is_headline_list_header(text)


def test_a_paywalled_standfirst_alone_is_the_body(fixture_config: SiteConfig) -> None:
    page = _page("Article réservé aux abonnés\n")
    draft = ingest(
        Source("page.txt", page, False), Request(outlet="gazette-du-port"), fixture_config, NOW, DEFAULT
    )
    assert [b.text for b in draft.blocks] == [STANDFIRST]
    assert (draft.metadata.title, draft.metadata.dek, draft.metadata.paywalled) == (
        "La grue bleue s'en va",
        None,
        True,
    )
    assert "paywalled: the text may be cut short by a paywall" in draft.metadata.review
    assert draft.blockers == ()


def test_without_a_paywall_a_page_with_no_text_is_still_refused(fixture_config: SiteConfig) -> None:
    draft = ingest(
        Source("page.txt", _page(""), False), Request(outlet="gazette-du-port"), fixture_config, NOW, DEFAULT
    )
    assert draft.blocks == ()
    assert draft.blockers == ("no article text found in the page",)
