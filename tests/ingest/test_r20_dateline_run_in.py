"""A short head before a spaced dash opening paragraph after paragraph ('Nordland - ...', 'Die
anderen Orte - ...') is a run-in head, not a dateline: a dateline opens one paragraph only, so an
opening whose next paragraph opens the same way gives no dateline and stays in the body (issue 21,
round 20). The pages are invented."""

from __future__ import annotations

from generator.ingest.model import Draft, Request
from generator.ingest.pipeline import Source, ingest
from generator.model.site import SiteConfig
from generator.model.wires import DEFAULT
from tests.ingest.support import NOW

HEADLINE = "Die Fähren fahren wieder in allen Häfen der Küste"
LEAD = (
    "Nach dem Sturm der vergangenen Woche haben die Reedereien den Betrieb wieder aufgenommen. "
    "Die Karte zeigt, Hafen für Hafen, wo die Schiffe schon fahren und wo noch nicht."
)
NORTH = (
    "Nordland - Im Norden fahren die Fähren seit Montag wieder nach dem alten Fahrplan, sagt die Reederei."
)
OTHERS = "Die anderen Orte - In den kleinen Häfen fahren die Schiffe von Mittwoch an wieder jede Stunde."


def _ingest(config: SiteConfig, text: str) -> Draft:
    request = Request(outlet="hafenbote", url="https://hafenbote.example/faehren-fahren-wieder")
    return ingest(Source("page.txt", text, False), request, config, NOW, DEFAULT)


def test_run_in_heads_are_no_dateline(fixture_config: SiteConfig) -> None:
    draft = _ingest(fixture_config, "\n\n".join([HEADLINE, LEAD, NORTH, OTHERS]) + "\n")
    assert draft.metadata.dateline is None
    assert [b.text for b in draft.blocks][-2:] == [NORTH, OTHERS]


def test_a_dateline_alone_is_still_read(fixture_config: SiteConfig) -> None:
    second = "Die Reederei rechnet im Sommer mit deutlich mehr Fahrgästen als im vergangenen Jahr."
    draft = _ingest(fixture_config, "\n\n".join([HEADLINE, "Nordland - " + second, LEAD]) + "\n")
    assert draft.metadata.dateline == "Nordland"
