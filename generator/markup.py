"""Markdown to safe HTML, and plain-text excerpts of article bodies."""

from __future__ import annotations

import re

import markdown
import nh3
from markupsafe import Markup

_EXTENSIONS = ["extra", "sane_lists"]
_BLOCK_TAGS = {
    "p",
    "br",
    "strong",
    "em",
    "b",
    "i",
    "code",
    "pre",
    "blockquote",
    "ul",
    "ol",
    "li",
    "a",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "sup",
    "sub",
    "abbr",
    "del",
    "ins",
    "mark",
    "s",
    "q",
    "cite",
    "dl",
    "dt",
    "dd",
    "small",
    "span",
}
_ATTRIBUTES = {"a": {"href", "title"}, "abbr": {"title"}, "td": {"align"}, "th": {"align"}}
_URL_SCHEMES = {"http", "https", "mailto"}


def _clean(html: str) -> str:
    return nh3.clean(
        html,
        tags=_BLOCK_TAGS,
        attributes=_ATTRIBUTES,
        url_schemes=_URL_SCHEMES,
        link_rel="noopener noreferrer",
    )


def render_block(text: str) -> Markup:
    """Markdown paragraphs to sanitised HTML (raw HTML in content cannot run script)."""
    html = markdown.markdown(text, extensions=_EXTENSIONS, output_format="html")
    return Markup(_clean(html))


def render_inline(text: str) -> Markup:
    """One line of Markdown (a key point, a timeline entry) without the wrapping <p>."""
    html = _clean(markdown.markdown(text, extensions=_EXTENSIONS, output_format="html")).strip()
    if html.startswith("<p>") and html.endswith("</p>") and html.count("<p>") == 1:
        html = html[3:-4]
    return Markup(html)


_HEADING = re.compile(r"^\s{0,3}#{1,6}\s")
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MARKERS = re.compile(r"^\s*(?:[-*+]\s+|\d+[.)]\s+|>\s?)+")
_EMPHASIS = re.compile(r"(\*\*|__|\*|`)")
_TAGS = re.compile(r"<[^>]*>")


def plain_text(body: str) -> str:
    """An article body as plain prose: headings dropped, Markdown syntax and tags removed."""
    lines = []
    for line in body.split("\n"):
        if _HEADING.match(line):
            continue
        line = _MARKERS.sub("", line)
        line = _LINK.sub(r"\1", line)
        line = _EMPHASIS.sub("", _TAGS.sub("", line))
        lines.append(line)
    return " ".join(" ".join(lines).split())


def excerpt(body: str, words: int) -> str:
    """The first `words` words of the body's prose, with an ellipsis when cut."""
    all_words = plain_text(body).split(" ")
    if len(all_words) <= words:
        return " ".join(all_words)
    return " ".join(all_words[:words]).rstrip(",;:") + "…"
