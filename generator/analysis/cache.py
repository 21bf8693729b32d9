"""Analysis results cached by a digest of everything `analyse()` reads, and loaded lazily.

The digest covers the analysis version, the note's title, summary and key points, each source
article's id, title, metadata, corrections and body digest, the outlets, the wire registry
(`site.yaml`'s `wires:` among them) and the site's language. An entry holds what `briefing
check` needs (the citation findings, a few small tuples), the newsroom profiles topic pages
count, and the whole result, pickled on its own: a warm build hashes, looks up and reads the
findings, and unpickles a story's result only when its page is rendered. Results live in
`.cache/analysis-<FORMAT>-<VERSION>.pickle`; deleting it changes only speed.
"""

from __future__ import annotations

import hashlib
import pickle
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from generator.analysis.story import VERSION
from generator.incremental.stamped import read_stamped, write_stamped
from generator.model.analysis import Entry, StoryAnalysis
from generator.model.site import Article, Briefing, Outlet
from generator.model.wires import DEFAULT, Registry

CACHE_DIR = ".cache"
FORMAT = 3


def outlets_digest(outlets: Mapping[str, Outlet], wires: Registry = DEFAULT, language: str = "") -> str:
    """A digest of the outlets, the wires (whose spellings name a story's newsrooms) and the
    site's language (the one its articles are expected in), computed once per build."""
    return hashlib.sha256(repr((sorted(outlets.items()), wires.wires, language)).encode()).hexdigest()


def digest(briefing: Briefing, articles: Sequence[Article], outlets: str) -> str:
    """The key of one story's analysis: a digest of every input `analyse()` reads."""
    hasher = hashlib.blake2b(digest_size=20)
    points = [(p.text, p.sources) for p in briefing.key_points]
    hasher.update(repr((VERSION, outlets, briefing.title, briefing.summary, points)).encode())
    for a in sorted(articles, key=lambda a: a.id):
        meta = (a.id, a.title, a.outlet, a.via, a.published.isoformat(), a.body_line, a.body_digest)
        hasher.update(repr(meta).encode())
        if a.corrections:
            hasher.update(repr(a.corrections).encode())
    return hasher.hexdigest()


def entry(result: StoryAnalysis) -> Entry:
    return result.findings, result.profiles, pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)


class AnalysisCache:
    """Entries by digest; only those used by the last load are kept.

    `digests` remembers each story's digest by the versions of its note and articles (see
    `content`), so a build whose files are unchanged looks the digest up instead of hashing the
    key points and article metadata again.
    """

    def __init__(self, root: Path):
        self.path = root / CACHE_DIR / f"analysis-{FORMAT}-{VERSION}.pickle"
        stored: tuple[Any, Any] = read_stamped(self.path) or ({}, {})
        self.entries: dict[str, Entry] = stored[0]
        self.digests: dict[str, str] = stored[1]  # versions of a story's files -> its digest
        self.used: set[str] = set()
        self.changed = False

    def begin(self) -> None:
        """Start a load: only the entries it uses will be kept."""
        self.used = set()

    def get(self, key: str) -> Entry | None:
        self.used.add(key)
        return self.entries.get(key)

    def put(self, key: str, value: Entry) -> None:
        self.used.add(key)
        self.entries[key] = value
        self.changed = True

    def remember(self, versions: str, key: str) -> None:
        self.digests[versions] = key
        self.changed = True

    def drop_unused(self) -> None:
        """Forget the entries the last load did not use."""
        if set(self.entries) - self.used:
            self.entries = {k: v for k, v in self.entries.items() if k in self.used}
            self.digests = {v: k for v, k in self.digests.items() if k in self.used}
            self.changed = True

    def save(self) -> None:
        """Write the entries used this time, atomically; a failure only costs speed next time."""
        self.drop_unused()
        if self.changed:
            write_stamped(self.path, (self.entries, self.digests), "analysis cache")
            self.changed = False
