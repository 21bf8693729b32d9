"""Replacing one folder by another so that readers see the old one or the new one, never neither.

On Linux, `renameat2(RENAME_EXCHANGE)` swaps the two folders in one step. Where that is not
available, two renames are used, and `recover` puts the previous folder back if a process died
between them. The folders a build makes beside its output are named `.<output>.<kind>-<pid>`
and hold the marker (see `outfolder`); `recover` clears only those, so a user's
`.output.backup-2024/` is left alone.

A lock refuses two builds of one output folder at a time. Its file also records the writer (an
id) of the last build that held it, which tells the preview whether another process has built
since its own last build.
"""

from __future__ import annotations

import ctypes
import errno
import fcntl
import glob
import logging
import os
import re
import secrets
import stat
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from generator.errors import BuildError
from generator.write.outfolder import MARKER, MOUNT_POINT, is_made, remove_tree

log = logging.getLogger("briefing")
_AT_FDCWD = -100
_RENAME_EXCHANGE = 2
_libc = ctypes.CDLL(None, use_errno=True) if sys.platform.startswith("linux") else None
KINDS = ("tmp", "old", "spool", "index")  # staging, a retired site, a spool, a search index's work
_LEFTOVER = re.compile(rf"\.(?P<name>.+)\.(?P<kind>{'|'.join(KINDS)})-(?P<pid>[0-9]+)")
_RUN = secrets.token_hex(6)


def beside(output: Path, kind: str) -> Path:
    """The folder of `kind` (one of KINDS) this process uses beside `output`."""
    return output.parent / f".{output.name}.{kind}-{os.getpid()}"


def exchange(a: Path, b: Path) -> bool:
    """Atomically swap two paths; False when the system cannot (then nothing was changed)."""
    renameat2 = getattr(_libc, "renameat2", None)
    if renameat2 is None:
        return False
    result = renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    if result == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP, errno.EXDEV):
        return False
    raise OSError(code, os.strerror(code), str(b))


def replace_folder(staging: Path, output: Path, retired: Path) -> None:
    """Put `staging` in place of `output`; the previous `output` is removed afterwards."""
    try:
        if output.exists() and exchange(staging, output):
            remove_tree(staging)  # the previous site, swapped out
            return
        if output.exists():
            os.replace(output, retired)
        os.replace(staging, output)
    except OSError as error:
        if error.errno == errno.EBUSY:  # a mount point (os.path.ismount misses bind mounts)
            raise BuildError(f"{output.name}/: {MOUNT_POINT}") from None
        raise
    remove_tree(retired)


def recover(output: Path, keep: Path | None = None) -> None:
    """Undo what a killed build left beside `output`: restore a retired site, drop staging
    (but `keep`). Only folders named and marked by this tool are touched."""
    for leftover in sorted(output.parent.glob(f".{glob.escape(output.name)}.*-*")):
        match = _LEFTOVER.fullmatch(leftover.name)
        if match is None or match["name"] != output.name or leftover == keep:
            continue
        pid = int(match["pid"])
        if pid != os.getpid() and _alive(pid):
            continue
        if not is_made(leftover):
            if _empty_folder(leftover):  # made, then killed before its marker: nothing to lose
                leftover.rmdir()
                continue
            log.warning("left %s alone: it holds no %s, so briefing did not make it", leftover, MARKER)
            continue
        if match["kind"] == "old" and not output.exists():
            os.replace(leftover, output)
        else:
            remove_tree(leftover)


def _empty_folder(path: Path) -> bool:
    try:
        return stat.S_ISDIR(os.lstat(path).st_mode) and not os.listdir(path)
    except OSError:
        return False


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def process_writer() -> str:
    """The writer this process leaves in the locks it holds (the preview: all its builds and
    search refreshes)."""
    return f"{os.getpid()}-{_RUN}"


def build_writer() -> str:
    """A writer for one build (a one-off build is another writer than any before it)."""
    return f"{os.getpid()}-{secrets.token_hex(6)}"


@dataclass
class Held:
    """The lock of one output folder, held by this process."""

    handle: IO[str]
    previous_writer: str  # the writer the last holder left ("": not known, e.g. a lock never held)
    writer: str  # what this holder leaves: `previous_writer` until it claims the output

    def claim(self, writer: str) -> None:
        """Record `writer` as the last writer of the output, before anything in it changes (so a
        holder killed while writing has left its writer)."""
        self.writer = writer
        self._write(f"pid {os.getpid()}\nlast {writer}\n")

    def _write(self, text: str) -> None:
        self.handle.seek(0)
        self.handle.truncate()
        self.handle.write(text)
        self.handle.flush()


def lock_path(output: Path) -> Path:
    return output.parent / f".{output.name}.lock"


@contextmanager
def build_lock(output: Path, wait: bool = False) -> Iterator[Held]:
    """Hold the output folder's lock; refuse clearly if another build holds it, or (`wait`)
    wait until it ends."""
    output.parent.mkdir(parents=True, exist_ok=True)
    path = lock_path(output)
    try:  # never through a symbolic link: the lock file is written, and a link could point anywhere
        descriptor = os.open(path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW, 0o644)
    except OSError as error:
        if error.errno != errno.ELOOP:
            raise
        raise BuildError(f"{path}: is a symbolic link; remove it (a build writes its lock there)") from None
    with os.fdopen(descriptor, "r+", encoding="utf-8") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _lines(handle).get("pid", "")
            holder = f"pid {holder}" if holder else "another process"
            if not wait:
                raise BuildError(
                    f"another build of {output.name}/ is running ({holder}); try again when it ends"
                ) from None
            log.info("waiting for another build of %s/ (%s) to end", output.name, holder)
            fcntl.flock(handle, fcntl.LOCK_EX)
        previous = _lines(handle).get("last", "")
        held = Held(handle, previous, previous)
        held._write(f"pid {os.getpid()}\nlast {previous}\n")
        try:
            yield held
        finally:
            held._write(f"last {held.writer}\n" if held.writer else "")
            fcntl.flock(handle, fcntl.LOCK_UN)


def last_writer(output: Path) -> str:
    """The writer of the last build that wrote `output` ("" when none is known), read without
    taking the lock: the preview looks at it while idle to see another process's build."""
    try:
        descriptor = os.open(lock_path(output), os.O_RDONLY | os.O_NOFOLLOW)
    except OSError:
        return ""
    with os.fdopen(descriptor, encoding="utf-8", errors="replace") as handle:
        return _lines(handle).get("last", "")


def _lines(handle: IO[str]) -> dict[str, str]:
    """The lock file's `key value` lines."""
    handle.seek(0)
    found = {}
    for line in handle.read().splitlines():
        key, _, value = line.partition(" ")
        found[key] = value.strip()
    return found
