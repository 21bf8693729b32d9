"""The hand-made truth of one story of the intelligence set (issue 23), read from its truth.json.

Only what the scorer compares is read: newsroom groups and the count, facts with the sentence
each article carries them in, disputed values, attributions, who first reported the story, and
the citation labels. A file that lacks a field the scorer needs is refused with the file, the
field and what was found, never read as empty. The truth's own derived fields (a fact's
`newsrooms`, `every_newsroom`, `only_in`) are taken as written: `truth_src.py` computed them.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any


class TruthError(Exception):
    """A truth file that cannot be scored: names the file, the field and what was wrong."""


@dataclass(frozen=True)
class Fact:
    id: str
    statement: str
    sentences: Mapping[str, tuple[str, ...]]  # article -> the sentences carrying the fact there
    newsrooms: frozenset[str]
    every: bool  # at least one article of every newsroom carries it
    only_in: str | None  # the one newsroom carrying it


@dataclass(frozen=True)
class Dispute:
    id: str
    about: str
    values: tuple[tuple[str, Mapping[str, tuple[str, ...]]], ...]  # (value, article -> sentences)

    @property
    def sentences(self) -> tuple[str, ...]:
        return tuple(s for _, carried in self.values for found in carried.values() for s in found)


@dataclass(frozen=True)
class Source:
    """A labelled attribution: who is the source of what one sentence says."""

    article: str
    source: str | None  # None: the sentence names no source ('citing concerns ...')
    told: str | None  # the recipient of 'X told Y'
    reported_by: str | None  # who relays it ('..., Reuters reports')
    pattern: str
    sentence: str

    @property
    def negated(self) -> bool:
        """'AFP could not independently confirm', 'wollte ... nicht kommentieren': no source."""
        return self.source is None or "negated" in self.pattern


@dataclass(frozen=True)
class FirstQuote:
    article: str
    sentence: str
    claims: str | None  # the newsroom it says first reported the story; None for a quote claiming none
    supported: bool


@dataclass(frozen=True)
class First:
    answer: str
    quotes: tuple[FirstQuote, ...]
    earliest: str | None  # the earliest timed article


@dataclass(frozen=True)
class Citation:
    point: int
    article: str
    supports: bool
    why: str | None


@dataclass(frozen=True)
class Truth:
    story: str
    held_out: bool
    languages: Mapping[str, str]  # article -> language
    groups: tuple[tuple[str, tuple[str, ...]], ...]  # (newsroom, its articles)
    newsrooms: int
    newsrooms_unsure: str | None
    facts: tuple[Fact, ...]
    disputed: tuple[Dispute, ...]
    sources: tuple[Source, ...]
    first: First
    citations: tuple[Citation, ...]

    def newsroom_of(self, article: str) -> str:
        for name, members in self.groups:
            if article in members:
                return name
        raise KeyError(article)


class _Reader:
    def __init__(self, path: Path):
        self.path = path

    def get(self, data: Mapping[str, Any], key: str, where: str, kind: type | tuple[type, ...]) -> Any:
        if key not in data:
            raise TruthError(f"{self.path}: {where}{key}: missing")
        value = data[key]
        if not isinstance(value, kind):
            raise TruthError(f"{self.path}: {where}{key}: expected {_kind(kind)}, found {value!r:.60}")
        return value

    def sentences(self, data: Mapping[str, Any], key: str, where: str) -> dict[str, tuple[str, ...]]:
        """article -> its sentences, where each is given as one sentence or a list of them."""
        found = {}
        for article, value in self.get(data, key, where, dict).items():
            items = [value] if isinstance(value, str) else value
            if not isinstance(items, list) or not items or not all(isinstance(s, str) for s in items):
                raise TruthError(
                    f"{self.path}: {where}{key}.{article}: expected a sentence or a list of them"
                )
            found[article] = tuple(items)
        return found

    def opt(self, data: Mapping[str, Any], key: str, where: str) -> str | None:
        value = data.get(key)
        if value is not None and not isinstance(value, str):
            raise TruthError(f"{self.path}: {where}{key}: expected text or null, found {value!r:.60}")
        return value


def _kind(kind: type | tuple[type, ...]) -> str:
    names = {dict: "a mapping", list: "a list", str: "text", bool: "true or false", int: "a number"}
    kinds = kind if isinstance(kind, tuple) else (kind,)
    return " or ".join(names.get(k, k.__name__) for k in kinds)


def load_truth(path: Path) -> Truth:
    """The truth of one story (`<story>/truth.json`)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise TruthError(f"{path}: cannot be read: {error}") from None
    r = _Reader(path)
    articles = r.get(data, "articles", "", dict)
    languages = {a: r.get(v, "language", f"articles.{a}.", str) for a, v in articles.items()}
    groups = []
    for n, group in enumerate(r.get(data, "newsrooms", "", list)):
        members = r.get(group, "members", f"newsrooms[{n}].", list)
        ids = tuple(r.get(m, "article", f"newsrooms[{n}].members[{i}].", str) for i, m in enumerate(members))
        groups.append((r.get(group, "newsroom", f"newsrooms[{n}].", str), ids))
    counts = r.get(data, "counts", "", dict)
    facts = tuple(_fact(r, f, n) for n, f in enumerate(r.get(data, "facts", "", list)))
    disputed = []
    for n, item in enumerate(r.get(data, "disputed", "", list)):
        where = f"disputed[{n}]."
        values = tuple(
            (
                str(r.get(v, "value", f"{where}values[{i}].", (str, int, float))),
                r.sentences(v, "articles", f"{where}values[{i}]."),
            )
            for i, v in enumerate(r.get(item, "values", where, list))
        )
        disputed.append(Dispute(r.get(item, "id", where, str), r.get(item, "about", where, str), values))
    sources = tuple(
        Source(
            article=r.get(a, "article", f"attributions[{n}].", str),
            source=r.opt(a, "source", f"attributions[{n}]."),
            told=r.opt(a, "told", f"attributions[{n}]."),
            reported_by=r.opt(a, "reported_by", f"attributions[{n}]."),
            pattern=r.get(a, "pattern", f"attributions[{n}].", str),
            sentence=r.get(a, "sentence", f"attributions[{n}].", str),
        )
        for n, a in enumerate(r.get(data, "attributions", "", list))
    )
    first = r.get(data, "first_reported", "", dict)
    earliest = first.get("earliest_by_time")
    quotes = tuple(
        FirstQuote(
            r.get(q, "article", f"first_reported.quotes[{n}].", str),
            r.get(q, "sentence", f"first_reported.quotes[{n}].", str),
            r.opt(q, "claims_first", f"first_reported.quotes[{n}]."),
            r.get(q, "verdict", f"first_reported.quotes[{n}].", str).startswith("supported"),
        )
        for n, q in enumerate(r.get(first, "quotes", "first_reported.", list))
    )
    citations = tuple(
        Citation(
            r.get(c, "key_point", f"citations[{n}].", int),
            r.get(c, "article", f"citations[{n}].", str),
            r.get(c, "supports", f"citations[{n}].", bool),
            r.opt(c, "why", f"citations[{n}]."),
        )
        for n, c in enumerate(r.get(data, "citations", "", list))
    )
    return Truth(
        story=r.get(data, "story", "", str),
        held_out=bool(data.get("held_out", False)),
        languages=languages,
        groups=tuple(groups),
        newsrooms=r.get(counts, "independent_newsrooms", "counts.", int),
        newsrooms_unsure=r.opt(counts, "unsure", "counts."),
        facts=facts,
        disputed=tuple(disputed),
        sources=sources,
        first=First(
            answer=r.get(first, "answer", "first_reported.", str),
            quotes=quotes,
            earliest=r.get(earliest, "article", "first_reported.earliest_by_time.", str)
            if isinstance(earliest, dict)
            else None,
        ),
        citations=citations,
    )


def _fact(r: _Reader, item: Mapping[str, Any], n: int) -> Fact:
    where = f"facts[{n}]."
    return Fact(
        id=r.get(item, "id", where, str),
        statement=r.get(item, "statement", where, str),
        sentences=r.sentences(item, "carried_by", where),
        newsrooms=frozenset(r.get(item, "newsrooms", where, list)),
        every=r.get(item, "every_newsroom", where, bool),
        only_in=r.opt(item, "only_in", where),
    )


def development_stories(folder: Path) -> tuple[str, ...]:
    """The development stories of the set, from its `index.json` split (never the held-out ones)."""
    development, held_out = _split(folder)
    if not development or set(development) & set(held_out):
        raise TruthError(
            f"{folder / 'index.json'}: split.development: expected story names apart from held_out"
        )
    return development


def held_out_stories(folder: Path) -> tuple[str, ...]:
    """The stories the set keeps for the final evaluation (`index.json` split.held_out)."""
    return _split(folder)[1]


def _split(folder: Path) -> tuple[tuple[str, ...], tuple[str, ...]]:
    path = folder / "index.json"
    try:
        split = json.loads(path.read_text(encoding="utf-8"))["split"]
        development, held_out = tuple(split["development"]), tuple(split["held_out"])
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise TruthError(f"{path}: split: cannot be read: {error!r}") from None
    if not all(isinstance(s, str) for s in (*development, *held_out)):
        raise TruthError(f"{path}: split: expected lists of story names")
    return development, held_out
