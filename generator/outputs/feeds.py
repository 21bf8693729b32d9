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

from generator import __version__
from generator.model.site import Briefing, Site
from generator.render.pages import Page
from generator.render.urls import Urls
from generator.text.markup import render_block, render_inline

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


class Entries:
    """Each briefing's Atom `<entry>`, made once for all the feeds that carry it (the site's,
    its topics', its storyline's), for one site and one set of URLs."""

    def __init__(self, site: Site, urls: Urls):
        self.site, self.urls = site, urls
        self._made: dict[str, str] = {}

    def of(self, briefing: Briefing) -> str:
        found = self._made.get(briefing.slug)
        if found is None:
            found = self._made[briefing.slug] = _entry(briefing, self.site, self.urls)
        return found


def _entry(briefing: Briefing, site: Site, urls: Urls) -> str:
    """One `<entry>`, indented as the second level of a feed."""
    link = urls.absolute(urls.story(briefing.slug))
    topics = site.config.topics
    lines = [
        _leaf("id", entry_id(briefing, urls)),
        _leaf("title", briefing.title),
        _empty("link", (("rel", "alternate"), ("type", "text/html"), ("href", link))),
        _leaf("published", briefing.date.isoformat()),
        _leaf("updated", _updated(briefing).isoformat()),
        *(_empty("category", (("term", slug), ("label", topics[slug].name))) for slug in briefing.topics),
        _leaf("summary", render_block(briefing.summary).striptags()),
        _leaf("content", entry_html(briefing, site), (("type", "html"),)),
    ]
    return "  <entry>\n    " + "\n    ".join(lines) + "\n  </entry>"


def atom(
    site: Site,
    urls: Urls,
    briefings: Sequence[Briefing],
    title: str,
    self_rel: str,
    page_rel: str,
    entries: Entries | None = None,
) -> bytes:
    """One Atom feed (RFC 4287) of the newest `feed_length` briefings.

    Written as text, laid out as ElementTree's `indent` and `tostring` lay it out (a test holds
    the two equal); `entries` shares each entry between the feeds of one build."""
    config = site.config
    entries = entries or Entries(site, urls)
    newest_first = chosen(briefings, config.feed_length)
    newest = max((_updated(b) for b in newest_first), default=None)
    lines = [
        f'<feed xmlns="{ATOM}" xml:lang="{_attribute(config.language)}">',
        _leaf("id", urls.absolute(self_rel)),
        _leaf("title", title),
        *([_leaf("subtitle", config.description)] if config.description else []),
        _leaf("updated", (newest or EPOCH).isoformat()),
        _empty(
            "link", (("rel", "self"), ("type", "application/atom+xml"), ("href", urls.absolute(self_rel)))
        ),
        _empty("link", (("rel", "alternate"), ("type", "text/html"), ("href", urls.absolute(page_rel)))),
        f"<author>\n    {_leaf('name', config.author or config.title)}\n  </author>",
        _leaf("generator", "briefing-site", (("version", __version__),)),
    ]
    body = "\n  ".join(lines) + "".join("\n" + entries.of(b) for b in newest_first)
    return f'<?xml version="1.0" encoding="utf-8"?>\n{body}\n</feed>\n'.encode()


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
    items = []
    for page in pages:
        if page.noindex:
            continue
        lastmod = "" if page.modified is None else f"\n    {_leaf('lastmod', page.modified.isoformat())}"
        items.append(f"\n  <url>\n    {_leaf('loc', urls.absolute(page.rel))}{lastmod}\n  </url>")
    if not items:
        return f'<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="{SITEMAP}" />\n'.encode()
    body = "".join(items)
    return f'<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="{SITEMAP}">{body}\n</urlset>\n'.encode()


def robots(urls: Urls) -> bytes:
    """`robots.txt` that allows everything and names the sitemap."""
    return f"User-agent: *\nAllow: /\n\nSitemap: {urls.absolute(urls.sitemap())}\n".encode()


def _text(text: str) -> str:
    """Character data, escaped as ElementTree escapes it (&, < and >)."""
    return escape(text, quote=False)


def _attribute(value: str) -> str:
    """An attribute value, escaped as ElementTree escapes it (not `escape`'s quote=True, which
    also turns ' into &#x27;)."""
    value = escape(value, quote=False)
    for char, entity in (('"', "&quot;"), ("\r", "&#13;"), ("\n", "&#10;"), ("\t", "&#09;")):
        if char in value:
            value = value.replace(char, entity)
    return value


def _attributes(attributes: Iterable[tuple[str, str]]) -> str:
    return "".join(f' {name}="{_attribute(value)}"' for name, value in attributes)


def _leaf(tag: str, text: str, attributes: Iterable[tuple[str, str]] = ()) -> str:
    """An element holding only text (`<tag />` when the text is empty, as ElementTree has it)."""
    if not text:
        return _empty(tag, attributes)
    return f"<{tag}{_attributes(attributes)}>{_text(text)}</{tag}>"


def _empty(tag: str, attributes: Iterable[tuple[str, str]]) -> str:
    return f"<{tag}{_attributes(attributes)} />"
