"""Negation raising: "we do not believe there were survivors" says there were none, so it does
not contradict a point that says so (issue 23, draw 10's citation warning class). Invented texts."""

import pytest

from generator.analysis.claims import differences


@pytest.mark.parametrize(
    ("language", "point", "sentence"),
    [
        (
            "en",
            "No hikers were expected to be found alive.",
            "We do not believe any hikers are alive, the ranger said.",
        ),
        (
            "en",
            "No climbers were thought to have survived.",
            "We don't think that any climbers survived, a guide said.",
        ),
        (
            "de",
            "Keine Wanderer wurden lebend erwartet.",
            "Wir glauben nicht, dass es lebende Wanderer gibt, sagte der Förster.",
        ),
        (
            "fr",
            "Aucun survivant parmi les randonneurs.",
            "Nous ne pensons pas qu'il y ait des survivants, a dit le guide.",
        ),
        (
            "es",
            "Ningún excursionista sobrevivió.",
            "No creemos que algún excursionista sobreviviera, dijo el guía.",
        ),
        (
            "it",
            "Nessun escursionista è sopravvissuto.",
            "Non crediamo che qualche escursionista sia sopravvissuto, ha detto la guida.",
        ),
        (
            "nl",
            "Geen overlevenden verwacht.",
            "We geloven niet dat er op dit moment overlevenden zijn, zei de gids.",
        ),
        (
            "pt",
            "Nenhum caminhante sobreviveu.",
            "Não acreditamos que algum caminhante sobreviveu, disse o guia.",
        ),
    ],
)
def test_a_negated_belief_does_not_contradict_the_negated_content(language, point, sentence):
    assert differences(point, [sentence], language) == []


def test_a_plain_statement_still_contradicts_a_negated_point():
    found = differences("No hikers were found.", ["Rangers found hikers near the ridge."], "en")
    assert [(d.kind, d.point, d.article) for d, _ in found] == [("negation", "No hikers", "hikers")]


def test_a_negation_before_the_belief_clause_is_still_read():
    found = differences(
        "The levee collapsed.",
        ["The levee did not collapse, and engineers do not believe it will need repairs."],
        "en",
    )
    assert [(d.kind, d.point, d.article) for d, _ in found] == [("negation", "collapsed", "did not collapse")]
