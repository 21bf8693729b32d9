"""Replacing one folder by another so that readers see the old one or the new one, never neither.

On Linux, `renameat2(RENAME_EXCHANGE)` swaps the two folders in one step. Where that is not
available, two renames are used, and `recover` puts the previous folder back if a process died
between them. A lock refuses two builds of one output folder at a time.
"""

from __future__ import annotations

import ctypes
import errno
import fcntl
import os
import shutil
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from generator.errors import BuildError

_AT_FDCWD = -100
_RENAME_EXCHANGE = 2
_libc = ctypes.CDLL(None, use_errno=True) if sys.platform.startswith("linux") else None


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
    raise OSError(code, os.strerror(code), str(a))


def replace_folder(staging: Path, output: Path, retired: Path) -> None:
    """Put `staging` in place of `output`; the previous `output` is removed afterwards."""
    if output.exists() and exchange(staging, output):
        shutil.rmtree(staging, ignore_errors=True)
        return
    if output.exists():
        os.replace(output, retired)
    os.replace(staging, output)
    shutil.rmtree(retired, ignore_errors=True)


def recover(output: Path, keep: Path | None = None) -> None:
    """Undo what a killed build left beside `output`: restore a retired site, drop staging
    (but `keep`)."""
    for leftover in sorted(output.parent.glob(f".{output.name}.*-*")):
        if keep is not None and leftover == keep:
            continue
        kind, _, pid = leftover.name.rpartition("-")
        if pid.isdigit() and _alive(int(pid)) and int(pid) != os.getpid():
            continue
        if kind.endswith(".old") and not output.exists():
            os.replace(leftover, output)
        else:
            shutil.rmtree(leftover, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@contextmanager
def build_lock(output: Path) -> Iterator[None]:
    """Hold the output folder's lock for one build; refuse clearly if another build holds it."""
    output.parent.mkdir(parents=True, exist_ok=True)
    lock_path = output.parent / f".{output.name}.lock"
    with open(lock_path, "a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            raise BuildError(
                f"another build of {output.name}/ is running ({holder}); try again when it ends"
            ) from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()}")
        handle.flush()
        try:
            yield
        finally:
            handle.seek(0)
            handle.truncate()
            fcntl.flock(handle, fcntl.LOCK_UN)
