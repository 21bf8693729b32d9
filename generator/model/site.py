"""The declared model of a briefing site: what `load` builds and every later step reads."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from generator.model.analysis import Analyses
from generator.model.wires import DEFAULT, Registry


@dataclass(frozen=True)
class Topic:
    """An entry of the controlled topic vocabulary in `site.yaml`."""

    slug: str
    name: str
    description: str = ""
    aliases: tuple[str, ...] = ()
    parent: str | None = None


@dataclass(frozen=True)
class Outlet:
    """A publisher whose articles a briefing can rest on."""

    slug: str
    name: str
    url: str | None = None
    country: str | None = None
    language: str | None = None
    timezone: str | None = None
    kind: str = "newspaper"


@dataclass(frozen=True)
class Storyline:
    """A developing story that briefings of several days belong to (`storylines:` in site.yaml)."""

    slug: str
    name: str
    description: str = ""


@dataclass(frozen=True)
class SiteConfig:
    """`site.yaml`, validated. The defaults are a key's when `site.yaml` leaves it out."""

    title: str
    description: str = field(default="", kw_only=True)
    base_url: str
    language: str = field(default="en", kw_only=True)
    timezone: str = field(default="UTC", kw_only=True)
    per_page: int = field(default=10, kw_only=True)
    excerpt_words: int = field(default=60, kw_only=True)
    feed_length: int = field(default=20, kw_only=True)
    publish_full_text: bool = field(default=False, kw_only=True)
    topics: Mapping[str, Topic] = field(default_factory=dict, kw_only=True)
    outlets: Mapping[str, Outlet] = field(default_factory=dict, kw_only=True)
    author: str = field(default="", kw_only=True)
    storylines: Mapping[str, Storyline] = field(default_factory=dict)
    wires: Registry = field(default=DEFAULT, kw_only=True)  # the built-in wires and `wires:` entries

    @property
    def cname(self) -> str | None:
        """The custom domain for a `CNAME` file: a root site on a host that is not github.io."""
        from urllib.parse import urlsplit

        parts = urlsplit(self.base_url)
        host = parts.hostname or ""
        if parts.path not in ("", "/") or host.endswith(".github.io"):
            return None
        if host in ("localhost", "127.0.0.1", "example.org", "example.com") or not host:
            return None
        return host


@dataclass(frozen=True)
class Article:
    """A cleaned source article: `content/articles/<id>.md`.

    The body is kept only when the site publishes full text (`body` is '' otherwise): a site of
    40,000 articles shows excerpts, made once at load time, and need not hold every text.
    """

    id: str
    path: str
    title: str
    outlet: str
    published: datetime
    excerpt: str
    body: str = ""
    url: str | None = None
    updated: datetime | None = None
    authors: tuple[str, ...] = ()
    via: str | None = None
    dateline: str | None = None
    dek: str | None = None
    kind: str = "news"
    paywalled: bool = False
    review: tuple[str, ...] = ()
    corrections: tuple[str, ...] = ()  # as the original printed them, in page order
    draft: bool = False  # left out of builds unless --drafts
    date_only: bool = False  # `published` gives a day, not a time of day
    body_line: int = 1  # the line of the file the body starts on
    body_digest: str = ""  # of the whole body, kept even when `body` is not


@dataclass(frozen=True)
class KeyPoint:
    """One key point of a briefing and the article ids it rests on."""

    text: str
    sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class TimelineEntry:
    """A dated event in a briefing's timeline."""

    date: datetime
    date_only: bool
    text: str
    sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class Update:
    """A dated entry of a briefing's visible history: an update or a correction."""

    date: datetime
    date_only: bool
    kind: str  # "update" or "correction"
    text: str


@dataclass(frozen=True)
class Briefing:
    """A briefing note: `content/briefings/<slug>.yaml`."""

    slug: str
    path: str
    title: str
    date: datetime
    date_only: bool
    summary: str
    key_points: tuple[KeyPoint, ...]
    topics: tuple[str, ...]
    sources: tuple[str, ...]
    updated: datetime | None = None
    why_it_matters: str | None = None
    whats_next: str | None = None
    timeline: tuple[TimelineEntry, ...] = ()
    related: tuple[str, ...] = ()
    draft: bool = False
    storyline: str | None = None
    updates: tuple[Update, ...] = ()  # oldest first; `updated` is never earlier than the last

    @property
    def updated_date_only(self) -> bool:
        """`updated` is a whole day: it is the date of the last entry of `updates`, given without a time."""
        last = self.updates[-1] if self.updates else None
        return last is not None and last.date_only and last.date == self.updated


@dataclass(frozen=True)
class Site:
    """Everything loaded: configuration, articles by id, briefings newest first, their analyses.

    `versions` holds a digest of each loaded article and briefing, keyed `("article", id)` or
    `("briefing", slug)`: what dependency tracking compares between builds. `analyses` holds
    each briefing's `StoryAnalysis`, by slug.
    """

    config: SiteConfig
    articles: Mapping[str, Article]
    briefings: tuple[Briefing, ...]
    analyses: Analyses
    versions: Mapping[tuple[str, str], str] = field(default_factory=dict)
