"""Sentence ends that are no ends: a time's "p.m." before a time zone, a German ordinal after an
article (issue 23, draw 10's split class). Invented texts."""

import pytest

from generator.analysis.sentences import split_text


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "en",
            "The ferry left the pier at about 8 p.m. CET when the wind rose. Nobody was hurt.",
            ["The ferry left the pier at about 8 p.m. CET when the wind rose.", "Nobody was hurt."],
        ),
        (
            "en",
            "The tower lights went out at 11 a.m. PDT on the hill. Crews came.",
            ["The tower lights went out at 11 a.m. PDT on the hill.", "Crews came."],
        ),
        (
            "fr",
            "Le train est reparti vers 7 a.m. GMT avec du retard. Tout allait bien.",
            ["Le train est reparti vers 7 a.m. GMT avec du retard.", "Tout allait bien."],
        ),
        (
            "de",
            "Pioniere der 412. Kompanie bauten die Brücke über Nacht. Sie hielt.",
            ["Pioniere der 412. Kompanie bauten die Brücke über Nacht.", "Sie hielt."],
        ),
        (
            "de",
            "Beim 3. Versuch gelang die Landung. Im 2. Stock brannte Licht.",
            ["Beim 3. Versuch gelang die Landung.", "Im 2. Stock brannte Licht."],
        ),
    ],
)
def test_a_time_zone_or_a_german_ordinal_goes_on_the_sentence(language, text, expected):
    assert split_text(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # the time ends the sentence: the next one opens with an ordinary word
        ("en", "The shop shut at 9 p.m. Staff went home.", ["The shop shut at 9 p.m.", "Staff went home."]),
        ("en", "It shut at 9 p.m. EST. Staff left.", ["It shut at 9 p.m. EST.", "Staff left."]),
        # a number after a preposition or a noun is a count, not an ordinal: its stop ends one
        (
            "de",
            "Die Zahl der Gäste stieg auf 45. Die Halle war voll.",
            ["Die Zahl der Gäste stieg auf 45.", "Die Halle war voll."],
        ),
        ("de", "Es geschah im Jahr 2019. Danach kam Ruhe.", ["Es geschah im Jahr 2019.", "Danach kam Ruhe."]),
        # the rule is German's: an English "the 3." ends a sentence as before
        (
            "en",
            "He finished in the top 3. The rest lagged.",
            ["He finished in the top 3.", "The rest lagged."],
        ),
    ],
)
def test_other_stops_still_end_a_sentence(language, text, expected):
    assert split_text(text, language) == expected
