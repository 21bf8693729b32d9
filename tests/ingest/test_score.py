"""The scorer itself: what counts as a leak, a found paragraph, the same instant."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.ingest.score import compare, load_fixtures, main, parse_article

EXPECTED = """---
title: Harbour strike ends
outlet: coast-courier
published: '2024-05-02T08:30:00+01:00'
authors:
- Ana Ruiz
---

Dockworkers voted to accept the offer.

## What the deal says

- a 6% rise
"""


def test_identical_articles_score_perfectly() -> None:
    score = compare("x", EXPECTED, EXPECTED)
    assert (score.f1, score.paragraphs_found, score.leaks, score.title, score.published, score.authors) == (
        1.0,
        3,
        (),
        True,
        True,
        True,
    )


def test_furniture_in_the_body_is_a_leak_and_costs_precision() -> None:
    produced = EXPECTED.replace("- a 6% rise\n", "- a 6% rise\n\nAdvertisement\n")
    score = compare("x", EXPECTED, produced)
    assert score.leaks == ("Advertisement",)
    assert score.precision < 1.0 and score.recall == 1.0


def test_a_credit_left_on_a_paragraph_is_a_leak() -> None:
    produced = EXPECTED.replace("the offer.", "the offer. (Reporting by Ana Ruiz)")
    score = compare("x", EXPECTED, produced)
    assert len(score.leaks) == 1 and score.paragraphs_found == 2


def test_published_compares_instants_not_strings() -> None:
    same = EXPECTED.replace("'2024-05-02T08:30:00+01:00'", "'2024-05-02T07:30:00+00:00'")
    assert compare("x", EXPECTED, same).published is True
    naive = EXPECTED.replace("'2024-05-02T08:30:00+01:00'", "'2024-05-02T08:30:00'")
    assert compare("x", EXPECTED, naive).published is False


def test_markdown_markers_are_not_text() -> None:
    _, blocks = parse_article(EXPECTED)
    assert blocks == ["Dockworkers voted to accept the offer.", "What the deal says", "a 6% rise"]


def test_main_prints_the_figures(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(Path(__file__).parent / "fixtures")]) == 0
    out = capsys.readouterr().out
    for figure in (
        "body F1:",
        "boilerplate leaks: 0",
        "title accuracy:",
        "published accuracy:",
        "author accuracy:",
    ):
        assert figure in out


def test_main_refuses_a_missing_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(tmp_path / "nope")]) == 2
    assert "no fixtures folder" in capsys.readouterr().err


def test_fixtures_side_by_side(tmp_path: Path) -> None:
    (tmp_path / "page.txt").write_text("Title\n", encoding="utf-8")
    (tmp_path / "page.expected.md").write_text(EXPECTED, encoding="utf-8")
    (tmp_path / "page.options.yaml").write_text("outlet: coast-courier\n", encoding="utf-8")
    (tmp_path / "lonely.txt").write_text("no expected file\n", encoding="utf-8")
    fixtures = load_fixtures(tmp_path)
    assert [(f.name, f.raw.name, f.options) for f in fixtures] == [
        ("page", "page.txt", {"outlet": "coast-courier"})
    ]
