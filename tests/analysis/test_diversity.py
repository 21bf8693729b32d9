"""Diversity counts newsrooms by what site.yaml says about them."""

from __future__ import annotations

from generator.analysis.diversity import Profile, diversity, profile
from generator.analysis.wire import coverage
from tests.analysis.support import OUTLETS, article


def test_newsrooms_by_country_language_and_kind():
    articles = [
        article("a", "x", outlet="japan-news", via="Reuters"),
        article("b", "x", outlet="newsbytes", minutes=1),
        article("c", "x", outlet="daily", via="Agence X", minutes=2),
        article("d", "x", outlet="daily", minutes=3),
    ]
    profiles = [profile(n, OUTLETS) for n in coverage(articles, OUTLETS).newsrooms]
    found = diversity(profiles)
    assert found.newsrooms == 4
    assert [(f.name, f.line) for f in found.facets] == [
        ("Countries", "GB 1, IN 1, US 1, not recorded 1"),
        ("Languages", "en 2, not recorded 2"),
        ("Kinds", "wire 2, digital 1, newspaper 1"),
    ]


def test_one_newsroom_counts_once_across_stories():
    same = Profile("reuters", "GB", "en", "wire")
    assert diversity([same, same]).newsrooms == 1
    assert diversity([]).facets == ()
