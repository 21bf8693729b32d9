"""The learned wire-credit line reader (`meta_line_model`): which lines are candidates, how a
model file is refused, and what a line rated a credit does. Invented pages only."""

from __future__ import annotations

import pytest

from generator.ingest.line_model import Ensemble, ModelError, Tree
from generator.ingest.meta_line_model import (
    FEATURES,
    MetaLineModel,
    candidates,
    line_wire,
    parse,
    read_credit_line,
)
from generator.ingest.model import Block
from generator.model.wires import DEFAULT

HEADLINE = "Harbour town opens its new ferry pier"
PAGE = [
    HEADLINE,
    "Redacción EFE",
    "The pier in Vellmar Bay took three years to build and cost less than planned, the council said on Monday.",
    "Foto: Ana Prell / EFE",
    "Residents queued for the first crossing before dawn, and the mayor rode the second boat.",
    "Reuters reported the opening too.",
    "Marta Quill - Reuters",
    "The old quay will become a market hall next spring.",
    "© AFP",
]


def blocks(lines: list[str]) -> list[Block]:
    return [Block(text, line=number) for number, text in enumerate(lines, start=1)]


def model(log_odds: float, threshold: float) -> MetaLineModel:
    """A model that rates every candidate the same: one leaf holding `log_odds`."""
    return MetaLineModel(Ensemble(0.0, 1.0, (Tree((-2,), (-2.0,), (-1,), (-1,), (log_odds,)),)), threshold)


def test_a_photographer_credit_with_a_dash_is_no_candidate() -> None:
    # 'Name Name - EFE' closes a photo: the dash is no word of the wire's spelling
    assert line_wire("Marta Quill - Reuters", DEFAULT) == ("Reuters", True, 14, 21)
    page = blocks(PAGE)
    body = (page[2], page[4], page[5], page[7])
    found = [page[c.index].text for c in candidates(page, body, HEADLINE, DEFAULT)]
    # the photo line, the photographer's credit and the copyright sign are a picture's agency
    assert found == ["Redacción EFE", "Reuters reported the opening too."]


def test_a_lower_case_wire_of_three_letters_is_a_candidate_a_shorter_word_is_not() -> None:
    assert line_wire("redacción efe", DEFAULT) == ("EFE", False, 10, 13)
    assert line_wire("the ap of the town", DEFAULT) is None


def test_a_line_rated_a_credit_gives_the_wire_and_leaves_the_body() -> None:
    page = blocks(PAGE[:3])
    body = (page[1], page[2])
    via, kept, removed = read_credit_line(page, body, HEADLINE, DEFAULT, model(3.0, 0.9))
    assert via == "EFE"
    assert [b.text for b in kept] == [PAGE[2]]
    assert [(r.text, r.rule, r.reason, r.line) for r in removed] == [
        ("Redacción EFE", "wire-credit", "wire credit line, by the metadata line model", 2)
    ]


def test_a_line_rated_under_the_threshold_is_left_alone() -> None:
    page = blocks(PAGE[:3])
    body = (page[1], page[2])
    assert read_credit_line(page, body, HEADLINE, DEFAULT, model(1.0, 0.9)) == (None, body, ())


def test_a_model_of_other_features_is_refused_with_the_file_named() -> None:
    data = {"format": "briefing-meta-line-model", "feature_version": 1, "features": list(FEATURES[:-1])}
    with pytest.raises(ModelError) as error:
        parse(data, "meta.json")
    assert str(error.value) == "meta.json: features: the model was trained on other features; retrain it"
    with pytest.raises(ModelError) as error:
        parse({"format": "other"}, "meta.json")
    assert str(error.value) == "meta.json: format: expected 'briefing-meta-line-model'"
