"""Markdown to safe HTML, and plain-text excerpts of article bodies.

Every text is checked against `markdown_limits` before Python-Markdown reads it: the loaders
check each Markdown field with its file and line, so a text over a limit here is a field no
loader checked, and the build stops with a one-line error instead of running for minutes.
"""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import Iterator

import markdown
import nh3
from markupsafe import Markup

from generator.errors import BuildError
from generator.text import markdown_limits
from generator.text.markdown_strip import IMAGE_OR_LINK, TAG, decoded, replace_complete

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


class _Renderer(threading.local):
    """One Markdown converter per thread, made when first needed (a build that renders nothing
    needs none; the first one costs ~50 ms), reset between texts."""

    converter: markdown.Markdown | None = None

    def convert(self, text: str) -> str:
        refused = markdown_limits.check(text)
        if refused is not None:
            raise BuildError(f"Markdown text starting {_shown(text)}: line {refused.line}: {refused.message}")
        if self.converter is None:
            self.converter = markdown.Markdown(extensions=_EXTENSIONS, output_format="html")
        try:
            html = self.converter.reset().convert(text)
        except BaseException as error:
            # A converter stopped half-way keeps some of its state (reset() does not clear a
            # list's parser state): the next text gets a new one.
            self.converter = None
            if isinstance(error, RecursionError):  # the limits should make this impossible
                raise BuildError(
                    f"Markdown text starting {_shown(text)}: nested too deeply to render"
                ) from None
            raise
        return _clean(html)


def _shown(text: str) -> str:
    """How a message names a text it cannot place in a file: by its first words."""
    words = " ".join(text.split()[:8])
    return f"'{words[:60]}…'" if len(words) > 60 or len(text.split()) > 8 else f"'{words}'"


_renderer = _Renderer()


# One line of prose that Markdown would give back as it is: no character Markdown or the
# sanitiser treats specially (markup, entities, escapes, a no-break space the sanitiser
# writes as an entity, tabs, control characters), not indented, and not opening a list.
_SPECIAL = r"\\`*_\[\]<>&#|{}~^\x00-\x1f\x7f\u00a0"
_PLAIN = re.compile(rf"[^\s{_SPECIAL}:=+\-](?:[^{_SPECIAL}]*[^\s{_SPECIAL}])?")
_LIST_START = re.compile(r"\d+[.)]\s")


def _plain(text: str) -> bool:
    """True when Markdown would render `text` as one paragraph of the same characters."""
    return _PLAIN.fullmatch(text) is not None and not _LIST_START.match(text) and "  " not in text


@functools.lru_cache(maxsize=65536)
def render_block(text: str) -> Markup:
    """Markdown paragraphs to sanitised HTML (raw HTML in content cannot run script)."""
    if _plain(text):
        return Markup(f"<p>{text}</p>")
    return Markup(_renderer.convert(text))


@functools.lru_cache(maxsize=65536)
def render_inline(text: str) -> Markup:
    """One line of Markdown (a key point, a timeline entry) without the wrapping <p>."""
    if _plain(text):
        return Markup(text)
    html = _renderer.convert(text).strip()
    if html.startswith("<p>") and html.endswith("</p>") and html.count("<p>") == 1:
        html = html[3:-4]
    return Markup(html)


_HEADING = re.compile(r"^\s{0,3}#{1,6}\s")
_MARKERS = re.compile(r"^\s*(?:[-*+]\s+|\d+[.)]\s+|>\s?)+")
_EMPHASIS = re.compile(r"(\*\*|__|\*|`)")


def _prose_lines(body: str) -> Iterator[str]:
    """The body's lines as plain prose: headings dropped, Markdown syntax and tags removed."""
    for line in body.split("\n"):
        if _HEADING.match(line):
            continue
        line = _MARKERS.sub("", line)
        line = replace_complete(IMAGE_OR_LINK, line, ")", lambda match: match.group(1))
        yield decoded(_EMPHASIS.sub("", replace_complete(TAG, line, ">", lambda match: "")))


def excerpt(body: str, words: int) -> str:
    """The first `words` words of the body's prose, with an ellipsis when cut.

    Reads only as many lines as it needs: an excerpt of a long article costs what the excerpt does.
    """
    found: list[str] = []
    for line in _prose_lines(body):
        found.extend(line.split())
        if len(found) > words:
            return " ".join(found[:words]).rstrip(",;:") + "…"
    return " ".join(found)
