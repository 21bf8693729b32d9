"""An HTML page's own metadata: JSON-LD, OpenGraph and `<meta>` tags, `<time>`, canonical link.

In that order of trust. Times stay strings here: they are read once the outlet's time zone is
known (`metadata.page_evidence`).
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from generator.ingest.bylines import read_byline, split_names
from generator.ingest.text_blocks import normalise_line
from generator.model.wires import Registry

_ARTICLE_TYPES = {
    "newsarticle": None,
    "article": None,
    "reportagenewsarticle": None,
    "blogposting": None,
    "analysisnewsarticle": "analysis",
    "opinionnewsarticle": "opinion",
    "reviewnewsarticle": "opinion",
    "backgroundnewsarticle": "explainer",
    "liveblogposting": "live",
    "claimreview": "factcheck",
    "asksPublicNewsArticle".lower(): None,
    "report": None,
}
_PUBLISHED_META = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "parsely-pub-date",
    "pubdate",
    "publishdate",
    "publish-date",
    "date",
    "dc.date",
    "dc.date.issued",
    "sailthru.date",
    "cxenseparse:recs:publishtime",
)
_UPDATED_META = ("article:modified_time", "og:updated_time", "datemodified", "last-modified")
_DEK_CLASS = re.compile(
    r"\b(?:dek|deck|standfirst|sub-?title|sub-?head(?:line)?|strapline|summary|excerpt|"
    r"article-?description|lede|intro|synopsis|summary)\b",
    re.I,
)
_DATE_CLASS = re.compile(r"date|time|publish|posted|updated|timestamp", re.I)
DATE_LINE_MAX_WORDS = 16
SHOWN_BYLINE_MAX_WORDS = 16
LEAD_FOLLOWERS = 2
_BYLINE_CLASS = re.compile(r"\b(?:author|byline|by-line|contributor)", re.I)
_TITLE_SEPARATORS = (" | ", " - ", " — ", " – ", " :: ", " · ")


@dataclass(frozen=True)
class PageMeta:
    """What an HTML page declares about itself; times as written."""

    title: str | None = None
    dek: str | None = None
    url: str | None = None
    site_name: str | None = None
    published: str | None = None
    updated: str | None = None
    authors: tuple[str, ...] = ()
    via: str | None = None
    kind: str | None = None
    section: str | None = None
    paywalled: bool = False
    date_lines: tuple[str, ...] = ()


def read_meta(tree: Any, wires: Registry) -> PageMeta:
    """Metadata from JSON-LD, then OpenGraph/meta tags, then `<time>`, canonical, `<title>`, `<h1>`;
    a wire named as author (by `wires`) gives `via`."""
    ld = _article_ld(tree)
    metas = _meta_tags(tree)
    site_name = (
        _text(_name(ld.get("publisher"))) or metas.get("og:site_name") or metas.get("application-name")
    )
    authors, via = _authors(ld.get("author"), metas.get("author") or metas.get("byl"), site_name, wires)
    if not authors:
        authors = _shown_authors(tree, wires)
    times = tree.xpath("//time[@datetime]")
    section = _text(ld.get("articleSection")) or metas.get("article:section")
    types = {t.lower() for t in _as_list(ld.get("@type")) if isinstance(t, str)}
    kind = next((_ARTICLE_TYPES[t] for t in types if _ARTICLE_TYPES.get(t)), None)
    return PageMeta(
        title=_title(ld, metas, tree, site_name),
        dek=_text(ld.get("alternativeHeadline")) or _dek(tree),
        url=_http(_first_attr(tree, "//link[@rel='canonical']/@href"))
        or _http(metas.get("og:url"))
        or _http(_text(ld.get("url")) or _text(_name(ld.get("mainEntityOfPage"), "@id"))),
        site_name=site_name,
        published=_text(ld.get("datePublished"))
        or _first_of(metas, _PUBLISHED_META)
        or _time_attr(times, "publish")
        or _time_attr(times, ""),
        updated=_text(ld.get("dateModified"))
        or _first_of(metas, _UPDATED_META)
        or _time_attr(times, "modif|updat"),
        authors=authors,
        via=via,
        kind=kind,
        section=section,
        paywalled=str(ld.get("isAccessibleForFree", "true")).lower() in ("false", "0", "no"),
        date_lines=_date_lines(tree),
    )


def _article_ld(tree: Any) -> dict[str, Any]:
    """The JSON-LD object describing the article (NewsArticle and kin), or {}."""
    found: list[dict[str, Any]] = []
    for script in tree.xpath("//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text_content(), strict=False)
        except ValueError:
            continue
        found.extend(_ld_objects(data))
    for item in found:
        types = {t.lower() for t in _as_list(item.get("@type")) if isinstance(t, str)}
        if types & _ARTICLE_TYPES.keys():
            return item
    return {}


def _ld_objects(data: Any) -> Iterator[dict[str, Any]]:
    for item in _as_list(data):
        if isinstance(item, dict):
            yield item
            yield from _ld_objects(item.get("@graph", []))


def _meta_tags(tree: Any) -> dict[str, str]:
    tags: dict[str, str] = {}
    for meta in tree.xpath("//meta[@content]"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        value = normalise_line(meta.get("content") or "")
        if key and value and key not in tags:
            tags[key] = value
    return tags


_AUTHORS_RE = re.compile(r"^by\s+", re.I)


def _authors(
    ld_author: Any, meta_author: str | None, site_name: str | None, wires: Registry
) -> tuple[tuple[str, ...], str | None]:
    """Person authors and a wire named as author; the outlet itself is neither."""
    names: list[str] = []
    via = None
    entries = [_name(a) for a in _as_list(ld_author)] if ld_author else [meta_author]
    for entry in entries:
        text = _AUTHORS_RE.sub("", _text(entry) or "")
        if not text or text.startswith("http") or (site_name and text.casefold() == site_name.casefold()):
            continue
        found = split_names(text, wires)
        if found is None:
            continue
        names.extend(n for n in found[0] if n not in names)
        via = via or found[1] or wires.name(text)
    return tuple(names), via


def _attributes(element: Any) -> str:
    """The element's attribute values (class, id, data-*, itemprop, rel), for naming tests."""
    return " ".join(str(value) for value in element.attrib.values())


def _dek(tree: Any) -> str | None:
    """A subtitle element near the title: class/id/data- like 'dek', 'standfirst', 'subtitle'."""
    for element in tree.xpath("//body//*[self::p or self::h2 or self::div or self::span]"):
        if _DEK_CLASS.search(_attributes(element)) and not element.xpath(".//p[2]") and not _is_lead(element):
            text = element_text(element)
            if 4 <= len(text.split()) <= 60:
                return text
    return None


def _is_lead(element: Any) -> bool:
    """A paragraph the article's own paragraphs follow (two or more `<p>` after it in the same
    parent) is its lead, marked up as a summary ('speakable-summary', 'intro'), not a dek."""
    return (
        element.tag == "p"
        and len(element.xpath(f"following-sibling::p[position() <= {LEAD_FOLLOWERS}]")) >= LEAD_FOLLOWERS
    )


def _shown_authors(tree: Any, wires: Registry) -> tuple[str, ...]:
    """Names in the page's visible byline (rel/itemprop 'author', class 'byline' or 'author')."""
    for element in tree.xpath("//body//*[@rel='author' or @itemprop='author' or @class]"):
        if not _BYLINE_CLASS.search(_attributes(element)):
            continue
        text = element_text(element)
        byline = read_byline(text, wires) if len(text.split()) <= SHOWN_BYLINE_MAX_WORDS else None
        names = byline.authors if byline else (split_names(text, wires) or ((), None))[0]
        if names:
            return names
    return ()


def _date_lines(tree: Any) -> tuple[str, ...]:
    """Short visible texts in elements named like dates ('pubdate', 'article-meta'), in order.

    The page's time is often only shown in a header element that main-text extraction drops.
    """
    texts = []
    for element in tree.xpath("//body//*[@class or @id or @itemprop]"):
        label = f"{element.get('class', '')} {element.get('id', '')} {element.get('itemprop', '')}"
        if _DATE_CLASS.search(label):
            text = element_text(element)
            if text and len(text.split()) <= DATE_LINE_MAX_WORDS and text not in texts:
                texts.append(text)
    return tuple(texts)


def _title(ld: dict[str, Any], metas: dict[str, str], tree: Any, site_name: str | None) -> str | None:
    """The JSON-LD headline (or the `<h1>` it was cut from), then OpenGraph's title (the `<h1>`
    when that is it plus a site name), then the `<h1>`, then `<title>` without the site name."""
    h1 = _first_text(tree.xpath("//h1"))
    if h1 and (len(h1.split()) < 2 or (site_name and _same_site(h1, site_name))):
        h1 = None  # a logo or section name, not the headline
    headline = _text(ld.get("headline"))
    if headline:
        return h1 if h1 and h1 != headline and h1.startswith(headline.rstrip(".… ")) else headline
    og_title = metas.get("og:title")
    if og_title:
        return h1 if h1 and og_title.startswith(h1) else _strip_site(og_title, site_name)
    page_title = _first_text(tree.xpath("//title"))
    return h1 or (_strip_site(page_title, site_name, loose=True) if page_title else None)


def _strip_site(title: str, site_name: str | None, loose: bool = False) -> str:
    """'Headline | The Courier' -> 'Headline' when a part at either end names the site; `loose`
    (for `<title>`) keeps the longest part when the site name is not known."""
    for separator in _TITLE_SEPARATORS:
        parts = [p.strip() for p in title.split(separator) if p.strip()]
        if len(parts) < 2:
            continue
        if site_name and _same_site(parts[-1], site_name):
            return separator.join(parts[:-1])
        if site_name and _same_site(parts[0], site_name):
            return separator.join(parts[1:])
        if loose and not site_name:
            return max(parts, key=len)
    return title.strip()


def _same_site(text: str, site_name: str) -> bool:
    a, b = (t.strip().casefold().removeprefix("the ") for t in (text, site_name))
    return a in b or b in a


def _time_attr(times: list[Any], pattern: str) -> str | None:
    for element in times:
        label = (
            f"{element.get('class', '')} {element.get('itemprop', '')} {element.getparent().get('class', '')}"
        )
        if not pattern or re.search(pattern, label, re.I):
            return str(element.get("datetime")).strip() or None
    return None


def _first_of(metas: dict[str, str], keys: tuple[str, ...]) -> str | None:
    return next((metas[k] for k in keys if k in metas), None)


def _first_attr(tree: Any, path: str) -> str | None:
    values = tree.xpath(path)
    return str(values[0]).strip() if values else None


def _first_text(elements: list[Any]) -> str | None:
    return element_text(elements[0]) or None if elements else None


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [] if value is None else [value]


def _name(value: Any, key: str = "name") -> Any:
    if isinstance(value, list):
        value = value[0] if value else None
    return value.get(key) if isinstance(value, dict) else value


def _text(value: Any) -> str | None:
    """A JSON-LD value as text; character references some pages leave in it ('&#163;', '&amp;')
    are resolved, as they would be in the page's HTML."""
    if isinstance(value, list):
        value = value[0] if value else None
    if not isinstance(value, str | int | float):
        return None
    return normalise_line(html.unescape(str(value))) or None


_HTTP_RE = re.compile(r"https?://[^\s/]+")


def _http(value: str | None) -> str | None:
    return value if value and _HTTP_RE.match(value) else None


def element_text(element: Any) -> str:
    """An element's text with whitespace normalised."""
    return normalise_line(" ".join("".join(element.itertext()).split()))
