"""Atom feeds (the site's and one per topic), a JSON Feed, a sitemap and robots.txt.

Entry ids are tag URIs minted from the site's host, the briefing's first date and its slug, so
they never change when a briefing is edited; `updated` moves with the briefing's `updated`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from html import escape
from urllib.parse import urlsplit
from xml.etree import ElementTree as ET

from generator import __version__
from generator.markup import render_block, render_inline
from generator.models import Briefing, Site
from generator.pages import Page
from generator.urls import Urls

ATOM = "http://www.w3.org/2005/Atom"
SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9"
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def entry_id(briefing: Briefing, urls: Urls) -> str:
    """A permanent id for a briefing: tag:host,date:/base/stories/slug."""
    host = urlsplit(urls.base_url).hostname or "localhost"
    return f"tag:{host},{briefing.date.date().isoformat()}:{urls.base_path}{urls.story(briefing.slug)}"


def entry_html(briefing: Briefing, site: Site) -> str:
    """The entry content: summary, key points, and the sources the story rests on."""
    parts = [str(render_block(briefing.summary))]
    if briefing.key_points:
        points = "".join(f"<li>{render_inline(p.text)}</li>" for p in briefing.key_points)
        parts.append(f"<h2>Key points</h2><ul>{points}</ul>")
    if briefing.why_it_matters:
        parts.append(f"<h2>Why it matters</h2>{render_block(briefing.why_it_matters)}")
    sources = [site.articles[i] for i in briefing.sources if i in site.articles]
    if sources:
        items = []
        for article in sources:
            outlet = site.config.outlets[article.outlet].name
            title = escape(article.title)
            link = f'<a href="{escape(article.url)}">{title}</a>' if article.url else title
            items.append(f"<li>{escape(outlet)}: {link}</li>")
        parts.append(f"<h2>Sources</h2><ul>{''.join(items)}</ul>")
    return "".join(parts)


def _updated(briefing: Briefing) -> datetime:
    return briefing.updated or briefing.date


def chosen(briefings: Iterable[Briefing], length: int) -> list[Briefing]:
    """The briefings a feed carries: the `length` most recently updated."""
    return sorted(briefings, key=lambda b: (_updated(b), b.slug), reverse=True)[:length]


def atom(
    site: Site, urls: Urls, briefings: Sequence[Briefing], title: str, self_rel: str, page_rel: str
) -> bytes:
    """One Atom feed (RFC 4287) of the newest `feed_length` briefings."""
    newest_first = chosen(briefings, site.config.feed_length)
    feed = ET.Element("feed", xmlns=ATOM)
    feed.set("xml:lang", site.config.language)
    _text(feed, "id", urls.absolute(self_rel))
    _text(feed, "title", title)
    if site.config.description:
        _text(feed, "subtitle", site.config.description)
    newest = max((_updated(b) for b in newest_first), default=None)
    _text(feed, "updated", (newest or EPOCH).isoformat())
    ET.SubElement(feed, "link", rel="self", type="application/atom+xml", href=urls.absolute(self_rel))
    ET.SubElement(feed, "link", rel="alternate", type="text/html", href=urls.absolute(page_rel))
    author = ET.SubElement(feed, "author")
    _text(author, "name", site.config.author or site.config.title)
    generator = _text(feed, "generator", "briefing-site")
    generator.set("version", __version__)
    for briefing in newest_first:
        entry = ET.SubElement(feed, "entry")
        _text(entry, "id", entry_id(briefing, urls))
        _text(entry, "title", briefing.title)
        link = urls.absolute(urls.story(briefing.slug))
        ET.SubElement(entry, "link", rel="alternate", type="text/html", href=link)
        _text(entry, "published", briefing.date.isoformat())
        _text(entry, "updated", _updated(briefing).isoformat())
        for slug in briefing.topics:
            ET.SubElement(entry, "category", term=slug, label=site.config.topics[slug].name)
        _text(entry, "summary", render_block(briefing.summary).striptags())
        _text(entry, "content", entry_html(briefing, site)).set("type", "html")
    ET.indent(feed)
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="utf-8") + b"\n"


def json_feed(site: Site, urls: Urls) -> bytes:
    """The site's JSON Feed 1.1."""
    data = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": site.config.title,
        "home_page_url": urls.absolute(urls.home()),
        "feed_url": urls.absolute(urls.json_feed()),
        "description": site.config.description,
        "language": site.config.language,
        "authors": [{"name": site.config.author or site.config.title}],
        "items": [
            {
                "id": entry_id(b, urls),
                "url": urls.absolute(urls.story(b.slug)),
                "title": b.title,
                "summary": render_block(b.summary).striptags(),
                "content_html": entry_html(b, site),
                "date_published": b.date.isoformat(),
                "date_modified": _updated(b).isoformat(),
                "tags": [site.config.topics[t].name for t in b.topics],
            }
            for b in chosen(site.briefings, site.config.feed_length)
        ],
    }
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def sitemap(pages: Iterable[Page], urls: Urls) -> bytes:
    """`sitemap.xml`: every indexable page with its last modification."""
    root = ET.Element("urlset", xmlns=SITEMAP)
    for page in pages:
        if page.noindex:
            continue
        url = ET.SubElement(root, "url")
        _text(url, "loc", urls.absolute(page.rel))
        when = page.modified
        if when is not None:
            _text(url, "lastmod", when.isoformat())
    ET.indent(root)
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="utf-8") + b"\n"


def robots(urls: Urls) -> bytes:
    """`robots.txt` that allows everything and names the sitemap."""
    return f"User-agent: *\nAllow: /\n\nSitemap: {urls.absolute(urls.sitemap())}\n".encode()


def _text(parent: ET.Element, tag: str, text: str) -> ET.Element:
    element = ET.SubElement(parent, tag)
    element.text = text
    return element
