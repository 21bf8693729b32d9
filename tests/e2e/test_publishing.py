"""Feeds, sitemap, robots.txt, structured data and search of the example site, served under a sub-path."""

from __future__ import annotations

import json
import re
import urllib.request
from xml.etree import ElementTree as ET

import feedparser
import pytest

from tests.e2e.conftest import BASE_URL

pytestmark = pytest.mark.e2e
STORY = "stories/us-approves-landmines-for-ukraine/"


def get(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=10) as response:
        assert response.status == 200, url
        return response.read()


def test_site_feed_is_valid_atom_with_absolute_links(served):
    feed = feedparser.parse(get(served + "feed.xml"))
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "atom10"
    assert len(feed.entries) == 4
    for entry in feed.entries:
        assert entry.id.startswith("tag:someone.github.io,2024-11-")
        assert entry.link.startswith(BASE_URL + "stories/")
        assert entry.published and entry.updated and entry.summary
        assert "Key points" in entry.content[0].value
    assert {link.href for link in feed.feed.links} == {BASE_URL + "feed.xml", BASE_URL}


def test_topic_feeds_and_json_feed(served):
    feed = feedparser.parse(get(served + "topics/landmines/feed.xml"))
    assert not feed.bozo and [e.title for e in feed.entries] == [
        "Biden approves anti-personnel landmines for Ukraine"
    ]
    data = json.loads(get(served + "feed.json"))
    assert data["version"] == "https://jsonfeed.org/version/1.1"
    assert data["feed_url"] == BASE_URL + "feed.json" and len(data["items"]) == 4


def test_pages_name_their_feeds(built):
    topic = (built / "topics/landmines/index.html").read_text()
    assert 'type="application/atom+xml" title="Briefing Desk" href="/briefing-site/feed.xml"' in topic
    assert 'href="/briefing-site/topics/landmines/feed.xml"' in topic


def test_sitemap_lists_every_indexable_page_with_lastmod(served, built):
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    root = ET.fromstring(get(served + "sitemap.xml"))
    entries = {u.findtext("s:loc", namespaces=ns): u.findtext("s:lastmod", namespaces=ns) for u in root}
    html_pages = {
        BASE_URL + p.relative_to(built).as_posix().removesuffix("index.html")
        for p in built.rglob("*.html")
        if "pagefind" not in p.parts
    }
    assert set(entries) == html_pages - {BASE_URL + "404.html", BASE_URL + "search/"}
    assert all(entries.values()), [loc for loc, lastmod in entries.items() if not lastmod]
    robots = get(served + "robots.txt").decode()
    assert f"Sitemap: {BASE_URL}sitemap.xml" in robots


def structured(html: str) -> list[dict]:
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return [json.loads(block) for block in blocks]


def test_every_page_has_valid_structured_data(built):
    for page in built.rglob("*.html"):
        if "pagefind" in page.parts or page.name == "404.html" or "search" in page.parts:
            continue
        data = structured(page.read_text())
        assert len(data) == 1, page


def test_story_is_a_news_article_citing_its_sources(built):
    html = (built / STORY / "index.html").read_text()
    (data,) = structured(html)
    assert data["@type"] == "NewsArticle" and data["url"] == BASE_URL + STORY
    assert data["datePublished"] == "2024-11-20T09:00:00+00:00"
    assert {s["publisher"]["name"] for s in data["citation"]} == {"NewsBytes", "The Japan News"}
    assert data["isBasedOn"] == data["citation"]
    assert [a["name"] for a in data["about"]] == ["War in Ukraine", "Landmines", "US foreign policy"]
    assert '<meta property="og:type" content="article">' in html
    assert '<meta property="article:published_time" content="2024-11-20T09:00:00+00:00">' in html
    assert html.count('<meta property="article:tag"') == 3
    assert '<meta name="twitter:card" content="summary">' in html


def test_lists_are_collection_pages_and_home_is_the_website(built):
    (topic,) = structured((built / "topics/landmines/index.html").read_text())
    assert topic["@type"] == "CollectionPage" and topic["mainEntity"]["numberOfItems"] == 1
    (outlet,) = structured((built / "sources/newsbytes/index.html").read_text())
    assert outlet["@type"] == "CollectionPage"
    (home,) = structured((built / "index.html").read_text())
    assert {node["@type"] for node in home["@graph"]} == {"WebSite", "Organization"}


def test_search_bundle_is_served_under_the_sub_path(served):
    entry = json.loads(get(served + "pagefind/pagefind-entry.json"))
    assert entry["languages"]["en"]["page_count"] == 4  # only the story pages are indexed
    assert get(served + "pagefind/pagefind-ui.js")
    search = get(served + "search/").decode()
    assert 'src="/briefing-site/pagefind/pagefind-ui.js"' in search
