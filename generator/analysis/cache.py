"""Analysis results cached by a digest of everything `analyse()` reads, and loaded lazily.

The digest covers the analysis version, the note's key points, each source article's id,
metadata and body, and the outlets. An entry holds what `briefing check` needs (the
citation findings, a few small tuples) and the whole result, pickled on its own: a warm build
hashes, looks up and reads the findings, and unpickles a story's result only when its page
is rendered. Results live in `.cache/analysis-<FORMAT>.pickle`; deleting it changes only speed.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path

from generator import __version__
from generator.analysis.story import VERSION, Finding, StoryAnalysis
from generator.models import Article, Briefing, Outlet

log = logging.getLogger("briefing.analysis")
CACHE_DIR = ".cache"
FORMAT = 1
Entry = tuple[tuple[Finding, ...], bytes]


def outlets_digest(outlets: Mapping[str, Outlet]) -> str:
    """A digest of the outlets, computed once per build."""
    return hashlib.sha256(repr(sorted(outlets.items())).encode()).hexdigest()


def digest(briefing: Briefing, articles: Sequence[Article], outlets: str) -> str:
    """The key of one story's analysis: a digest of every input `analyse()` reads."""
    hasher = hashlib.blake2b(digest_size=20)
    points = [(p.text, p.sources) for p in briefing.key_points]
    hasher.update(repr((VERSION, outlets, points)).encode())
    for a in sorted(articles, key=lambda a: a.id):
        meta = (a.id, a.outlet, a.via, a.published.isoformat(), a.body_line, len(a.body))
        hasher.update(repr(meta).encode())
        hasher.update(a.body.encode())
    return hasher.hexdigest()


def entry(result: StoryAnalysis) -> Entry:
    return result.findings, pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)


class AnalysisCache:
    """Entries by digest; only those used by the last load are kept."""

    def __init__(self, root: Path):
        self.path = root / CACHE_DIR / f"analysis-{FORMAT}.pickle"
        self.entries: dict[str, Entry] = {}
        self.used: set[str] = set()
        self.changed = False
        try:
            with open(self.path, "rb") as handle:
                stamp, entries = pickle.load(handle)
            if stamp == (__version__, VERSION):
                self.entries = entries
        except (OSError, pickle.UnpicklingError, EOFError, ValueError, TypeError, AttributeError):
            self.entries = {}

    def get(self, key: str) -> Entry | None:
        self.used.add(key)
        return self.entries.get(key)

    def put(self, key: str, value: Entry) -> None:
        self.used.add(key)
        self.entries[key] = value
        self.changed = True

    def save(self) -> None:
        """Write the entries used this time, atomically; a failure only costs speed next time."""
        if set(self.entries) - self.used:
            self.entries = {k: v for k, v in self.entries.items() if k in self.used}
            self.changed = True
        if not self.changed:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temporary = self.path.with_suffix(f".tmp-{os.getpid()}")
            with open(temporary, "wb") as handle:
                pickle.dump(((__version__, VERSION), self.entries), handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, self.path)
        except OSError as exc:
            log.warning("could not write the analysis cache %s: %s", self.path, exc.strerror)


class Analyses(Mapping[str, StoryAnalysis]):
    """Story analyses by briefing slug, each unpickled when first read (a page is rendered)."""

    def __init__(self, pickled: Mapping[str, bytes]):
        self._pickled = dict(pickled)
        self._made: dict[str, StoryAnalysis] = {}

    def __getitem__(self, slug: str) -> StoryAnalysis:
        found = self._made.get(slug)
        if found is None:
            found = self._made[slug] = pickle.loads(self._pickled[slug])
        return found

    def __iter__(self) -> Iterator[str]:
        return iter(sorted(self._pickled))

    def __len__(self) -> int:
        return len(self._pickled)
