"""A standfirst rewritten as the lede right under it (issue 21, round 21): the page prints the
standfirst, then opens the text with the same words, ten or more, and goes on differently ('...
in parts of the country ...' over '... in parts of the north ...'). The first is the dek. Two
paragraphs that share only a few opening words stay the body. The pages are invented."""

from __future__ import annotations

from generator.ingest.model import Draft, Request
from generator.ingest.pipeline import Source, ingest
from generator.model.site import SiteConfig
from generator.model.wires import DEFAULT
from tests.ingest.support import NOW

TITLE = "Floods close harbour roads across the coast"
STANDFIRST = (
    "Flooded roads, full cellars and evacuations: heavy rain on Wednesday caused chaos in parts of "
    "the country."
)
LEDE = (
    "Flooded roads, full cellars and evacuations: heavy rain on Wednesday caused chaos in parts of "
    "the northern coast around Havenstad, where the river rose by two metres overnight."
)
LAST = "The harbour authority said the roads would stay closed until the water had gone down."


def _draft(page: str, config: SiteConfig) -> Draft:
    return ingest(Source("page.txt", page, False), Request(outlet="gazette-du-port"), config, NOW, DEFAULT)


def test_a_standfirst_rewritten_as_the_lede_is_the_dek(fixture_config: SiteConfig) -> None:
    draft = _draft(f"{TITLE}\n\n{STANDFIRST}\n\n{LEDE}\n\n{LAST}\n", fixture_config)
    assert draft.metadata.dek == STANDFIRST
    assert [b.text for b in draft.blocks] == [LEDE, LAST]


def test_paragraphs_sharing_a_few_opening_words_stay(fixture_config: SiteConfig) -> None:
    first = "Flooded roads, full cellars and evacuations kept the fire brigade busy all night long."
    draft = _draft(f"{TITLE}\n\n{first}\n\n{LEDE}\n\n{LAST}\n", fixture_config)
    assert draft.metadata.dek is None
    assert [b.text for b in draft.blocks] == [first, LEDE, LAST]
