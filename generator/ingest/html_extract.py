"""HTML pages: the page's own metadata (`html_meta`) and trafilatura for the main text.

The body comes from `trafilatura.extract` as XML, read into blocks (`html_blocks`: headings,
paragraphs, list items, quotes, table rows) that then go through the same furniture rules as
plain text. Two extractions are made, the precise one and the default one, and merged
(`html_merge`): the precise one without its cuts inside the article.
"""

from __future__ import annotations

import re
from typing import Any

import trafilatura
from lxml import etree, html

from generator.ingest.html_blocks import xml_blocks
from generator.ingest.html_merge import merge, words
from generator.ingest.html_meta import PageMeta, read_meta
from generator.ingest.model import Block, IngestFailure
from generator.model.wires import Registry

_LOOKS_LIKE_HTML_RE = re.compile(r"<(?:body|p|div|article)\b")


def looks_like_html(text: str) -> bool:
    """True when text read from standard input is an HTML page rather than plain text."""
    head = text.lstrip()[:1000].lower()
    return head.startswith(("<!doctype html", "<html")) or bool(_LOOKS_LIKE_HTML_RE.search(head))


def read_page(page: str, wires: Registry) -> tuple[PageMeta, list[Block]]:
    """The page's declared metadata and its main text as blocks; IngestFailure if unreadable."""
    try:
        tree = html.document_fromstring(page.encode("utf-8"), parser=html.HTMLParser(encoding="utf-8"))
    except (etree.ParserError, ValueError) as exc:
        raise IngestFailure(f"not a readable HTML page ({exc})") from None
    return read_meta(tree, wires), extract_blocks(page, tree)


def extract_blocks(page: str, tree: Any = None) -> list[Block]:
    """The main text as blocks: trafilatura's precise extraction mended from its default one
    (`tree` is the page already parsed, for its links)."""
    if tree is None:
        tree = html.document_fromstring(page.encode("utf-8"), parser=html.HTMLParser(encoding="utf-8"))
    precise = xml_blocks(_extract(page, favor_precision=True))
    full = xml_blocks(_extract(page, favor_precision=False))
    return merge(precise, full, _link_texts(tree))


def _extract(page: str, favor_precision: bool) -> str | None:
    xml: str | None = trafilatura.extract(
        page,
        output_format="xml",
        favor_precision=favor_precision,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        include_formatting=False,
        deduplicate=False,
        with_metadata=False,
    )
    return xml


def _link_texts(tree: Any) -> set[str]:
    """The words of each link's text on the page."""
    found = {words(" ".join(link.itertext())) for link in tree.iter("a")}
    found.discard("")
    return found
