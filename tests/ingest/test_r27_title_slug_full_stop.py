"""A headline closed by a full stop is still the headline when the URL's slug spells it word for
word (issue 21, twenty-seventh round): the slug's line was passed over as a sentence, and the
title was rebuilt from the slug without the page's punctuation, or a section line was kept. A
lead sentence that retells the headline with words the slug lacks is still no headline. The
pages are invented."""

from __future__ import annotations

from generator.ingest.model import Draft, Request
from generator.ingest.pipeline import Source, ingest
from generator.model.site import SiteConfig
from generator.model.wires import DEFAULT
from tests.ingest.support import NOW

HEADLINE = "The council approves new ferry rules, a harbour fund and a bridge toll: all the decisions."
URL = (
    "https://www.quaytown.example/politics/"
    "the-council-approves-new-ferry-rules-a-harbour-fund-and-a-bridge-toll-all-the-decisions"
)
LEAD = (
    "Quaytown, 11 March 2025 - The town council approved on Monday a package of measures that "
    "range from new rules for the island ferry to a fund for repairing the old harbour wall."
)
SECOND = "Councillors said the bridge toll would pay for the repairs within ten years."
THIRD = "Islanders asked for an early boat on market days, which the council promised to consider."


def _ingest(config: SiteConfig, text: str) -> Draft:
    request = Request(outlet="harbour-gazette", url=URL)
    return ingest(Source("page.txt", text, False), request, config, NOW, DEFAULT)


def test_a_headline_closed_by_a_stop_is_the_title(fixture_config: SiteConfig) -> None:
    text = f"{HEADLINE}\nThe council met for six hours.\n{HEADLINE}\n{LEAD}\n{SECOND}\n{THIRD}\n"
    draft = _ingest(fixture_config, text)
    assert draft.metadata.title == HEADLINE
    assert all(block.text != HEADLINE for block in draft.blocks)


def test_under_a_section_line(fixture_config: SiteConfig) -> None:
    text = f"HomePoliticsTown\n{HEADLINE}\n{LEAD}\n{SECOND}\n{THIRD}\n"
    assert _ingest(fixture_config, text).metadata.title == HEADLINE


def test_a_sentence_retelling_the_headline_is_no_title(fixture_config: SiteConfig) -> None:
    retold = (
        "The council approves new ferry rules, a harbour fund and a bridge toll after a long "
        "night, and all the decisions take effect in May."
    )
    text = f"{retold}\n{SECOND}\n{THIRD}\n"
    assert _ingest(fixture_config, text).metadata.title != retold
