"""A metadata stamp glued before the page's first line ('date 2024-03 Hafenstadt (dpa) - ...', a
lower-case `date` label and an ISO day or year-month) is a label, not the page's text (issue 21,
nineteenth round): it leaves the line, the dry run shows it, the dateline and the wire credit
behind it are read, and it gives no published date. The pages are invented."""

from __future__ import annotations

import pytest

from generator.ingest.model import Draft, Request
from generator.ingest.pipeline import Source, ingest
from generator.model.site import SiteConfig
from generator.model.wires import DEFAULT
from tests.ingest.support import NOW

LEAD = (
    "Die Fähre zwischen den beiden Inseln fährt von Montag an wieder jede halbe Stunde, nachdem "
    "der neue Anleger am Nordkai fertig geworden ist."
)
SECOND = "Die Reederei rechnet im Sommer mit deutlich mehr Fahrgästen als im vergangenen Jahr."


def _ingest(config: SiteConfig, text: str) -> Draft:
    request = Request(outlet="hafenbote", url="https://hafenbote.example/faehre-faehrt-wieder-halbstuendlich")
    return ingest(Source("page.txt", text, False), request, config, NOW, DEFAULT)


@pytest.mark.parametrize("stamp", ["date 2024-03", "date 2019-11-02"])
def test_a_stamp_before_the_dateline_is_cut_and_the_credit_read(
    fixture_config: SiteConfig, stamp: str
) -> None:
    draft = _ingest(fixture_config, f" {stamp} Hafenstadt (dpa) - {LEAD}\n\n{SECOND}\n")
    assert draft.metadata.dateline == "Hafenstadt"
    assert draft.metadata.via == "dpa"
    assert draft.metadata.published is None  # a stamp is no publication date
    assert [b.text for b in draft.blocks][:2] == [LEAD, SECOND]
    assert not (draft.metadata.title or "").startswith("date ")
    assert any(r.rule == "stamp" and r.text == stamp for r in draft.removals)


def test_a_sentence_about_a_date_stays(fixture_config: SiteConfig) -> None:
    line = "Date 2024-03 was set for the vote by the harbour council, the clerk said on Monday."
    draft = _ingest(fixture_config, f"{line}\n\n{SECOND}\n")
    assert not any(r.rule == "stamp" for r in draft.removals)
