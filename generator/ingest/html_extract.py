"""HTML pages: the page's own metadata (`html_meta`) and trafilatura for the main text.

The body comes from `trafilatura.extract` as XML, read into blocks (headings, paragraphs, list
items, quotes) that then go through the same furniture rules as plain text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import trafilatura
from lxml import etree, html

from generator.ingest.html_meta import PageMeta, element_text, read_meta
from generator.ingest.model import Block, IngestFailure, Kind
from generator.ingest.text_blocks import normalise_line


def looks_like_html(text: str) -> bool:
    """True when text read from standard input is an HTML page rather than plain text."""
    head = text.lstrip()[:1000].lower()
    return head.startswith(("<!doctype html", "<html")) or bool(re.search(r"<(?:body|p|div|article)\b", head))


def read_page(page: str) -> tuple[PageMeta, list[Block]]:
    """The page's declared metadata and its main text as blocks; IngestFailure if unreadable."""
    try:
        tree = html.document_fromstring(page.encode("utf-8"), parser=html.HTMLParser(encoding="utf-8"))
    except (etree.ParserError, ValueError) as exc:
        raise IngestFailure(f"not a readable HTML page ({exc})") from None
    return read_meta(tree), extract_blocks(page)


def extract_blocks(page: str) -> list[Block]:
    """The main text as blocks, from trafilatura's XML output."""
    xml = trafilatura.extract(
        page,
        output_format="xml",
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        include_formatting=False,
        deduplicate=False,
        with_metadata=False,
    )
    if not xml:
        return []
    root = etree.fromstring(xml.encode("utf-8"))
    main = root.find("main")
    return list(_blocks(main if main is not None else root))


def _blocks(parent: Any) -> Iterator[Block]:
    for element in parent:
        tag = element.tag
        if tag == "head":
            level = element.get("rend", "h2")
            yield Block(element_text(element), Kind.HEADING if level in ("h1", "h2") else Kind.SUBHEADING)
        elif tag == "list":
            kind = Kind.ORDERED if element.get("rend") == "ol" else Kind.ITEM
            for item in element.iter("item"):
                yield Block(element_text(item), kind)
        elif tag == "quote":
            inner = [child for child in element if child.tag == "p"]
            for part in inner or [element]:
                yield from (Block(t, Kind.QUOTE) for t in _lines(part))
        elif tag in ("p", "div", "code"):
            yield from (Block(t, Kind.PARAGRAPH) for t in _lines(element))
    # Empty texts are dropped by the caller's rules; keep order as extracted.


def _lines(element: Any) -> list[str]:
    """An element's text split at `<lb/>` line breaks, each part normalised."""
    parts, current = [], [element.text or ""]
    for child in element:
        if child.tag == "lb":
            parts.append("".join(current))
            current = [child.tail or ""]
        else:
            current.append("".join(child.itertext()) + (child.tail or ""))
    parts.append("".join(current))
    return [t for t in (normalise_line(p) for p in parts) if t]
