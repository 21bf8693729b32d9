"""Structured data for page heads: schema.org JSON-LD, serialised so it cannot break out."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from markupsafe import Markup

from generator.model.site import Article, Briefing, Site
from generator.render.urls import Urls
from generator.text.markup import render_inline

_SCRIPT_ESCAPES = (
    ("<", "\\u003c"),
    (">", "\\u003e"),
    ("&", "\\u0026"),
    ("\u2028", "\\u2028"),
    ("\u2029", "\\u2029"),
)


def json_ld(data: dict[str, Any]) -> Markup:
    """JSON for a `<script type="application/ld+json">`: sorted, and `</script>` cannot occur."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for char, escaped in _SCRIPT_ESCAPES:  # str.replace: much faster than str.translate here
        text = text.replace(char, escaped)
    return Markup(text)


def _iso(moment: datetime, date_only: bool) -> str:
    """A moment as schema.org reads it: a day given without a time of day is a `Date`, not midnight."""
    return moment.date().isoformat() if date_only else moment.isoformat()


def _modified(briefing: Briefing) -> str:
    """When a briefing last changed: its last update's (a day, when that entry gives one), or its date."""
    if briefing.updated is None:
        return _iso(briefing.date, briefing.date_only)
    return _iso(briefing.updated, briefing.updated_date_only)


def _publisher(site: Site, urls: Urls) -> dict[str, Any]:
    return {
        "@type": "Organization",
        "name": site.config.author or site.config.title,
        "url": urls.absolute(urls.home()),
    }


def _source(article: Article, site: Site) -> dict[str, Any]:
    outlet = site.config.outlets[article.outlet]
    data: dict[str, Any] = {
        "@type": "NewsArticle",
        "headline": article.title,
        "datePublished": _iso(article.published, article.date_only),
        "publisher": {"@type": "Organization", "name": outlet.name},
    }
    if article.url:
        data["url"] = article.url
    if article.updated:
        data["dateModified"] = article.updated.isoformat()
    if article.authors:
        data["author"] = [{"@type": "Person", "name": name} for name in article.authors]
    if article.via:
        data["sourceOrganization"] = {"@type": "Organization", "name": article.via}
    return data


def story(briefing: Briefing, site: Site, urls: Urls, description: str) -> Markup:
    """A briefing as a `NewsArticle` that cites, and is based on, its source articles."""
    url = urls.absolute(urls.story(briefing.slug))
    sources = [_source(site.articles[i], site) for i in briefing.sources if i in site.articles]
    topics = [site.config.topics[t].name for t in briefing.topics]
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": briefing.title,
        "description": description,
        "url": url,
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "datePublished": _iso(briefing.date, briefing.date_only),
        "dateModified": _modified(briefing),
        "inLanguage": site.config.language,
        "author": _publisher(site, urls),
        "publisher": _publisher(site, urls),
        "about": [{"@type": "Thing", "name": name} for name in topics],
        "keywords": topics,
        "citation": sources,
        "isBasedOn": sources,
    }
    corrections = [
        {
            "@type": "CorrectionComment",
            "text": render_inline(u.text).striptags(),
            "datePublished": _iso(u.date, u.date_only),
        }
        for u in briefing.updates
        if u.kind == "correction"
    ]
    if corrections:
        data["correction"] = corrections
    if briefing.storyline and briefing.storyline in site.config.storylines:
        storyline = site.config.storylines[briefing.storyline]
        data["isPartOf"] = {
            "@type": "CreativeWorkSeries",
            "name": storyline.name,
            "url": urls.absolute(urls.storyline(storyline.slug)),
        }
    return json_ld(data)


def collection(name: str, description: str, url: str, items: Iterable[tuple[str, str]]) -> Markup:
    """A topic, outlet or archive page: a `CollectionPage` whose main entity is an `ItemList`."""
    elements = [
        {"@type": "ListItem", "position": n, "url": item_url, "name": item_name}
        for n, (item_url, item_name) in enumerate(items, start=1)
    ]
    data = {
        "@context": "https://schema.org",
        "@type": "CollectionPage",
        "name": name,
        "description": description,
        "url": url,
        "mainEntity": {"@type": "ItemList", "numberOfItems": len(elements), "itemListElement": elements},
    }
    return json_ld(data)


def website(site: Site, urls: Urls, search_rel: str) -> Markup:
    """The home page: the site as a `WebSite` with a search action, and its publisher."""
    home = urls.absolute(urls.home())
    data = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "WebSite",
                "@id": home + "#website",
                "name": site.config.title,
                "description": site.config.description,
                "url": home,
                "inLanguage": site.config.language,
                "publisher": {"@id": home + "#publisher"},
                "potentialAction": {
                    "@type": "SearchAction",
                    "target": urls.absolute(search_rel) + "?q={search_term_string}",
                    "query-input": "required name=search_term_string",
                },
            },
            {**_publisher(site, urls), "@id": home + "#publisher"},
        ],
    }
    return json_ld(data)


def latest(moments: Iterable[datetime | None]) -> datetime | None:
    """The newest of some moments (for a list page's modified time), or None."""
    present = [m for m in moments if m is not None]
    return max(present) if present else None
