"""Writing the built site: collisions refused, paths kept inside, never a half-written site.

A first build (or one with no usable manifest) writes every file into a staging folder beside
`output/` and swaps it in at once (see `swap`). A rebuild changes only what changed: the new
files are staged, a journal naming every file to move in and every file to remove is written,
and then the moves are made, each an atomic rename, so a reader never sees a half-written
page. A build killed while moving leaves the journal, and the next build (or preview) finishes
the moves before anything else: the output is then the new site, never a mix.
"""

from __future__ import annotations

import errno
import json
import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from generator.errors import BuildError
from generator.write.outfolder import MOUNT_POINT, create_file, make_folder, remove_made
from generator.write.swap import Held, beside, build_lock, build_writer, recover, replace_folder

JOURNAL = "journal"


@dataclass
class OutputSet:
    """The files of one build by output path: new bytes to write, or kept as they are on disk.

    With a `spool` (a folder beside the output, for builds that write many files), new bytes
    are written there at once instead of being held: `files` then maps their paths to None, and
    the spool becomes the staging folder the writer moves files in from.
    """

    files: dict[str, bytes | None] = field(default_factory=dict)
    kept: set[str] = field(default_factory=set)
    origins: dict[str, str] = field(default_factory=dict)
    spool: Path | None = None
    _writer: SpoolWriter | None = field(default=None, repr=False, compare=False)

    def writer(self) -> SpoolWriter | None:
        """What writes into the spool, in this process or a forked one (None: no spool)."""
        if self.spool is None:
            return None
        if self._writer is None or self._writer.folder != self.spool:
            self._writer = SpoolWriter(self.spool)
        return self._writer

    def add(self, path: str, data: bytes, origin: str) -> None:
        self._claim(path, origin)
        writer = self.writer()
        if writer is None:
            self.files[path] = data
            return
        writer.write(path, data)
        self.files[path] = None

    def made(self, path: str, data: bytes, origin: str) -> None:
        """A file a worker made with `writer()`: its bytes, or (with a spool) written there."""
        if self.spool is None:
            self.add(path, data, origin)
        else:
            self._claim(path, origin)
            self.files[path] = None

    def discard_spool(self) -> None:
        """Remove the spool (the build failed before writing)."""
        if self.spool is not None:
            remove_made(self.spool)
        self._writer = None  # the folders it made are gone

    def keep(self, path: str, origin: str) -> None:
        """`path` is unchanged since the last build: it stays as it is on disk."""
        self._claim(path, origin)
        self.kept.add(path)

    def _claim(self, path: str, origin: str) -> None:
        key = path.casefold()
        if key in self.origins:
            raise BuildError(f"two pages map to output/{path}: {self.origins[key]} and {origin}")
        self.origins[key] = origin

    def paths(self) -> set[str]:
        return set(self.files) | self.kept

    def __len__(self) -> int:
        return len(self.files) + len(self.kept)


def spool_folder(output: Path) -> Path:
    """Where a build spools its new files (see `OutputSet`)."""
    return beside(output, "spool")


class Stager:
    """Writes files under a staging folder this build made (so nothing in it is a symbolic
    link): each path is checked to stay inside, and each folder is made once."""

    def __init__(self, folder: Path):
        self.folder = folder
        self._root = os.path.abspath(folder)
        self._made: set[str] = set()

    def write(self, path: str, data: bytes) -> None:
        target = os.path.normpath(os.path.join(self._root, path))
        if not target.startswith(self._root + os.sep):
            raise BuildError(f"refused to write outside the output folder: {path}")
        parent = os.path.dirname(target)
        if parent not in self._made:
            os.makedirs(parent, exist_ok=True)
            self._made.add(parent)
        try:
            with open(target, "wb") as handle:
                handle.write(data)
        except OSError as error:  # a full disk names no file: name it
            raise OSError(error.errno, error.strerror, error.filename or target) from None


class SpoolWriter:
    """A `Stager` for each process that writes into one spool: forked workers make their own
    folders (one writer per build, since a later build's spool starts empty). The spool is
    made here, with the marker, before any worker is forked."""

    def __init__(self, folder: Path):
        self.folder = make_folder(folder)
        self._stagers: dict[int, Stager] = {}

    def write(self, path: str, data: bytes) -> None:
        pid = os.getpid()
        stager = self._stagers.get(pid)
        if stager is None:
            stager = self._stagers[pid] = Stager(self.folder)
        stager.write(path, data)


def _stage(files: dict[str, bytes | None], staging: Path) -> None:
    """Write the files that are in memory (None: spooled there already) under `staging`."""
    stager = Stager(staging)
    for path, data in sorted(files.items()):
        if data is not None:
            stager.write(path, data)


@contextmanager
def _locked(output: Path, held: Held | None) -> Iterator[Held]:
    """The lock the caller holds (`held`), or the output's lock taken for this write alone."""
    if held is not None:
        yield held
        return
    with build_lock(output) as mine:
        mine.claim(build_writer())
        yield mine


def write_all(
    files: OutputSet,
    output: Path,
    finish: Callable[[Path], object] | None = None,
    held: Held | None = None,
) -> None:
    """Write every file to a staging folder, run `finish` on it, then swap it in for `output`.
    The staging folder carries the marker, so the new `output` does. `held`: the output's lock,
    when the caller holds it already."""
    output = output.resolve()
    with _locked(output, held):
        recover_output(output, keep=files.spool)
        staging = files.spool or make_folder(beside(output, "tmp"))
        try:
            _stage(files.files, staging)
            if finish is not None:
                finish(staging)
            replace_folder(staging, output, beside(output, "old"))
        finally:
            remove_made(staging)  # what is left of it when it was not swapped in


Finish = Callable[[Path], tuple[list[str], list[str]]]


def apply_changes(
    output: Path,
    files: dict[str, bytes | None],
    deletes: Iterable[str],
    finish: Finish | None = None,
    spool: Path | None = None,
    durable: bool = True,
    held: Held | None = None,
) -> None:
    """Put `files` in place in `output` and remove `deletes`, through a journal (see above).

    `finish(staging)` may add files to the staging folder before anything moves; it returns the
    extra paths to move in and to remove. Files given as None are in `spool` already. With
    `durable` the journal is synced to disk before the moves (a power cut cannot lose it); the
    preview, whose output is rebuilt at will, skips that wait. `held`: as for `write_all`.
    """
    output = output.resolve()
    writes, removals = sorted(files), set(deletes)
    if not files and not removals and finish is None:
        if spool is not None:
            remove_made(spool)
        return
    with _locked(output, held):
        recover_output(output, keep=spool)
        staging = spool or make_folder(beside(output, "tmp"))
        try:
            _stage(files, staging)
            if finish is not None:
                extra_writes, extra_deletes = finish(staging)
                writes = sorted({*writes, *extra_writes})
                removals |= set(extra_deletes)
            _write_journal(output, staging, writes, sorted(removals - set(writes)), durable)
        except BaseException:
            remove_made(staging)
            raise
        try:
            _replay(output)  # from here on the journal owns the staged files until every move is made
        except OSError as error:
            if error.errno == errno.EXDEV:  # a mount point inside the output, or the output itself
                raise BuildError(f"{output.name}/ or a folder in it {MOUNT_POINT}") from None
            where = f" ({error.filename})" if error.filename else ""
            raise BuildError(
                f"{error.strerror or error}{where} while moving the new files into {output.name}/; "
                "the next build finishes the moves"
            ) from None


def recover_output(output: Path, keep: Path | None = None) -> None:
    """Finish the moves of a build that was killed while making them, then clear leftovers
    (but `keep`, this build's spool)."""
    journal = _journal_path(output)
    if journal.exists():
        _replay(output)
    journal.with_name(journal.name + ".new").unlink(missing_ok=True)  # killed while writing it
    recover(output, keep)


def _journal_path(output: Path) -> Path:
    return output.parent / f".{output.name}.{JOURNAL}"


def _write_journal(
    output: Path, staging: Path, writes: list[str], deletes: list[str], durable: bool = True
) -> None:
    journal = _journal_path(output)
    temporary = journal.with_name(journal.name + ".new")
    data = {"staging": staging.name, "writes": writes, "deletes": deletes}
    with os.fdopen(create_file(temporary), "w", encoding="utf-8") as handle:
        json.dump(data, handle)
        handle.flush()
        if durable:
            os.fsync(handle.fileno())
    os.replace(temporary, journal)


def _replay(output: Path) -> None:
    """Make (or finish making) the moves a journal names; safe to run twice."""
    journal = _journal_path(output)
    data = json.loads(journal.read_text(encoding="utf-8"))
    staging = output.parent / data["staging"]
    if staging.parent != output.parent or not staging.name.startswith(f".{output.name}."):
        raise BuildError(f"{journal}: names {data['staging']} as its staging folder; remove the journal")
    made: set[Path] = set()
    for path in data["writes"]:
        _check_inside(journal, output, path)
        source, target = staging / path, output / path
        if not source.exists():
            continue  # moved already, before the build was killed
        if target.parent not in made:
            target.parent.mkdir(parents=True, exist_ok=True)
            made.add(target.parent)
        os.replace(source, target)
    for path in data["deletes"]:
        _check_inside(journal, output, path)
        target = output / path
        target.unlink(missing_ok=True)
        _prune(target.parent, output)
    journal.unlink()
    remove_made(staging)


def _check_inside(journal: Path, output: Path, path: str) -> None:
    """Refuse a journal that names a file outside `output` (this tool never writes one)."""
    target = os.path.normpath(os.path.join(output, path))
    if not target.startswith(f"{output}{os.sep}"):
        raise BuildError(f"{journal}: names {path}, outside {output.name}/; remove the journal")


def _prune(folder: Path, output: Path) -> None:
    """Remove folders left empty by deletions, up to (not including) `output`."""
    while folder != output and folder.is_relative_to(output):
        try:
            folder.rmdir()
        except OSError:
            return
        folder = folder.parent
