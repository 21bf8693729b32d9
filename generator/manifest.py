"""The manifest of the last build: every output file, its fingerprint, what it read, its stat.

It is what lets a rebuild skip outputs whose inputs did not change, and remove outputs whose
source is gone. An entry is trusted only while the file on disk still has the size and
modification time recorded, so a file changed or deleted by hand is written again. Like the
content cache it is only an accelerator: without it, everything is built.
"""

from __future__ import annotations

import logging
import os
import pickle
from dataclasses import dataclass
from pathlib import Path

from generator import __version__
from generator.deps import Key, digest_of

log = logging.getLogger("briefing.manifest")
FORMAT = 1


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

    @classmethod
    def load(cls, cache_dir: Path, output: Path) -> Manifest:
        """The last build's manifest; empty when there is none, it is unreadable, or output/ is gone."""
        manifest = cls(cache_dir, output)
        if not output.is_dir():
            return manifest
        try:
            with open(manifest.path, "rb") as handle:
                stamp, entries = pickle.load(handle)
            if stamp == __version__:
                manifest.entries = entries
        except (OSError, pickle.UnpicklingError, EOFError, ValueError, TypeError, AttributeError):
            manifest.entries = {}
        return manifest

    def keys(self, path: str) -> tuple[Key, ...] | None:
        entry = self.entries.get(path)
        return entry.keys if entry else None

    def fresh(self, path: str, fingerprint: str) -> bool:
        """True when `path` was built from the same inputs and is still on disk as written."""
        entry = self.entries.get(path)
        if entry is None or entry.fingerprint != fingerprint:
            return False
        try:
            info = os.stat(self.output / path)
        except OSError:
            return False
        return info.st_size == entry.size and info.st_mtime_ns == entry.mtime_ns

    def record(self, path: str, fingerprint: str, keys: tuple[Key, ...]) -> None:
        """Note a file just written (its stat is read from disk)."""
        info = os.stat(self.output / path)
        self.entries[path] = Entry(fingerprint, keys, info.st_size, info.st_mtime_ns)

    def save(self) -> None:
        """Write the manifest atomically; a failure only costs speed next time."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temporary = self.path.with_suffix(f".tmp-{os.getpid()}")
            with open(temporary, "wb") as handle:
                pickle.dump((__version__, self.entries), handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, self.path)
        except OSError as exc:
            log.warning("could not write the build manifest %s: %s", self.path, exc.strerror)
