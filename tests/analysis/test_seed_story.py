"""The seed story end to end: the two real articles of the example site and its landmines note.

The expected result was checked by reading the articles: only NewsBytes has North Korean troops
in Kursk (the Reuters copy never names North Korea), North Korea's other arms and the Russian
lawmaker's warning; only the Reuters copy has Moscow's reading of the ATACMS strike and the
no-comment from Kyiv and Moscow; both have the non-persistent, battery-powered design and the
ATACMS strike. Left out, precision first: the Reuters copy's Washington Post credit (a short
sentence naming only a newsroom; the provenance shows it), Reuters' nuclear threshold (it names
nothing the other newsroom does not), and Moscow's warning that NATO would be directly involved,
which both say in other words ("nato", "direct", "involv" tie them).
"""

from __future__ import annotations

import pytest

from generator.analysis.pool import with_bodies
from generator.analysis.story import StoryAnalysis, analyse, story_articles
from generator.build import load_site
from generator.load.content import LoadOptions
from tests.conftest import REPO

REUTERS = "2024-11-20-japan-news-biden-approves-anti-personnel-mines"
NEWSBYTES = "2024-11-20-newsbytes-biden-administration-approves-supplying-ukraine"


@pytest.fixture(scope="module")
def seed(tmp_path_factory) -> StoryAnalysis:
    import shutil

    root = tmp_path_factory.mktemp("example")
    for name in ("site.yaml", "content"):
        (shutil.copytree if (REPO / name).is_dir() else shutil.copy)(REPO / name, root / name)
    site, report = load_site(root, LoadOptions())
    assert report.problems == []
    briefing = next(b for b in site.briefings if b.slug == "us-approves-landmines-for-ukraine")
    sources = with_bodies(root, story_articles(briefing, site.articles))
    result = analyse(briefing, sources, site.config.outlets)
    assert site.analyses[briefing.slug] == result  # what the load phase computed and cached
    return result


def texts(quotes) -> list[str]:
    return [q.text for q in quotes]


def test_coverage_and_first_publication(seed):
    assert seed.coverage.line == "2 articles · 2 newsrooms · 1 via Reuters"
    assert seed.first == REUTERS
    assert [(n.name, n.reprints) for n in seed.coverage.newsrooms] == [
        ("Reuters", (REUTERS,)),
        ("NewsBytes", ()),
    ]


def test_provenance(seed):
    first, said, told = seed.attributions
    # "President Vladimir Putin stated that ...": a statement of a speaker named in full
    assert said.label == "According to Vladimir Putin"
    assert first.label == "First reported by The Washington Post"
    assert [(m.article, m.line, m.text) for m in first.mentions] == [
        (REUTERS, 14, "The Washington Post first reported the development.")
    ]
    # "a U.S. official told Reuters" is an attribution in NewsBytes' copy; in Reuters' own copy
    # it is Reuters' own reporting. "According to reports" names no source: not shown.
    assert told.label == "A US official told Reuters"
    assert [m.article for m in told.mentions] == [NEWSBYTES]


def test_only_in_newsbytes(seed):
    _, newsbytes = seed.only_in
    assert (newsbytes.newsroom, newsbytes.articles) == ("newsbytes", (NEWSBYTES,))
    quoted = texts(newsbytes.sentences)
    assert len(quoted) == 3
    assert quoted[0].startswith("The move to provide anti-personnel mines comes as North Korean troops")
    assert quoted[1].startswith("North Korea has also been providing other arms")
    assert quoted[2].startswith("Russian lawmaker Maria Butina warned")


def test_only_in_the_reuters_copy(seed):
    reuters = seed.only_in[0]
    assert (reuters.newsroom, reuters.articles) == ("reuters", (REUTERS,))
    assert reuters.credits == ()  # "The Washington Post first reported the development.": too short
    quoted = texts(reuters.sentences)
    assert len(quoted) == 2
    assert any(
        t.startswith("The office of Ukraine’s President Volodymyr Zelenskiy")
        and t.endswith("did not immediately respond to Reuters’ requests to comment.")
        for t in quoted
    )
    assert any(t.startswith("Moscow said the use of ATACMS") for t in quoted)


def test_both_carry_the_design_and_the_atacms_strike(seed):
    everything = [q.text for fact in seed.agreed for q in fact.sentences]
    assert any("non-persistent" in t for t in everything)
    assert any("battery-operated" in t for t in everything)
    assert any("ATACMS" in t for t in everything)
    unique = [q.text for item in seed.only_in for q in item.sentences]
    assert not any("battery" in t or "ATACMS missiles to" in t for t in unique)
    assert seed.disputed == () and seed.not_compared == ()


def test_every_key_point_is_backed(seed):
    assert len(seed.evidence) == 6
    assert seed.findings == ()
    design = seed.evidence[3]
    by_article = {s.article: texts(s.quotes) for s in design.supports}
    assert any("non-persistent" in t for t in by_article[REUTERS])
    assert any("battery-operated" in t for t in by_article[NEWSBYTES])


def test_diversity(seed):
    assert [(f.name, f.line) for f in seed.diversity.facets] == [
        ("Countries", "GB 1, IN 1"),
        ("Languages", "en 2"),
        ("Kinds", "digital 1, wire 1"),
    ]
