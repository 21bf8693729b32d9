"""A date inside a sentence is no publication date: a page whose line breaks were lost, its one
line opening with a sentence that names an event's day ('The ferry sank on 17 July 2014 on its
way ...'), is not cut at that day into headline, date and text, and the day is never written
as published (issue 21, round 22). The page is invented."""

from __future__ import annotations

from generator.ingest.model import Draft, Request
from generator.ingest.pipeline import Source, ingest
from generator.model.site import SiteConfig
from generator.model.wires import DEFAULT
from tests.ingest.support import NOW

LINE = (
    "De veerboot Havenster is op 17 juli 2014 op weg van Havenstad naar Port Ellis gezonken na een "
    "aanvaring met een vrachtschip. Alle veertig opvarenden werden gered door de kustwacht. De "
    "onderzoeksraad stelt dat de stuurman te laat had gereageerd op de waarschuwingen van de haven."
)


def _ingest(config: SiteConfig, text: str) -> Draft:
    request = Request(outlet="hafenbote", url="https://hafenbote.example/veerboot-havenster-onderzoek")
    return ingest(Source("page.txt", text, False), request, config, NOW, DEFAULT)


def test_an_event_day_in_the_first_sentence_is_no_published_date(fixture_config: SiteConfig) -> None:
    draft = _ingest(fixture_config, LINE + "\n")
    assert draft.metadata.published is None or draft.metadata.published.year != 2014
    assert any("op 17 juli 2014 op weg" in b.text for b in draft.blocks)
