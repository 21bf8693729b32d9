"""Every fixture page: ingest must reproduce the expected article, and the totals must hold."""

from __future__ import annotations

import pytest

from generator.ingest.score import compare, load_fixtures, produce, score_all
from generator.model.site import SiteConfig
from generator.model.wires import Registry
from tests.ingest.support import FIXTURES

FIXTURE_NAMES = [f.name for f in load_fixtures(FIXTURES)]


def test_there_are_enough_fixtures() -> None:
    fixtures = load_fixtures(FIXTURES)
    text = [f for f in fixtures if f.raw.suffix == ".txt" and not f.name.startswith("seed-")]
    html = [f for f in fixtures if f.raw.suffix != ".txt"]
    assert len(text) >= 10 and len(html) >= 6


@pytest.mark.parametrize("name", FIXTURE_NAMES)
def test_fixture_page(fixture_config: SiteConfig, fixture_wires: Registry, name: str) -> None:
    fixture = next(f for f in load_fixtures(FIXTURES) if f.name == name)
    produced = produce(fixture, fixture_config, fixture_wires)
    score = compare(name, fixture.expected, produced)
    assert score.leaks == ()
    assert score.f1 >= 0.97
    assert score.title and score.authors and score.published in (True, None)
    assert produced == fixture.expected


def test_totals_meet_the_targets(fixture_config: SiteConfig, fixture_wires: Registry) -> None:
    scores = score_all(FIXTURES, fixture_config, fixture_wires)
    overlap = sum(s.overlap for s in scores)
    precision = overlap / sum(s.produced_tokens for s in scores)
    recall = overlap / sum(s.expected_tokens for s in scores)
    assert 2 * precision * recall / (precision + recall) >= 0.97
    assert sum(len(s.leaks) for s in scores) == 0
    assert all(s.published is not False for s in scores)
