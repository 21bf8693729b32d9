"""A page that prints no headline (its text starts with the lead) gets its title from the URL's
slug, each word spelled as the page prints it: case, accents, hyphens and apostrophes, the first
word capitalised, an id dropped, a slug cut off mid-word completed (issue 21, nineteenth round).
A review note says so. Without a usable slug the lead's provisional title stays. Invented pages."""

from __future__ import annotations

from generator.ingest.model import Draft, Request
from generator.ingest.pipeline import Source, ingest
from generator.ingest.url_title import title_from_slug
from generator.model.site import SiteConfig
from generator.model.wires import DEFAULT
from tests.ingest.support import NOW

LEAD_FR = (
    "Le conseil municipal de Port-Lune a voté mardi soir la rénovation du phare, après deux ans "
    "de débats sur son coût et sur l'accès au quai d'Honneur."
)
SECOND_FR = "Les travaux du phare commenceront au printemps, selon l'adjointe chargée du port, Inès Morel."
LEAD_EN = (
    "The harbour board on Tuesday approved a long-delayed plan to dredge the north channel, "
    "ending two years of argument over who should pay for the work."
)
SECOND_EN = "The dredging should start in May and last about six weeks, the board's chair said."


def _ingest(config: SiteConfig, outlet: str, text: str, url: str | None) -> Draft:
    return ingest(Source("page.txt", text, False), Request(outlet=outlet, url=url), config, NOW, DEFAULT)


def test_the_title_is_the_slug_in_the_pages_spelling(fixture_config: SiteConfig) -> None:
    url = "https://port.example/Port-Lune-la-renovation-du-phare-quai-d-Honneur_a20931.html"
    draft = _ingest(fixture_config, "gazette-du-port", f"{LEAD_FR}\n\n{SECOND_FR}\n", url)
    assert draft.metadata.title == "Port-Lune la rénovation du phare quai d'Honneur"
    assert any("read from the URL" in note for note in draft.metadata.review)
    assert not any(note.startswith("title is provisional") for note in draft.metadata.review)
    assert [b.text for b in draft.blocks] == [LEAD_FR, SECOND_FR]


def test_a_slug_cut_off_and_a_word_the_page_never_prints(fixture_config: SiteConfig) -> None:
    url = "https://harbour.example/2024/05/harbour-board-approves-long-delayed-dredging-of-north-chan"
    draft = _ingest(fixture_config, "harbour-gazette", f"{LEAD_EN}\n\n{SECOND_EN}\n", url)
    assert draft.metadata.title == "Harbour board approves long-delayed dredging of north channel"


def test_no_slug_keeps_the_provisional_title(fixture_config: SiteConfig) -> None:
    draft = _ingest(
        fixture_config, "harbour-gazette", f"{LEAD_EN}\n\n{SECOND_EN}\n", "https://harbour.example/?p=2231"
    )
    assert any(note.startswith("title is provisional") for note in draft.metadata.review)


def test_a_slug_of_words_the_page_does_not_print_is_not_read() -> None:
    from generator.ingest.model import Block

    page = [Block(LEAD_EN), Block(SECOND_EN)]
    assert title_from_slug(page, "https://harbour.example/sections/international-press-clipping/2231") is None
