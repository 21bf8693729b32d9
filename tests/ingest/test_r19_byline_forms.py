"""Byline forms of set 19 (issue 21, round 19), on invented names: a byline ending with where it
was filed and the outlet's one-word name after a dash ('Por Ana Souza, De Porto Alto — Diário');
a name followed by its job title and desk ('Ana de Vries redacteur Binnenland')."""

from __future__ import annotations

import pytest

from generator.ingest.bylines import read_byline
from generator.model.site import SiteConfig
from generator.model.wires import DEFAULT
from tests.ingest.story_pages import ingested
from tests.ingest.test_line_model import STORIES


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Por Ana Souza, De Porto Alto — Diário", ("Ana Souza",)),
        ("By Jo Lee — Courier", ("Jo Lee",)),
        ("Ana de Vries redacteur Binnenland", ("Ana de Vries",)),
        ("Ana de Vries, redacteur Binnenland", ("Ana de Vries",)),
        ("Jo Lee, senior reporter", ("Jo Lee",)),
    ],
)
def test_byline_forms(line: str, authors: tuple[str, ...]) -> None:
    byline = read_byline(line, DEFAULT)
    assert byline is not None and byline.authors == authors


@pytest.mark.parametrize(
    "line",
    ["Premier Ana de Vries", "Health correspondent", "The harbour reporter said the quay was open."],
)
def test_no_name_from_other_lines(line: str) -> None:
    byline = read_byline(line, DEFAULT)
    assert byline is None or not byline.authors


@pytest.mark.parametrize(
    ("outlet", "line", "author"),
    [
        ("jornal-do-porto", "Por Ana Souza, De Porto Alto — Diário", "Ana Souza"),
        ("havenkrant", "Ana de Vries redacteur Binnenland", "Ana de Vries"),
    ],
)
def test_the_byline_under_the_headline(
    fixture_config: SiteConfig, outlet: str, line: str, author: str
) -> None:
    headline, dated, paragraphs = STORIES[outlet]
    text = "\n".join([headline, line, dated, *paragraphs]) + "\n"
    draft = ingested(fixture_config, outlet, text)
    assert draft.metadata.authors == (author,)
    assert [block.text for block in draft.blocks] == list(paragraphs)
