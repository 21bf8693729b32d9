"""Attributions credit a name as printed, never a lone generic word, and never the publisher of
a named speaker's statement (issue 23, precision round 4). Invented sentences."""

from __future__ import annotations

import pytest

from generator.analysis.attribution_sentence import find
from generator.analysis.source_words import generic


@pytest.mark.parametrize(
    "sentence",
    [
        "According to the Norvan Ardel news Agency, the ferry sank at dawn.",
        "Authorities reported several missing sailors late Tuesday.",
        "According to the Police, the ferry sank at dawn.",
        "According to News Agency, the ferry sank at dawn.",
    ],
)
def test_a_lone_generic_word_is_no_source(sentence):
    assert find(sentence) == []


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Agency", True),
        ("the Authorities", True),
        ("News Agency", True),
        ("Polizei", True),
        ("Ministerio", True),
        ("Norvan Fire Agency", False),
        ("Daily Planet", False),
    ],
)
def test_generic_names_in_any_language(name, expected):
    assert generic(name) is expected


def test_a_named_agency_is_still_credited():
    assert find("According to the Daily Planet, the ferry sank at dawn.") == [
        ("according_to", "Daily Planet", None)
    ]


def test_a_statement_published_by_an_institution_credits_its_named_speaker():
    sentence = '"We grieve with the families," said Cardinal Jon Brask in the statement published by the Holy Office.'
    assert find(sentence) == [("according_to", "Cardinal Jon Brask", None)]


def test_published_by_without_a_speaker_still_credits_the_publisher():
    assert find("The ferry's passenger list was published by the Daily Planet.") == [
        ("reported", "Daily Planet", None)
    ]


def test_a_source_quoted_by_an_agency_that_says_credits_the_agency():
    sentence = "Harbour officials quoted by the Daily Planet news agency, said the ferry sank at dawn."
    assert find(sentence) == [("reported", "Daily Planet news agency", None)]
