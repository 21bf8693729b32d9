"""The analysis cache: a warm load analyses nothing; any input that changes analyses again."""

from __future__ import annotations

import pytest

from generator.analysis import pool
from generator.analysis.cache import AnalysisCache
from generator.build import load_site
from generator.load.content import LoadOptions


def cache_file(root):
    return AnalysisCache(root).path


def load(root):
    site, report = load_site(root, LoadOptions())
    return site, [str(p) for p in report.problems]


@pytest.fixture
def counted(monkeypatch):
    calls: list[str] = []
    real = pool.analyse

    def analyse(briefing, articles, outlets, wires, *rest):
        calls.append(briefing.slug)
        return real(briefing, articles, outlets, wires, *rest)

    monkeypatch.setattr(pool, "analyse", analyse)
    return calls


def test_a_warm_load_analyses_nothing_and_gives_the_same(make_site, counted):
    root = make_site()
    cold_site, cold_problems = load(root)
    assert counted == ["mines"] and cache_file(root).is_file()
    warm_site, warm_problems = load(root)
    assert counted == ["mines"]
    assert warm_problems == cold_problems and any("cites no source" in p for p in warm_problems)
    assert warm_site.analyses["mines"] == cold_site.analyses["mines"]


@pytest.mark.parametrize(
    ("path", "old", "new"),
    [
        ("content/articles/a1.md", "preset period", "fixed period"),  # an article's body
        ("content/articles/a1.md", "via: Reuters", "via: AFP"),  # its metadata
        ("content/briefings/mines.yaml", "Biden approved the mines.", "Biden approved mines."),  # a point
        ("content/briefings/mines.yaml", "title: Mines for Ukraine", "title: Mines for Kyiv"),  # its title
        ("content/briefings/mines.yaml", "The US approved", "Washington approved"),  # its summary
        ("content/articles/a1.md", "title: Mines approved", "title: Mines sent"),  # an article's title
        (
            "content/articles/a1.md",
            "authors: [Mike Stone]",
            'corrections: ["An earlier version gave the wrong date."]',
        ),  # its corrections (on the same line: the body's first line is read)
        ("site.yaml", "name: Reuters", "name: Reuters News"),  # the outlets
        (
            "site.yaml",
            "outlets:\n",
            "wires:\n  Agencia Norte:\n    aliases: [AgNorte]\noutlets:\n",
        ),  # the wires
    ],
)
def test_what_the_analysis_reads_invalidates_it(make_site, counted, path, old, new):
    root = make_site()
    load(root)
    file = root / path
    assert old in file.read_text()
    file.write_text(file.read_text().replace(old, new))
    load(root)
    assert counted == ["mines", "mines"]


def test_a_broken_cache_file_costs_only_speed(make_site, counted):
    root = make_site()
    load(root)
    cache_file(root).write_bytes(b"not a pickle")
    _, problems = load(root)
    assert counted == ["mines", "mines"] and any("cites no source" in p for p in problems)
