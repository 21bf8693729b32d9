"""A statement put on hold, postponed or suspended is not the negation's opposite: "would not
put the plan on the agenda" is not contradicted by "will put the plan on hold" (issue 23,
round 10). A deferral verb itself still contradicts its own negation. Invented sentences."""

from __future__ import annotations

import pytest

from generator.analysis.claims import differences

DEFERRED = [
    (
        "en",
        "The council would not put the bridge plan on the agenda until 2030.",
        "The council will put the bridge plan on hold until 2030.",
    ),
    (
        "en",
        "The league did not hold the final in the harbour town this spring.",
        "The league postponed the final it had planned to hold in the harbour town this spring.",
    ),
    (
        "en",
        "The ministry will not sign the fishing accord with its neighbour.",
        "The ministry has suspended plans to sign the fishing accord with its neighbour.",
    ),
    (
        "de",
        "Der Rat wird den Brückenplan nicht beschließen.",
        "Der Rat will den Brückenplan erst später beschließen und hat ihn vertagt.",
    ),
    (
        "fr",
        "Le conseil ne signera pas l'accord sur la pêche.",
        "Le conseil signera l'accord sur la pêche, mais plus tard: la décision est reportée.",
    ),
    (
        "es",
        "El consejo no firmará el acuerdo de pesca.",
        "El consejo firmará el acuerdo de pesca más adelante: la decisión fue aplazada.",
    ),
    (
        "it",
        "Il consiglio non firmerà l'accordo sulla pesca.",
        "Il consiglio firmerà l'accordo sulla pesca più avanti: la decisione è stata rinviata.",
    ),
]


@pytest.mark.parametrize(("language", "point", "sentence"), DEFERRED)
def test_a_deferred_statement_is_no_contradiction(language: str, point: str, sentence: str) -> None:
    assert differences(point, [sentence], language) == []


def test_the_deferral_verb_itself_still_contradicts_its_negation() -> None:
    (difference, _), *_ = differences(
        "The ministry did not suspend the fishing talks.", ["The ministry suspended the fishing talks."], "en"
    )
    assert (difference.kind, difference.point, difference.article) == (
        "negation",
        "did not suspend",
        "suspended",
    )


def test_a_plain_statement_still_contradicts() -> None:
    (difference, _), *_ = differences(
        "The council would not put the bridge plan on the agenda.",
        ["The council will put the bridge plan on the agenda next week."],
        "en",
    )
    assert (difference.kind, difference.point, difference.article) == (
        "negation",
        "would not put",
        "will put",
    )
