"""The declared values ingest passes between its steps: blocks, removals, evidence, drafts."""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from datetime import datetime
from enum import StrEnum


class Kind(StrEnum):
    """What a block of the body is; `LINE` is a plain-text line not classified yet."""

    LINE = "line"
    PARAGRAPH = "paragraph"
    HEADING = "heading"
    SUBHEADING = "subheading"
    ITEM = "item"
    ORDERED = "ordered"
    QUOTE = "quote"


@dataclass(frozen=True)
class Block:
    """One paragraph, heading, list item or quoted paragraph, with where it came from."""

    text: str
    kind: Kind = Kind.LINE
    line: int | None = None
    end_line: int | None = None

    def with_text(self, text: str) -> Block:
        return replace(self, text=text)

    def as_kind(self, kind: Kind) -> Block:
        return replace(self, kind=kind)


@dataclass(frozen=True)
class Removal:
    """A line or block taken out of the body, the rule that took it and why."""

    text: str
    rule: str
    reason: str
    line: int | None = None
    end_line: int | None = None

    @classmethod
    def of(cls, block: Block, rule: str, reason: str, text: str | None = None) -> Removal:
        """The removal of `block` (or of `text`, a part of it)."""
        return cls(block.text if text is None else text, rule, reason, block.line, block.end_line)


@dataclass(frozen=True)
class PageTime:
    """A point in time read from the page; `has_time`/`has_year`/`has_date` say what it stated."""

    when: datetime
    has_time: bool = True
    has_year: bool = True
    source: str = ""
    has_date: bool = True  # False for a bare time ('01:13 pm'), which only completes a day

    @property
    def complete(self) -> bool:
        return self.has_time and self.has_year


@dataclass(frozen=True)
class Evidence:
    """Metadata found by one step; `merge` keeps the first value found for each field."""

    title: str | None = None
    dek: str | None = None
    url: str | None = None
    site_name: str | None = None
    published: PageTime | None = None
    first_published: PageTime | None = None
    updated: PageTime | None = None
    authors: tuple[str, ...] = ()
    via: str | None = None
    dateline: str | None = None
    kind: str | None = None
    paywalled: bool = False
    notes: tuple[str, ...] = ()
    corrections: tuple[str, ...] = ()
    relative: str | None = None  # a relative time the header gives ('3 hours ago'): never a date

    def merge(self, other: Evidence) -> Evidence:
        """Fields of `self`, filled where empty from `other`; notes and corrections are joined."""
        values = {}
        for item in fields(self):
            mine, theirs = getattr(self, item.name), getattr(other, item.name)
            if item.name in ("notes", "corrections"):
                values[item.name] = mine + tuple(n for n in theirs if n not in mine)
            elif item.name == "published" and mine is not None and theirs is not None:
                values[item.name] = _better_time(mine, theirs)
            else:
                values[item.name] = mine if mine else theirs
        return Evidence(**values)


def _better_time(first: PageTime, second: PageTime) -> PageTime:
    """The first time unless it lacks a time of day or year that the second, same-day one has."""
    if first.complete or not second.complete:
        return first
    if first.when.date() == second.when.date() or not first.has_year:
        return second
    return first


@dataclass(frozen=True)
class Step:
    """What one cleaning step kept, what it removed, and the metadata it found."""

    blocks: list[Block]
    removals: tuple[Removal, ...] = ()
    evidence: Evidence = field(default_factory=Evidence)


@dataclass(frozen=True)
class Request:
    """What the editor asked for on the command line for one input."""

    outlet: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None
    article_id: str | None = None
    via: str | None = None
    authors: tuple[str, ...] = ()
    dateline: str | None = None


@dataclass(frozen=True, kw_only=True)
class Metadata:
    """The front matter of a cleaned article: one attribute per field of the article spec
    (`generator.load.spec.ARTICLE`), in its order and with its model's defaults (a test checks
    them); `published` may be missing, for a draft. The writer writes them through the spec."""

    title: str
    outlet: str
    url: str | None = None
    published: datetime | None
    updated: datetime | None = None
    authors: tuple[str, ...] = ()
    via: str | None = None
    dateline: str | None = None
    dek: str | None = None
    kind: str = "news"
    paywalled: bool = False
    corrections: tuple[str, ...] = ()
    draft: bool = False
    review: tuple[str, ...] = ()


@dataclass(frozen=True)
class Draft:
    """A cleaned article before it is written, with what was removed and what blocks writing."""

    metadata: Metadata
    blocks: tuple[Block, ...]
    removals: tuple[Removal, ...]
    blockers: tuple[str, ...] = field(default=())
    outlet_chosen: str | None = None  # how the outlet was found when the editor did not name it


class IngestFailure(Exception):
    """One input cannot be ingested; the message says why and what to do."""
