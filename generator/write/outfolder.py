"""Which folder a build may write, checked before anything is read or written, and the marker
that tells the folders this tool made from anyone else's.

A build replaces its output folder whole, and clears the folders it leaves beside it (staging,
spool, a retired site). So the output may only be the project's `output/`, or a folder outside
the project that does not exist, is empty, or holds the marker every build writes into its
output and into each folder it makes beside it. Never the project folder, a folder holding it,
another folder inside it, or a symbolic link. A folder beside the output is removed only when
its name is one this tool gives (see `swap`) and it holds the marker.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
from pathlib import Path

from generator.errors import BuildError, UsageError
from generator.incremental.content_cache import CACHE_DIR
from generator.render.templates import STATIC_DIR, TEMPLATES_DIR

OUTPUT_DIR = "output"
MARKER = ".briefing-output"
MARKER_TEXT = b"Made by briefing-site. Every build replaces this whole folder: keep nothing else here.\n"
_OWN = ("content", TEMPLATES_DIR, STATIC_DIR, CACHE_DIR, OUTPUT_DIR)
MOUNT_POINT = (  # why a mount point cannot be the output, and what to do instead
    "is a mount point, which a build cannot swap for the new site: mount the volume outside "
    "the project and build into an empty folder on it (--output /path/to/volume/site)"
)
_ADVICE = (
    "a build replaces its output folder whole: use output/ (the default) or a folder outside "
    "the project that is empty or was built by briefing"
)


def output_folder(root: Path, given: Path | None = None) -> Path:
    """The folder a build of the project at `root` writes: the project's `output/`, or `given`
    (relative to the working folder). Raises UsageError, touching nothing, when it may not be."""
    root = root.resolve()
    project_output = root / OUTPUT_DIR
    shown = f"{OUTPUT_DIR}/" if given is None else f"--output {given}"
    path = project_output if given is None else Path(os.path.abspath(given))
    if path.is_symlink():
        raise UsageError(f"{shown}: is a symbolic link to {os.readlink(path)}; {_ADVICE}")
    resolved = path.resolve()
    if resolved == root:
        raise UsageError(f"{shown}: is the project folder; {_ADVICE}")
    if root.is_relative_to(resolved):
        raise UsageError(f"{shown}: holds the project folder {root}; {_ADVICE}")
    if resolved != project_output and resolved.is_relative_to(root):
        first = resolved.relative_to(root).parts[0]
        where = f"the project's {first}/ folder" if first in _OWN else "the project"
        raise UsageError(f"{shown}: is inside {where}; {_ADVICE}")
    if resolved.exists() or resolved.is_symlink():
        if not resolved.is_dir():
            raise UsageError(f"{shown}: is a file, not a folder")
        if is_mount_point(resolved):
            raise UsageError(f"{shown}: {MOUNT_POINT}")
        if resolved != project_output and not is_made(resolved) and _has_entries(resolved):
            raise UsageError(
                f"{shown}: holds files briefing did not build (no {MARKER} in it), which a build "
                "would delete: empty the folder or choose another"
            )
    return resolved


def is_mount_point(folder: Path) -> bool:
    """True when a file system is mounted on `folder`, a bind mount of a folder of the same
    file system included (os.path.ismount misses those; Linux lists them in mountinfo)."""
    if os.path.ismount(folder):
        return True
    try:
        with open("/proc/self/mountinfo", encoding="utf-8", errors="surrogateescape") as handle:
            lines = handle.read().splitlines()
    except OSError:
        return False
    wanted = str(folder)
    for line in lines:
        fields = line.split(" ")
        if len(fields) > 4 and _unescape(fields[4]) == wanted:
            return True
    return False


def _unescape(field: str) -> str:
    """A mountinfo path: space, tab, newline and backslash are written as octal escapes."""
    for code in ("040", "011", "012", "134"):
        field = field.replace(f"\\{code}", chr(int(code, 8)))
    return field


def is_made(folder: Path) -> bool:
    """True when `folder` is a real folder holding the marker (a file, not a link)."""
    try:
        if not stat.S_ISDIR(os.lstat(folder).st_mode):
            return False
        return stat.S_ISREG(os.lstat(folder / MARKER).st_mode)
    except OSError:
        return False


def mark(folder: Path) -> None:
    """Write the marker into `folder`."""
    with os.fdopen(create_file(folder / MARKER), "wb") as handle:
        handle.write(MARKER_TEXT)


def create_file(path: Path) -> int:
    """`path` opened for writing afresh, never through a symbolic link: a link (or anything not a
    plain file) found there is removed first, so a link planted in the project cannot make a
    build write over the file it points to."""
    if os.path.lexists(path) and not stat.S_ISREG(os.lstat(path).st_mode):
        os.unlink(path)
    return os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW, 0o644)


def make_folder(folder: Path) -> Path:
    """Make `folder` (beside an output) afresh, with the marker; a leftover this tool made is
    cleared first, anything else in the way is refused."""
    if os.path.lexists(folder):
        if not is_made(folder):
            raise BuildError(
                f"{folder}: is in the way, and was not made by briefing (no {MARKER} in it); "
                "move it elsewhere"
            )
        remove_tree(folder)
    folder.mkdir(parents=True)
    mark(folder)
    return folder


def remove_made(folder: Path) -> bool:
    """Remove `folder` if this tool made it (it holds the marker); False when it was left."""
    if not is_made(folder):
        return False
    remove_tree(folder)
    return True


def remove_tree(folder: Path) -> None:
    """Remove a folder this tool made, its marker last. A build killed midway then leaves the
    folder marked, or empty, and the next build's `recover` clears either; `shutil.rmtree`
    alone may delete the marker first and leave a full folder no build will touch again."""
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        if entry.name == MARKER:
            continue
        with contextlib.suppress(OSError):
            if entry.is_dir(follow_symlinks=False):
                shutil.rmtree(entry.path)
            else:
                os.unlink(entry.path)
    try:
        left = [name for name in os.listdir(folder) if name != MARKER]
    except OSError:
        return
    if left:  # an entry that would not go, or one written since: keep the marker for `recover`
        return
    with contextlib.suppress(OSError):
        os.unlink(folder / MARKER)
    with contextlib.suppress(OSError):
        os.rmdir(folder)


def _has_entries(folder: Path) -> bool:
    with os.scandir(folder) as entries:
        return next(entries, None) is not None
