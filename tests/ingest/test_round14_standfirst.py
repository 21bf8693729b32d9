"""A standfirst printed again as the opening of the text (the page prints it under the headline,
then opens the article with the same words and goes on into the lede) is the dek, not the body's
first paragraph (issue 21, fourteenth round). A lede is never taken for it. The pages are invented."""

from __future__ import annotations

from dataclasses import replace

from generator.ingest.model import Block, Draft, Kind, Request
from generator.ingest.pipeline import Source, ingest
from generator.ingest.standfirst import standfirst_repeated
from generator.model.site import SiteConfig
from generator.model.wires import DEFAULT
from tests.ingest.support import NOW

TITLE = "Harbour road to close for a month of bridge repairs"
STANDFIRST = "The old stone bridge over the harbour needs new supports before the winter storms arrive."
REST = (
    "Work begins on Monday and the road will stay closed until the end of next month, the council's"
    " engineer told residents at a meeting in the town hall on Thursday evening."
)
LAST = "Buses will run on the coast road instead, adding about ten minutes to the trip into town."


def _draft(page: str, config: SiteConfig) -> Draft:
    return ingest(Source("page.txt", page, False), Request(outlet="gazette-du-port"), config, NOW, DEFAULT)


def test_a_standfirst_that_opens_the_text_again_is_the_dek(fixture_config: SiteConfig) -> None:
    draft = _draft(f"{TITLE}\n\n{STANDFIRST}\n\n{STANDFIRST} {REST}\n\n{LAST}\n", fixture_config)
    assert draft.metadata.dek == STANDFIRST
    assert [b.text for b in draft.blocks] == [f"{STANDFIRST} {REST}", LAST]
    assert [(r.text, r.reason) for r in draft.removals if r.rule == "dek"] == [
        (STANDFIRST, "standfirst printed again as the opening of the text")
    ]


def test_a_lede_printed_once_stays_the_body(fixture_config: SiteConfig) -> None:
    draft = _draft(f"{TITLE}\n\n{STANDFIRST}\n\n{REST}\n\n{LAST}\n", fixture_config)
    assert draft.metadata.dek is None
    assert [b.text for b in draft.blocks] == [STANDFIRST, REST, LAST]


def test_a_lede_whose_words_come_back_inside_a_later_paragraph_stays(fixture_config: SiteConfig) -> None:
    later = f"As the engineer put it: {STANDFIRST} {LAST}"
    draft = _draft(f"{TITLE}\n\n{STANDFIRST}\n\n{REST}\n\n{later}\n", fixture_config)
    assert draft.metadata.dek is None
    assert [b.text for b in draft.blocks] == [STANDFIRST, REST, later]


def test_a_short_first_line_repeated_at_the_start_of_the_text_is_no_dek(fixture_config: SiteConfig) -> None:
    kicker = "Harbour works this winter."  # four words: a kicker's length, not a standfirst's
    draft = _draft(f"{TITLE}\n\n{kicker}\n\n{kicker} {REST}\n\n{LAST}\n", fixture_config)
    assert draft.metadata.dek is None


def test_a_paragraph_printed_again_with_a_photo_credit_after_it_is_no_dek(fixture_config: SiteConfig) -> None:
    """A caption repeating the lede, with its photo's credit after it, left in the body by the
    caption rules: the lede is not taken for a standfirst."""
    draft = _draft(f"{TITLE}\n\n{STANDFIRST}\n\n{REST}\n\n{LAST}\n", fixture_config)
    caption = Block(f"{STANDFIRST} / Jane Doe/Kestrel", Kind.PARAGRAPH, 9, 9)
    with_caption = replace(draft, blocks=(*draft.blocks, caption))
    assert standfirst_repeated(with_caption) is with_caption
