"""The manifest of the last build: every output file, its fingerprint, what it read, its stat.

It is what lets a rebuild skip outputs whose inputs did not change, and remove outputs whose
source is gone. An entry is trusted only while the file on disk still has the size and
modification time recorded, so a file changed or deleted by hand is written again. Like the
content cache it is only an accelerator: without it, everything is built.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.incremental.content_cache import digest_of
from generator.incremental.deps import Key
from generator.incremental.stamped import read_stamped, write_stamped

FORMAT = 5
Digest = tuple[str, str]  # (the version of what a key follows, the key's digest)


@dataclass(frozen=True)
class Entry:
    """One output file as the last build left it."""

    fingerprint: str
    keys: tuple[Key, ...]
    size: int
    mtime_ns: int


class Manifest:
    """Output path -> Entry, for one output folder."""

    def __init__(self, cache_dir: Path, output: Path):
        self.path = cache_dir / f"outputs-{digest_of(str(output))[:10]}-{FORMAT}.pickle"
        self.output = output
        self.entries: dict[str, Entry] = {}
        # What the next build compares and reuses (see `deps` and `outputs.plan._Fingerprints`):
        self.listing_digests: dict[str, str] = {}  # output path -> digest of its listing and template
        self.key_digests: dict[Key, str] = {}  # the digest of every key the outputs read
        self.versioned: dict[Key, Digest] = {}  # keys that follow one file's version
        self.inputs = ""  # a digest of all that key digests are made from ("": not known)
        self.indexed: dict[str, str] = {}  # story page -> what the search index reads of it

    @classmethod
    def load(cls, cache_dir: Path, output: Path) -> Manifest:
        """The last build's manifest; empty when there is none, it is unreadable, or output/ is gone."""
        manifest = cls(cache_dir, output)
        if output.is_dir():
            stored: tuple[Any, ...] = read_stamped(manifest.path) or ({}, {}, {}, {}, "", {})
            (
                manifest.entries,
                manifest.listing_digests,
                manifest.key_digests,
                manifest.versioned,
                manifest.inputs,
                manifest.indexed,
            ) = stored
        return manifest

    def keys(self, path: str) -> tuple[Key, ...] | None:
        entry = self.entries.get(path)
        return entry.keys if entry else None

    def indexed_print(self, path: str) -> str:
        """What a part's fingerprint takes of a story page: the digest of its indexed text, or
        (not known) its fingerprint."""
        found = self.indexed.get(path)
        return found if found else self.entries[path].fingerprint

    def fresh(self, path: str, fingerprint: str) -> bool:
        """True when `path` was built from the same inputs and is still on disk as written."""
        entry = self.entries.get(path)
        if entry is None or entry.fingerprint != fingerprint:
            return False
        try:
            info = os.stat(f"{self.output}/{path}")  # (a string: 14,000 of them per build)
        except OSError:
            return False
        return info.st_size == entry.size and info.st_mtime_ns == entry.mtime_ns

    def record(self, path: str, fingerprint: str, keys: tuple[Key, ...]) -> None:
        """Note a file just written (its stat is read from disk)."""
        info = os.stat(self.output / path)
        self.entries[path] = Entry(fingerprint, keys, info.st_size, info.st_mtime_ns)

    def save(self, previous: Manifest | None = None) -> None:
        """Write the manifest, unless it is the same as `previous` (a build that changed nothing)."""
        if previous is None or previous.parts() != self.parts():
            write_stamped(self.path, self.parts(), "build manifest")

    def parts(self) -> tuple[object, ...]:
        return (
            self.entries,
            self.listing_digests,
            self.key_digests,
            self.versioned,
            self.inputs,
            self.indexed,
        )
