"""The content cache: a file that has not changed since the last build is not parsed again.

Each entry is found by the file's path and content digest, and by a digest of everything
else its validation read (the outlets for an article; the topics and the set of
article ids for a briefing). A hit gives back the loaded object and the problems found then,
so warnings are reported on every build, not only the first. The cache lives in `.cache/`
and is only an accelerator: deleting it changes nothing but speed.
"""

from __future__ import annotations

import hashlib
import os
import time
from pathlib import Path
from typing import Any

from generator.errors import Problem
from generator.incremental.stamped import read_stamped, write_stamped

CACHE_DIR = ".cache"
FORMAT = 3
MAX_HASHED = 5 * 1024 * 1024
SETTLED_NS = 2_000_000_000
Stat = tuple[int, int, int]
FileDigest = tuple[str, str] | None  # (content digest, what it was checked against); None: unreadable
FilePath = str | Path  # entries are stored under str(path): the loader passes the listing's strings


def digest_of(*values: object) -> str:
    """A short, stable digest of the repr of some values (frozen dataclasses, tuples, strings)."""
    return hashlib.sha256(repr(values).encode()).hexdigest()[:16]


class ContentCache:
    """Loaded content by file, valid while the file and what it was checked against are unchanged."""

    def __init__(self, root: Path):
        self.path = root / CACHE_DIR / f"content-{FORMAT}.pickle"
        self.entries: dict[str, tuple[tuple[str, str], Any, list[Problem], str, Stat, int]] = {}
        self._stats: dict[str, Stat] = {}
        self._changed: set[str] | None = None
        self.changed = False
        self.entries = read_stamped(self.path) or {}

    def file_digest(self, path: FilePath, depends: str) -> FileDigest:
        """The file's content digest with what it depends on; None when it cannot be read.

        Content, not modification time, tells files apart: two saves within one timestamp tick
        must not collide. The digest recorded last time is reused without reading the file only
        when its size, inode and modification time are unchanged and that modification time was
        already more than `SETTLED_NS` old when it was recorded (so no save can hide behind it).
        """
        name = str(path)
        if self._changed is not None and name not in self._changed:
            entry = self.entries.get(name)
            if entry is not None and entry[0][1] == depends:  # the watcher saw no change to it
                self._stats[name] = entry[4]
                return entry[0]
        try:
            info = os.stat(name)
            if info.st_size > MAX_HASHED:
                return None  # the loader refuses such a file; do not read it here
            stat = (info.st_mtime_ns, info.st_size, info.st_ino)
            self._stats[name] = stat
            entry = self.entries.get(name)
            if entry is not None and entry[4] == stat and info.st_mtime_ns + SETTLED_NS < entry[5]:
                digest = entry[0][0]
            else:
                with open(name, "rb") as file:
                    digest = hashlib.blake2b(file.read(), digest_size=16).hexdigest()
        except OSError:
            return None
        return (digest, depends)

    def knows(self, path: FilePath) -> bool:
        """True when the cache has an entry for `path` (only then can it answer for the file)."""
        return str(path) in self.entries

    def stat(self, path: FilePath) -> Stat | None:
        """The stat `file_digest()` took of `path` (None before it, or when the file could not be read)."""
        return self._stats.get(str(path))

    def trust_unchanged(self, changed: set[str] | None) -> None:
        """Take files not in `changed` as unchanged without a stat (a watcher said so); None
        checks every file again."""
        self._changed = changed

    def get(self, path: FilePath, digest: FileDigest) -> tuple[Any, list[Problem], str] | None:
        """The loaded object, its problems and its version, when the file's digest still matches."""
        name = str(path)
        entry = self.entries.get(name)
        if digest is None or entry is None or entry[0] != digest:
            return None
        if entry[4] != self._stats.get(name):  # same content, new stat: remember the new one
            self.put(path, digest, entry[1], entry[2], entry[3])
        return entry[1], entry[2], entry[3]

    def put(
        self,
        path: FilePath,
        digest: FileDigest,
        value: Any,
        problems: list[Problem],
        version: str,
        stat: Stat | None = None,
    ) -> None:
        """Remember what reading `path` gave; `stat` is the one taken with its digest where that
        was not this process (by default, the one `file_digest()` took here)."""
        if digest is not None:
            stat = stat or self._stats.get(str(path), (0, 0, 0))
            self.entries[str(path)] = (digest, value, problems, version, stat, time.time_ns())
            self.changed = True

    def keep_only(self, paths: set[str]) -> None:
        """Forget files that no longer exist."""
        for gone in set(self.entries) - paths:
            del self.entries[gone]
            self.changed = True

    def save(self) -> None:
        """Write the cache atomically; a failure to write only costs speed next time."""
        if self.changed:
            write_stamped(self.path, self.entries, "content cache")
            self.changed = False
