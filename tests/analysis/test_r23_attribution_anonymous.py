"""Attribution, round 23 (issue 23): a newsroom told something by an unnamed person whom the
speaker reader cannot print ("a person familiar with the situation told the Harbour Wire",
"people familiar with the matter told X") gets no "Spoke to X" line: nobody the page can name
spoke. A speaker whose description names whom it speaks for ("a Port Authority official",
"Coastal fire service officials"), a name, or a speaker the label prints ("An official told X")
is kept. Invented sentences and newsrooms."""

from __future__ import annotations

import pytest

from generator.analysis.attribution import attributions
from generator.analysis.attribution_sentence import find
from generator.analysis.corpus import Corpus
from tests.analysis.support import article


@pytest.mark.parametrize(
    "sentence",
    [
        "The ferry sank near Lorvik, a person familiar with the situation told the Harbour Wire.",
        "The ferry had sunk, people familiar with the matter told the Harbour Wire.",
        "The ferry had sunk, a source close to the inquiry told the Harbour Wire.",
        "A spokesman said the ferry had sunk, and a person with knowledge of the rescue told the Harbour Wire.",
    ],
)
def test_an_unnamed_person_telling_a_newsroom_names_no_source(sentence: str) -> None:
    assert [(kind, name) for kind, name, _ in find(sentence) if kind == "told"] == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "A Port Authority official told the Harbour Wire that the ferry had sunk.",
            [("told", "Harbour Wire")],
        ),
        (
            "Earlier on Tuesday, Coastal fire service officials told the Harbour Wire that the ferry had sunk.",
            [("told", "Harbour Wire")],
        ),
        ("A team coach told the Harbour Wire that the ferry had sunk.", [("told", "Harbour Wire")]),
        ("Harbour master Ilse Varno told the Harbour Wire the ferry had sunk.", [("told", "Harbour Wire")]),
        ('"It sank fast," she told the Harbour Wire.', [("told", "Harbour Wire")]),
        # unchanged: an unnamed speaker the label prints ("An official told Harbour Wire")
        ("An official told the Harbour Wire on Friday that the ferry had sunk.", [("told", "Harbour Wire")]),
        ("Sources told the Harbour Wire the ferry had sunk.", [("told", "Harbour Wire")]),
    ],
)
def test_a_speaker_named_or_described_by_whom_it_speaks_for_is_kept(sentence: str, expected: list) -> None:
    assert [(kind, name) for kind, name, _ in find(sentence)] == expected


def test_no_spoke_to_line_for_an_unnamed_person():
    body = (
        "The Lorvik ferry sank on Tuesday, a person familiar with the situation told the Harbour Wire. "
        "Harbour master Ilse Varno told the Harbour Wire that 40 people were rescued."
    )
    found = attributions(Corpus.of([article("a", body)]))
    assert [(a.label, [q.text for q in a.mentions]) for a in found] == [
        (
            "Ilse Varno told Harbour Wire",
            ["Harbour master Ilse Varno told the Harbour Wire that 40 people were rescued."],
        )
    ]
