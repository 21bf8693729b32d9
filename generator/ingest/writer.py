"""Serialising a draft: the article file (front matter + Markdown), its id, and the removal report."""

from __future__ import annotations

import os
import re
from datetime import datetime
from pathlib import Path
from typing import Any

import yaml

from generator.ingest.model import Block, Draft, IngestFailure, Kind, Metadata, Removal
from generator.ingest.site_chrome import vocabulary
from generator.load.spec import ARTICLE
from generator.render.urls import MAX_SLUG_LENGTH, slugify
from generator.text.transliterate import in_ascii

ARTICLES_DIR = Path("content") / "articles"
SLUG_WORDS = 5
UNDATED = "undated"
MAX_ID_LENGTH = MAX_SLUG_LENGTH - 4  # room for the "-2" ... "-999" that keeps two articles apart
STOPWORDS = vocabulary(
    "a|an|the|of|to|in|on|for|and|or|as|at|by|from|with|is|are|was|were|its|it|be|after|over|into|"
    "amid|says|said|report"
)
_TAG_START = re.compile(r"<(?=[A-Za-z/!?])")
_REFERENCE = re.compile(r"&(?=#[0-9]+;|#[xX][0-9a-fA-F]+;|[A-Za-z][A-Za-z0-9]*;)")
_MARKDOWN_START = re.compile(r"^(?:#{1,6}\s|[-*+]\s|\d{1,9}[.)]\s|>|={3,}|-{3,}|\|)")


def article_id(metadata: Metadata) -> str:
    """`<date>-<outlet>-<short-slug>`: the published day in the outlet's zone, a few title words;
    `undated-<outlet>-<short-slug>` for a draft without a published time (never a guessed day)."""
    words = [w for w in slugify(in_ascii(metadata.title)).split("-") if w and w not in STOPWORDS]
    day = metadata.published.date().isoformat() if metadata.published else UNDATED
    room = MAX_ID_LENGTH - len(f"{day}-{metadata.outlet}-")
    kept = words[:SLUG_WORDS]
    while len(kept) > 1 and len("-".join(kept)) > room:
        kept.pop()  # a long title word: fewer words, so the id stays a slug the loader accepts
    short = "-".join(kept)[: max(room, 1)].strip("-") or "article"
    return f"{day}-{metadata.outlet}-{short}"


def render(draft: Draft) -> str:
    """The article file's text: YAML front matter between '---' lines, then the Markdown body."""
    front = yaml.safe_dump(
        front_matter(draft.metadata),
        allow_unicode=True,
        sort_keys=False,
        width=1_000_000,
        default_flow_style=False,
    )
    return f"---\n{front}---\n\n{render_body(draft.blocks)}"


def front_matter(metadata: Metadata) -> dict[str, Any]:
    """The fields in the order of the article spec; optional ones left out when empty or the
    default (a required one is written whenever it has a value)."""
    data: dict[str, Any] = {}
    for field in ARTICLE.fields:
        value = getattr(metadata, field.name)
        if isinstance(value, datetime):
            value = _iso(value)
        elif isinstance(value, tuple):
            value = list(value)
        if value is None or not (field.required or (value and value != ARTICLE.default(field))):
            continue
        data[field.name] = value
    return data


def _iso(when: datetime) -> str:
    """ISO 8601 to the second, with the UTC offset: '2024-11-20T13:13:00+05:30'."""
    return when.replace(microsecond=0).isoformat()


def render_body(blocks: tuple[Block, ...]) -> str:
    """Markdown: paragraphs apart, `## `/`### ` headings, `- `/`1. ` lists, `> ` quotes."""
    groups: list[tuple[Kind, list[str]]] = []
    for block in blocks:
        same = bool(groups) and groups[-1][0] == block.kind and block.kind in _GROUPED
        lines = groups[-1][1] if same else []
        if not same:
            groups.append((block.kind, lines))
        lines.append(_markdown_line(block, len(lines) + 1))
    return "".join(f"{_GROUPED.get(kind, '')}".join(lines) + "\n\n" for kind, lines in groups).rstrip(
        "\n"
    ) + ("\n" if groups else "")


_GROUPED = {Kind.ITEM: "\n", Kind.ORDERED: "\n", Kind.QUOTE: "\n>\n"}


def _markdown_line(block: Block, number: int) -> str:
    if block.kind == Kind.HEADING:
        return f"## {as_text(block.text)}"
    if block.kind == Kind.SUBHEADING:
        return f"### {as_text(block.text)}"
    if block.kind == Kind.ITEM:
        return f"- {_escaped(block.text)}"
    if block.kind == Kind.ORDERED:
        return f"{number}. {_escaped(block.text)}"
    if block.kind == Kind.QUOTE:
        return f"> {_escaped(block.text)}"
    return _escaped(block.text)


def _escaped(text: str) -> str:
    """Text that Markdown would read as syntax at the start of a line gets a backslash."""
    text = as_text(text)
    return "\\" + text if _MARKDOWN_START.match(text) else text


def as_text(text: str) -> str:
    """The page's text, shown as text: a '<' that would open an HTML tag and a '&' that would
    start a character reference are written as references ('&lt;script&gt;' on the page stays
    those words, instead of a <script> tag that the sanitiser deletes)."""
    if "<" not in text and "&" not in text:
        return text
    return _TAG_START.sub("&lt;", _REFERENCE.sub("&amp;", text))


def removal_report(removals: tuple[Removal, ...]) -> str:
    """Every removed line or block with its reason, grouped where one rule took a run of lines."""
    groups: list[list[Removal]] = []
    for removal in removals:
        last = groups[-1][-1] if groups else None
        if (
            last is not None
            and (last.rule, last.reason) == (removal.rule, removal.reason)
            and _adjacent(last, removal)
        ):
            groups[-1].append(removal)
        else:
            groups.append([removal])
    lines = [f"==== removed: {len(removals)} line(s) or part(s) ===="]
    for group in groups:
        first, last = group[0], group[-1]
        where = _where(first.line, last.end_line or last.line)
        lines.append(f"{where:<12}{first.reason} [{first.rule}]")
        lines.extend(f"    {r.text}" for r in group)
    return "\n".join(lines) + "\n"


def _adjacent(before: Removal, after: Removal) -> bool:
    if before.line is None or after.line is None:
        return before.line is None and after.line is None
    return after.line <= (before.end_line or before.line) + 2


def _where(first: int | None, last: int | None) -> str:
    if first is None:
        return "-"
    return f"line {first}" if last in (None, first) else f"lines {first}-{last}"


def write_article(path: Path, text: str, force: bool) -> None:
    """Write atomically (temporary file, then rename); refuse to overwrite unless `force`."""
    if path.exists() and not force:
        raise IngestFailure(f"{path} already exists; pass --force to overwrite it")
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        temporary.write_text(text, encoding="utf-8")
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
