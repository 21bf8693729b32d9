"""Newsrooms: credits read through the wire registry, and copies found in the text."""

from __future__ import annotations

from generator.analysis.cache import outlets_digest
from generator.analysis.wire import coverage
from generator.build import load_site
from generator.load.content import LoadOptions
from generator.model.wires import DEFAULT, Wire, with_extra
from tests.analysis.support import OUTLETS, article


def test_reprint_of_a_known_wire_is_its_newsroom():
    articles = [
        article("jn", "x", outlet="japan-news", via="Reuters", minutes=0),
        article("nb", "y", outlet="newsbytes", minutes=20),
    ]
    counted = coverage(articles, OUTLETS)
    assert counted.line == "2 articles · 2 newsrooms · 1 via Reuters"
    assert [(n.name, n.outlet, n.articles, n.reprints) for n in counted.newsrooms] == [
        ("Reuters", "reuters", ("jn",), ("jn",)),
        ("NewsBytes", "newsbytes", ("nb",), ()),
    ]
    assert [(c.article, c.reason, c.source, c.evidence) for c in counted.newsrooms[0].copies] == [
        ("jn", "credit", None, None)
    ]


def test_the_wire_itself_and_its_reprints_are_one_newsroom():
    articles = [
        article("own", "x", outlet="reuters", minutes=0),
        article("re1", "x", outlet="japan-news", via="reuters", minutes=5),
        article("re2", "x", outlet="daily", via="Thomson Reuters", minutes=9),
        article("ap", "x", outlet="daily", via="Associated Press", minutes=7),
    ]
    counted = coverage(articles, OUTLETS)
    assert counted.line == "4 articles · 2 newsrooms · 2 via Reuters · 1 via AP"
    assert [n.key for n in counted.newsrooms] == ["reuters", "via:ap"]


def test_credits_spelled_three_ways_are_one_newsroom():
    articles = [
        article("a", "First report.", outlet="japan-news", via="AP", minutes=0),
        article("b", "Second report.", outlet="newsbytes", via="Associated Press", minutes=1),
        article("c", "Third report.", outlet="daily", via="The Associated Press", minutes=2),
    ]
    counted = coverage(articles, OUTLETS)
    assert counted.line == "3 articles · 1 newsroom · 3 via AP"
    assert [(n.key, n.name, n.outlet, n.articles) for n in counted.newsrooms] == [
        ("via:ap", "AP", None, ("a", "b", "c"))
    ]


def test_a_site_s_own_wire_spellings_name_one_newsroom_and_key_the_analysis():
    articles = [
        article("a", "First report.", outlet="japan-news", via="Agencia Norte", minutes=0),
        article("b", "Second report.", outlet="newsbytes", via="AgNorte", minutes=1),
    ]
    assert (
        coverage(articles, OUTLETS).line == "2 articles · 2 newsrooms · 1 via Agencia Norte · 1 via AgNorte"
    )
    site = with_extra([Wire("Agencia Norte", "Agencia Norte", ("AgNorte",))])
    assert coverage(articles, OUTLETS, site).line == "2 articles · 1 newsroom · 2 via Agencia Norte"
    assert outlets_digest(OUTLETS, site) != outlets_digest(OUTLETS, DEFAULT)
    assert outlets_digest(OUTLETS, with_extra([])) == outlets_digest(OUTLETS, DEFAULT)


def test_no_articles():
    assert coverage([], OUTLETS).line == "No source articles."
    assert coverage([article("a", "x")], OUTLETS).line == "1 article · 1 newsroom"


def test_the_site_s_wires_reach_the_analysis(make_site):
    """`site.yaml`'s `wires:` name the newsrooms a story page counts (SiteConfig.wires)."""
    credited = "---\ntitle: T{n}\noutlet: {outlet}\npublished: 2024-11-20T0{n}:00:00Z\nvia: {via}\n---\n\nReport {n}.\n"
    files = {
        "content/articles/a1.md": credited.format(n=1, outlet="japan-news", via="Agencia Norte"),
        "content/articles/a2.md": credited.format(n=2, outlet="reuters", via="AgNorte"),
        "content/briefings/mines.yaml": "title: Mines\ndate: 2024-11-20\nsummary: S.\nkey_points:\n  - text: P.\n    sources: [a1, a2]\n",
    }
    site, _ = load_site(make_site(files), LoadOptions())
    assert (
        site.analyses["mines"].coverage.line
        == "2 articles · 2 newsrooms · 1 via Agencia Norte · 1 via AgNorte"
    )
    site_yaml = make_site(files) / "site.yaml"
    site_yaml.write_text(
        site_yaml.read_text().replace(
            "outlets:\n", "wires:\n  Agencia Norte:\n    aliases: [AgNorte]\noutlets:\n"
        )
    )
    site, _ = load_site(site_yaml.parent, LoadOptions())
    assert site.analyses["mines"].coverage.line == "2 articles · 1 newsroom · 2 via Agencia Norte"
