"""One word before a headline that is a quotation stays in the title: a speaker's name
('Scholz "Wir schaffen das schon"') has the shape of a topic's kicker ('Hafensperrung "Jeder
Tag kostet uns Kunden"'), and nothing on the line tells them apart, so neither is cut (review of
rounds 23-24, item 7: the round-23 cut is withdrawn). Invented titles."""

from __future__ import annotations

import pytest

from generator.ingest.title_labels import without_glued_label


@pytest.mark.parametrize(
    "title",
    [
        'Scholz "Wir schaffen das schon"',
        "Lindqvist „Der Hafen bleibt offen, solange ich hier bin“",
        "Hafensperrung „Jeder Tag kostet uns Kunden“",
    ],
)
def test_a_word_before_a_quoted_headline_stays(title: str) -> None:
    assert without_glued_label(title) == title
