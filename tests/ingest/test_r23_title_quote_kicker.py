"""A topic's one word joined before a headline that is a quotation ('Hafensperrung "Jeder Tag
kostet uns Kunden"'). Round 23 cut it off the title; the review of rounds 23-24 (item 7) showed
the cut takes a speaker's name too ('Scholz "Wir schaffen das schon"'), which has the same
shape, so the word now stays (test_fix_titles_quote_speaker). A speaker before a colon stays.
The pages are invented."""

from __future__ import annotations

import pytest

from generator.ingest.model import Draft, Request
from generator.ingest.pipeline import Source, ingest
from generator.ingest.title_labels import without_glued_label
from generator.model.site import SiteConfig
from generator.model.wires import DEFAULT
from tests.ingest.support import NOW

QUOTE = '"Jeder Tag kostet uns Kunden"'
DEK = "Die Sperrung des Nordhafens trifft die Händler am Kai hart. Die Stadt verspricht eine Lösung bis Mai."
LEAD = (
    "Seit drei Wochen ist der Nordhafen für Lieferwagen gesperrt. Die Händler am Kai sagen, jeder Tag "
    "der Sperrung koste sie Kunden, und fordern von der Stadt eine schnelle Lösung."
)
SECOND = "Die Stadt will die Brücke bis Mai reparieren, sagte ein Sprecher am Dienstag."


def _ingest(config: SiteConfig, text: str) -> Draft:
    return ingest(Source("page.txt", text, False), Request(outlet="hafenbote"), config, NOW, DEFAULT)


def test_a_kicker_word_before_a_quoted_headline_stays(fixture_config: SiteConfig) -> None:
    text = f"Hafensperrung {QUOTE}\n\n{DEK}\n\n{LEAD}\n\n{SECOND}\n"
    draft = _ingest(fixture_config, text)
    assert draft.metadata.title == f"Hafensperrung {QUOTE}"


@pytest.mark.parametrize(
    ("title", "kept"),
    [
        ("Hafensperrung „Jeder Tag kostet uns Kunden“", "Hafensperrung „Jeder Tag kostet uns Kunden“"),
        ('Bürgermeister: "Jeder Tag kostet uns Kunden"', 'Bürgermeister: "Jeder Tag kostet uns Kunden"'),
        ('Der "Hafenkönig" gibt auf', 'Der "Hafenkönig" gibt auf'),
        ('Hafen "Nord"', 'Hafen "Nord"'),  # too short a quotation to be a headline
    ],
)
def test_a_word_before_a_quotation_stays(title: str, kept: str) -> None:
    assert without_glued_label(title) == kept
