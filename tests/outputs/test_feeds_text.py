"""Feeds and the sitemap are written as text, byte for byte as ElementTree wrote them before.

The ElementTree versions below are the oracle: the earlier implementation, kept here only.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from xml.etree import ElementTree as ET

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator import __version__
from generator.build import load_site
from generator.load.content import LoadOptions
from generator.outputs import feeds
from generator.render.pages import Page
from generator.render.urls import Urls
from tests.conftest import BRIEFING, write_site


def _sub(parent: ET.Element, tag: str, text: str) -> ET.Element:
    element = ET.SubElement(parent, tag)
    element.text = text
    return element


def elementtree_atom(site, urls, briefings, title, self_rel, page_rel) -> bytes:
    newest_first = feeds.chosen(briefings, site.config.feed_length)
    feed = ET.Element("feed", xmlns=feeds.ATOM)
    feed.set("xml:lang", site.config.language)
    _sub(feed, "id", urls.absolute(self_rel))
    _sub(feed, "title", title)
    if site.config.description:
        _sub(feed, "subtitle", site.config.description)
    newest = max(((b.updated or b.date) for b in newest_first), default=None)
    _sub(feed, "updated", (newest or feeds.EPOCH).isoformat())
    ET.SubElement(feed, "link", rel="self", type="application/atom+xml", href=urls.absolute(self_rel))
    ET.SubElement(feed, "link", rel="alternate", type="text/html", href=urls.absolute(page_rel))
    author = ET.SubElement(feed, "author")
    _sub(author, "name", site.config.author or site.config.title)
    _sub(feed, "generator", "briefing-site").set("version", __version__)
    for briefing in newest_first:
        entry = ET.SubElement(feed, "entry")
        _sub(entry, "id", feeds.entry_id(briefing, urls))
        _sub(entry, "title", briefing.title)
        link = urls.absolute(urls.story(briefing.slug))
        ET.SubElement(entry, "link", rel="alternate", type="text/html", href=link)
        _sub(entry, "published", briefing.date.isoformat())
        _sub(entry, "updated", (briefing.updated or briefing.date).isoformat())
        for slug in briefing.topics:
            ET.SubElement(entry, "category", term=slug, label=site.config.topics[slug].name)
        _sub(entry, "summary", feeds.render_block(briefing.summary).striptags())
        _sub(entry, "content", feeds.entry_html(briefing, site)).set("type", "html")
    ET.indent(feed)
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="utf-8") + b"\n"


def elementtree_sitemap(pages, urls) -> bytes:
    root = ET.Element("urlset", xmlns=feeds.SITEMAP)
    for page in pages:
        if page.noindex:
            continue
        url = ET.SubElement(root, "url")
        _sub(url, "loc", urls.absolute(page.rel))
        if page.modified is not None:
            _sub(url, "lastmod", page.modified.isoformat())
    ET.indent(root)
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="utf-8") + b"\n"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    second = BRIEFING.replace("title: Mines for Ukraine", "title: Second").replace("2024-11-20", "2024-11-21")
    root = write_site(tmp_path_factory.mktemp("feeds"), {"content/briefings/second.yaml": second})
    loaded, report = load_site(root, LoadOptions())
    assert not report.errors and len(loaded.briefings) == 2
    return loaded


# Every character either escaper treats specially, white space, and some plain text.
awkward = st.text(alphabet=st.sampled_from(list("ab &<>\"'\r\n\t é—")), max_size=12)


@settings(max_examples=150, deadline=None)
@given(
    title=awkward,
    description=awkward,
    author=awkward,
    language=awkward,
    story=awkward,
    summary=awkward,
    topic=awkward,
    length=st.integers(0, 3),
)
def test_atom_is_what_elementtree_wrote(
    site, title, description, author, language, story, summary, topic, length
):
    topics = {slug: replace(t, name=topic) for slug, t in site.config.topics.items()}
    config = replace(
        site.config,
        description=description,
        author=author,
        language=language,
        feed_length=length,
        topics=topics,
    )
    first = replace(site.briefings[0], title=story, summary=summary or "s")
    edited = replace(site, config=config, briefings=(first, *site.briefings[1:]))
    urls = Urls(config.base_url)
    entries = feeds.Entries(edited, urls)
    for briefings in (edited.briefings, (), edited.briefings[1:]):  # entries shared between feeds
        made = feeds.atom(edited, urls, briefings, title, "topics/x/feed.xml", "topics/x/", entries)
        assert made == elementtree_atom(edited, urls, briefings, title, "topics/x/feed.xml", "topics/x/")


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.text(alphabet=st.sampled_from(list("a/&<>\"' é")), max_size=8).map("x{}".format),
            st.booleans(),
            st.one_of(st.none(), st.just(datetime(2024, 11, 20, 9, 30, tzinfo=UTC))),
        ),
        max_size=4,
    )
)
def test_sitemap_is_what_elementtree_wrote(listed):
    urls = Urls("https://user.github.io/repo/")
    pages = [Page(rel, "x.html", "", lambda: None, modified, noindex) for rel, noindex, modified in listed]
    assert feeds.sitemap(pages, urls) == elementtree_sitemap(pages, urls)
