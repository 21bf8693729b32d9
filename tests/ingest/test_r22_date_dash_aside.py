"""A dash inside a sentence is no run-in head: when the paragraph under a wire's dateline opens
with words, a spaced dash and a lower-case word ('Envoys from the guild and
council - but not the mayor - met ...'), the dash sets off an aside and the dateline above is
still read, place and wire (issue 21, round 22; a regression of round 21). The page is
invented."""

from __future__ import annotations

from generator.ingest.model import Draft, Request
from generator.ingest.pipeline import Source, ingest
from generator.ingest.run_in_heads import opens_with_run_in_head
from generator.model.site import SiteConfig
from generator.model.wires import DEFAULT
from tests.ingest.support import NOW

HEADLINE = "Ferry talks stall as the harbour strike enters its second week"
DATE = "Wed, 06 Mar 2024 18:50:27 PKT"
LEAD = (
    "HAVENSTAD/PORT ELLIS, Coast Province (Reuters) - Dock workers held to their terms on "
    "Wednesday after the ferry company said talks were in the hands of the union."
)
ASIDE = (
    "Envoys from the guild and council - but not the mayor - are in Havenstad "
    "trying to settle the strike before the summer timetable begins next week."
)
THIRD = "The company said on Tuesday that a fair offer had been made and that it was waiting for a reply."


def _ingest(config: SiteConfig, text: str) -> Draft:
    request = Request(outlet="hafenbote", url="https://hafenbote.example/ferry-talks-stall")
    return ingest(Source("page.txt", text, False), request, config, NOW, DEFAULT)


def test_a_dash_before_a_lower_case_word_is_no_run_in_head() -> None:
    assert not opens_with_run_in_head(ASIDE)
    assert opens_with_run_in_head("The other towns - Ferries run again from Monday.")


def test_the_wire_dateline_above_a_dash_aside_is_read(fixture_config: SiteConfig) -> None:
    draft = _ingest(fixture_config, "\n\n".join([HEADLINE, DATE, LEAD, ASIDE, THIRD]) + "\n")
    assert draft.metadata.via == "Reuters"
    assert draft.metadata.dateline == "HAVENSTAD/PORT ELLIS, Coast Province"
    assert draft.blocks[0].text.startswith("Dock workers held")
