"""Corrections and refile notes go to the article's `corrections`, word for word."""

from __future__ import annotations

import pytest

from generator.ingest.corrections import is_correction, take_corrections
from generator.ingest.model import Block


@pytest.mark.parametrize(
    "line",
    [
        "Correction: An earlier version of this article gave the wrong length for the bridge.",
        "CORRECTION (March 15): The bridge reopened on Tuesday, not Monday.",
        "An earlier version of this story misspelled the engineer's name.",
        "This article has been corrected to show that two lanes will open.",
        "(Corrects spelling of engineer's name in paragraph 3)",
        "(Refiles to fix typo in headline)",
        "Korrektur: In einer früheren Version hieß es, die Brücke sei gesperrt.",
        "In einer früheren Version dieses Artikels stand ein falsches Datum.",
        "Rectificatif : le pont a rouvert mardi et non lundi.",
        "Une version précédente de cet article indiquait une mauvaise date.",
        "Fe de errores: el puente se reabrió el martes.",
        "Una versión anterior de esta noticia daba una fecha errónea.",
        "Rettifica: il ponte è stato riaperto martedì.",
        "Una versione precedente di questo articolo riportava una data errata.",
        "Correctie: de brug ging dinsdag open, niet maandag.",
        "In een eerdere versie van dit artikel stond een verkeerde datum.",
        "Correção: a ponte reabriu na terça-feira.",
        "Uma versão anterior deste artigo indicava uma data errada.",
        "(見出しを明確にして再送します)",
        "(本文3段落目の日付を訂正します)",
    ],
)
def test_corrections(line: str) -> None:
    assert is_correction(line)


@pytest.mark.parametrize(
    "line",
    [
        "The council voted to correct the error in the budget.",
        "(Adds union reaction in paragraphs 5-6)",
        "Corrections officers at the prison went on strike on Monday.",
        "In einer Version des Plans war die Brücke nicht vorgesehen.",
        "Correctiemaatregelen worden volgend jaar ingevoerd, zei de minister.",
    ],
)
def test_not_corrections(line: str) -> None:
    assert not is_correction(line)


def test_corrections_leave_the_body_for_the_front_matter() -> None:
    note = "(Corrects spelling of engineer's name in paragraph 3)"
    step = take_corrections([Block(note, line=4), Block("Engineers reopened the bridge.", line=6)])
    assert [b.text for b in step.blocks] == ["Engineers reopened the bridge."]
    assert step.evidence.corrections == (note,)
    assert [(r.rule, r.reason, r.line) for r in step.removals] == [
        ("correction", "correction moved to metadata", 4)
    ]
