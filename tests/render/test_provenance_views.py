"""The example site's pages show the analysis: coverage, provenance, evidence, what each adds,
storylines (page, navigation, feed, sitemap) and the history of updates and corrections."""

from __future__ import annotations

import html
import json
import re
import shutil
from pathlib import Path

import feedparser
import pytest

from generator.build import BuildOptions, build
from tests.conftest import REPO

SEED = "stories/us-approves-landmines-for-ukraine/index.html"
STORYLINE = "storylines/us-weapons-and-russias-answer/"


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("example")
    for name in ("site.yaml", "content", "templates", "static"):
        (shutil.copytree if (REPO / name).is_dir() else shutil.copy)(REPO / name, root / name)
    result = build(root, BuildOptions(search=False))
    assert result.warnings == ()
    return root / "output"


def read(site: Path, rel: str) -> str:
    return (site / rel).read_text(encoding="utf-8")


def text(markup: str) -> str:
    """What a reader sees: tags removed, entities decoded, spaces collapsed."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", markup)).split()).replace(" )", ")")


def section(page: str, heading_id: str) -> str:
    match = re.search(rf'<section aria-labelledby="{heading_id}".*?</section>', page, re.S)
    assert match, heading_id
    return match.group(0)


def test_coverage_and_provenance(site):
    shown = text(section(read(site, SEED), "provenance"))
    assert "2 articles · 2 newsrooms · 1 via Reuters" in shown
    assert "First published by Reuters via The Japan News , 20 November 2024, 16:16 UTC+09:00" in shown
    assert "First reported by The Washington Post (according to Reuters)" in shown
    # in Reuters' own copy "told Reuters" is its own reporting, not an attribution
    assert "A US official told Reuters (according to NewsBytes)" in shown
    assert "Newsrooms 2 Countries GB 1, IN 1 Languages en 2 Kinds digital 1, wire 1" in shown


def test_each_attribution_links_to_its_sentence(site):
    page = section(read(site, SEED), "provenance")
    link = re.search(r'First reported by The Washington Post \(according to <a href="([^"]+)"', page)
    assert link and link.group(1) == (
        "https://japannews.yomiuri.co.jp/news-services/reuters/20241120-223483"
        "#:~:text=The%20Washington%20Post%20first%20reported%20the%20development."
    )
    # NewsBytes' URL is not recorded: its mention links to its entry in the source list
    assert re.search(r'\(according to <a href="#source-2">NewsBytes</a>\)', page)


def test_key_points_show_their_evidence_on_demand(site):
    points = section(read(site, SEED), "key-points")
    assert points.count('<details class="evidence"') == 6
    first = re.search(r"<details.*?</details>", points, re.S).group(0)
    shown = text(first)
    assert shown.startswith("Evidence (2 sentences)")
    assert "“President Joe Biden has approved provision of anti-personnel land mines to Ukraine" in shown
    assert "— Reuters via The Japan News 1 · in the original" in shown
    assert "— NewsBytes 2 · link to the original not recorded" in shown


def test_what_each_source_adds(site):
    shown = text(section(read(site, SEED), "what-each-source-adds"))
    reuters, rest = shown.split("Only in NewsBytes")
    newsbytes, agreed = rest.split("Carried by every newsroom")
    assert "Only in Reuters" in reuters
    assert "did not immediately respond to Reuters’ requests to comment.”" in reuters
    assert "Moscow said the use of ATACMS" in reuters
    assert reuters.count("“") == 2  # two quotes
    assert "North Korean troops have reportedly been engaged in fighting in Russia's Kursk" in newsbytes
    assert "North Korea has also been providing other arms" in newsbytes
    assert "Russian lawmaker Maria Butina warned" in newsbytes
    assert newsbytes.count("“") == 3
    assert "non-persistent" in agreed
    assert "ATACMS missiles to hit Russian territory" in agreed
    assert "North Korea" not in agreed and "Butina" not in agreed


def test_reprints_are_grouped_under_their_wire(site):
    sources = section(read(site, SEED), "sources")
    group = re.search(r'<li class="source-group">.*?</ol>\s*</li>', sources, re.S).group(0)
    assert "Reuters copy: 1 reprint" in group and 'id="source-1"' in group and 'id="source-2"' not in group


def test_storyline_navigation_page_feed_and_sitemap(site):
    page = read(site, SEED)
    nav = text(re.search(r'<nav class="storyline-nav".*?</nav>', page, re.S).group(0))
    assert nav == (
        "Part 3 of 3 in the storyline US weapons for Ukraine and Russia's answer, November 2024 "
        "Previously in this story: Putin lowers Russia's threshold for a nuclear strike"
    )
    first = text(read(site, "stories/ukraine-first-atacms-strikes-on-russia/index.html"))
    assert "Next in this story: Putin lowers Russia's threshold" in first and "Previously" not in first
    assert "storyline" not in read(site, "stories/north-korea-troops-and-arms-for-russia/index.html")

    storyline = read(site, STORYLINE + "index.html")
    titles = re.findall(r'<h2 class="card-title"><a href="[^"]+">([^<]+)</a>', storyline)
    assert [html.unescape(t) for t in titles] == [
        "Ukraine strikes Russian territory with US ATACMS missiles for the first time",
        "Putin lowers Russia's threshold for a nuclear strike",
        "Biden approves anti-personnel landmines for Ukraine",
    ]
    feed = feedparser.parse((site / STORYLINE / "feed.xml").read_bytes())
    assert not feed.bozo and len(feed.entries) == 3
    assert "https://example.github.io/briefing-site/" + STORYLINE in read(site, "sitemap.xml")


def test_history_updated_and_json_ld_correction(site):
    page = read(site, SEED)
    history = text(section(page, "history"))
    assert history.startswith("Updates and corrections Correction 1 December 2026 : An earlier version")
    assert (
        'Updated <time datetime="2026-12-01">1 December 2026</time> · <a href="#history">1 correction</a>'
        in page
    )
    (block,) = re.findall(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
    data = json.loads(block)
    assert data["dateModified"] == "2026-12-01"  # a day, as the update gives it: not midnight
    (correction,) = data["correction"]
    assert correction["@type"] == "CorrectionComment" and correction["datePublished"] == "2026-12-01"
    assert correction["text"].startswith("An earlier version called this")
    assert data["isPartOf"]["url"] == "https://example.github.io/briefing-site/" + STORYLINE
    entry = next(
        e
        for e in feedparser.parse((site / "feed.xml").read_bytes()).entries
        if e.title.startswith("Biden approves")
    )
    assert entry.updated == "2026-12-01T00:00:00+00:00"
    assert (
        "<loc>https://example.github.io/briefing-site/stories/us-approves-landmines-for-ukraine/</loc>\n"
        "    <lastmod>2026-12-01T00:00:00+00:00</lastmod>"
    ) in read(site, "sitemap.xml")


def test_topic_pages_show_their_newsrooms(site):
    shown = text(read(site, "topics/war-in-ukraine/index.html"))
    assert "Newsrooms 2 Countries GB 1, IN 1 Languages en 2 Kinds digital 1, wire 1" in shown
