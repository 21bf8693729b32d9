"""HTML pages: the page's own metadata (`html_meta`) and trafilatura for the main text.

The body comes from `trafilatura.extract` as XML, read into blocks (`html_blocks`: headings,
paragraphs, list items, quotes, table rows) that then go through the same furniture rules as
plain text.
"""

from __future__ import annotations

import re

import trafilatura
from lxml import etree, html

from generator.ingest.html_blocks import xml_blocks
from generator.ingest.html_meta import PageMeta, read_meta
from generator.ingest.model import Block, IngestFailure


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
    """The main text as blocks, from trafilatura's XML output (tables included)."""
    xml = trafilatura.extract(
        page,
        output_format="xml",
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        include_formatting=False,
        deduplicate=False,
        with_metadata=False,
    )
    return xml_blocks(xml)
