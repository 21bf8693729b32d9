"""The last three stages: write the new files beside the output, index them, move them in.

`stage_outputs` (the write stage) puts the files the render stage made into a staging folder
beside `output/`; `index_search` (the search stage) indexes the parts of the search index whose
story pages changed (see `search`), side by side, into the same folder; `publish` moves it all
in at once (a first build swaps the whole folder in; a rebuild goes through the journal, see
`writer`) and records the manifest (`move_in`, the publish stage). Until then, `output/` is
untouched.

The preview refreshes the index apart from its builds: `stage_search` (in a thread) indexes the
stale parts from the story pages on disk into a folder beside `output/`, touching nothing in
it, while the server keeps serving and rebuilding; `apply_search` (between two rebuilds) then
moves the changed bundle files in and records them.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from generator.errors import BuildError
from generator.incremental.manifest import Manifest
from generator.outputs.plan import OutputPlan
from generator.outputs.search import (
    BUNDLE_DIR,
    Part,
    in_bundle,
    owner,
    part_glob,
    run_pagefind,
    stale_parts,
    with_fingerprints,
)
from generator.write.outfolder import is_made, make_folder, mark, remove_made
from generator.write.swap import Held, beside, build_lock, process_writer
from generator.write.writer import OutputSet, Stager, apply_changes, write_all

log = logging.getLogger("briefing.publish")


@dataclass(frozen=True)
class StagedSearch:
    """Index parts made from the story pages on disk, ready to be moved into `output`."""

    output: Path
    staging: Path
    parts: list[Part]  # every part of the index the pages make now
    indexed: list[Part]  # those of them made again
    changed: list[str]  # bundle files to move in
    removed: list[str]  # bundle files the new index no longer has


def search_staging(output: Path) -> Path:
    """Where the preview stages its search refresh (not a build's staging: builds leave it be)."""
    return output.parent / f".{output.name}.search"


def stage_search(output: Path, parts: list[Part], manifest: Manifest, jobs: int) -> StagedSearch:
    """Index the stale parts from the story pages now in `output` into a folder beside it;
    `output` is only read.

    The pages are hard-linked first, so pages a rebuild replaces meanwhile do not change what
    is indexed; `parts` carry the fingerprints of the pages the caller expects there.
    """
    staging = make_folder(search_staging(output))
    stale = stale_parts(parts, manifest)
    changed, removed = index_parts(
        stale, parts, output, staging, staging / ".parts", jobs, lambda path: output / path
    )
    return StagedSearch(output, staging, parts, stale, changed, removed)


def apply_search(staged: StagedSearch, manifest: Manifest) -> None:
    """Move a staged index in (through the journal, like a rebuild) and record it; refused when
    another process has built the output since this one's last build (the index would not be
    that of the pages there, and `manifest` is out of date: the preview's next build reloads)."""

    def move_in(staging: Path) -> tuple[list[str], list[str]]:
        for path in staged.changed:
            (staging / path).parent.mkdir(parents=True, exist_ok=True)
            os.replace(staged.staging / path, staging / path)
        return staged.changed, staged.removed

    try:
        with build_lock(staged.output) as held:
            if held.previous_writer != process_writer():
                raise BuildError(f"another process has built {staged.output.name}/ since this index was made")
            held.claim(process_writer())
            apply_changes(staged.output, {}, (), finish=move_in, held=held)
    except OSError as error:
        raise BuildError(f"{error.strerror or error} ({error.filename})") from None
    finally:
        remove_made(staged.staging)
    _record_index(manifest, staged.parts, staged.indexed)
    log.info("search index refreshed: %d parts, %d files changed", len(staged.indexed), len(staged.changed))


@dataclass
class Staged:
    """A build's new files, in a staging folder beside the output and not yet in it.

    The folder is the render stage's spool when it spooled (see `OutputSet`), else it is made
    when the first file is staged: a build that changes nothing makes none. Once `move_in` has
    handed it to the writer, the writer removes it (or its journal owns it)."""

    output: Path
    files: OutputSet
    bundle: list[str] = field(default_factory=list)  # search bundle files staged
    gone: list[str] = field(default_factory=list)  # bundle files of `output` the new index has not
    handed: bool = False

    def folder(self) -> Path:
        """The staging folder, made on first use."""
        if self.files.spool is None:
            self.files.spool = make_folder(beside(self.output, "tmp"))
        return self.files.spool

    def discard(self) -> None:
        """Remove the staging folder (the build stopped before publishing)."""
        if not self.handed:
            self.files.discard_spool()


def stage_outputs(plan: OutputPlan) -> Staged:
    """Write the files the render stage holds in memory into the staging folder; spooled ones
    are there already. `output` is not touched."""
    files = plan.files
    staged = Staged(plan.output, files)
    waiting = sorted(path for path, data in files.files.items() if data is not None)
    if not waiting:
        return staged
    try:
        stager = Stager(staged.folder())
        for path in waiting:
            data = files.files[path]
            if data is not None:
                stager.write(path, data)
                files.files[path] = None  # staged: the writer moves it in from the folder
    except BaseException:
        staged.discard()
        raise
    return staged


def index_search(
    plan: OutputPlan, staged: Staged, jobs: int, enabled: bool = True, defer: bool = False
) -> None:
    """Index the parts of the search index whose story pages changed into the staging folder,
    from the new story pages (staged) and the unchanged ones (in `output`); at most `jobs`
    Pagefind runs at once. Bundle files of parts that are gone are removed; without `enabled`
    (`--no-search`) the whole bundle is. With `defer` (the preview), a rebuild leaves the index
    as it is, for a later refresh (`stage_search`)."""
    deferred = enabled and defer and not plan.full
    if enabled and not deferred:
        plan.parts = with_fingerprints(plan.planner.search_parts(), plan.indexed_print)
        plan.stale = stale_parts(plan.parts, plan.manifest)
    if not plan.others_kept:  # (a quick plan keeps every file it does not list)
        folders, redone = {p.folder for p in plan.parts}, {p.folder for p in plan.stale}
        for path, entry in plan.manifest.entries.items():
            if not in_bundle(path):
                continue
            part = owner(path)
            if deferred or (part in folders and part not in redone):  # unchanged, or left for later
                plan.entries[path] = (entry.fingerprint, ())
            elif not enabled or part not in folders:
                plan.removed.append(path)
            # otherwise the part is indexed again below, which replaces its files
        plan.removed.sort()
    if not plan.stale:
        return
    try:
        staged.bundle, staged.gone = _index_staged(plan, staged.folder(), jobs, compare=not plan.full)
    except BaseException:
        staged.discard()
        raise


def move_in(plan: OutputPlan, staged: Staged, held: Held | None = None, save: bool = True) -> Manifest:
    """Move the staged files into `output` and remove what the build no longer makes, at once
    for a reader (all of it swapped in on a first build); the new manifest, saved unless the
    caller (the preview) keeps it in memory (`save` False), which also skips syncing the
    journal to disk. `held`: the output's lock, when the caller holds it already."""
    output = plan.output
    staged.handed = True
    if plan.full:
        write_all(plan.files, output, held=held)
    else:
        writes = {**plan.files.files, **dict.fromkeys(staged.bundle)}
        deletes = [*plan.removed, *staged.gone]
        apply_changes(output, writes, deletes, spool=plan.files.spool, durable=save, held=held)
    manifest = _recorded(plan)
    if save:
        manifest.save(previous=plan.manifest)
    if not is_made(output):  # an output first built before the marker, and only updated since
        mark(output)
    return manifest


def _recorded(plan: OutputPlan) -> Manifest:
    """The manifest of the output as the plan left it (its search bundle included)."""
    manifest = Manifest(plan.manifest.path.parent, plan.output)
    written = set(plan.files.files)
    known = plan.known()  # shared, not copied: no build changes them after this one
    digests = known.digests
    if plan.interned is not None and plan.interned.used:  # one key object per key on disk
        digests = dict(zip(plan.interned(digests), digests.values(), strict=True))
    manifest.listing_digests, manifest.key_digests = known.listing_digests, digests
    manifest.versioned, manifest.inputs = plan.versioned(), plan.inputs
    manifest.indexed = {**plan.manifest.indexed, **plan.indexed} if plan.others_kept else plan.indexed
    if plan.others_kept:
        manifest.entries = dict(plan.manifest.entries)
    for path, (fingerprint, keys) in plan.entries.items():
        old = plan.manifest.entries.get(path)
        if path in written or old is None:
            manifest.record(path, fingerprint, keys)
        else:
            manifest.entries[path] = old
    if plan.stale:
        _record_index(manifest, plan.parts, plan.stale)
    return manifest


def _index_staged(plan: OutputPlan, staging: Path, jobs: int, compare: bool) -> tuple[list[str], list[str]]:
    """Index the stale parts from the new story pages (staged) and the unchanged ones (in
    `output`); with `compare`, only bundle files that differ from those in `output` are staged."""
    output, new = plan.output, plan.files.files
    work = beside(output, "index")
    return index_parts(
        plan.stale,
        plan.parts,
        output if compare else None,
        staging,
        work,
        jobs,
        lambda path: (staging if path in new else output) / path,
        private=staging,
    )


def index_parts(
    stale: list[Part],
    parts: list[Part],
    output: Path | None,
    staging: Path,
    work: Path,
    jobs: int,
    page: Callable[[str], Path],
    private: Path | None = None,
) -> tuple[list[str], list[str]]:
    """Index the `stale` parts side by side (at most `jobs` Pagefind runs at once) from the
    story pages `page(path)` finds, in `work`, and stage in `staging` the bundle files that
    differ from those in `output` (all of them without one). Returns the files staged and the
    files of `output` the index no longer has (of the parts made again, or of parts gone).

    `private` is a folder nothing else writes to while this runs (a build's staging): a part
    whose pages all lie there is indexed where they are (see `_index_part`)."""
    make_folder(work)
    try:
        with ThreadPoolExecutor(max_workers=max(1, min(jobs, len(stale)))) as pool:
            index = partial(_index_part, work, page, private)
            bundles = list(pool.map(index, range(len(stale)), stale))
        made: set[str] = set()
        changed: list[str] = []
        for part, bundle in zip(stale, bundles, strict=True):
            for file in sorted(bundle.rglob("*")):
                rel = file.relative_to(bundle).as_posix()
                if not file.is_file() or not part.keeps(rel):
                    continue
                path = f"{part.folder}/{rel}"
                made.add(path)
                if output is None or not _same_file(file, output / path):
                    (staging / path).parent.mkdir(parents=True, exist_ok=True)
                    os.replace(file, staging / path)
                    changed.append(path)
    finally:
        remove_made(work)
    log.info(
        "search index rebuilt: %d of %d parts, %d files, %d of them changed",
        len(stale),
        len(parts),
        len(made),
        len(changed),
    )
    if output is None:
        return changed, []
    redone, current = {p.folder for p in stale}, {p.folder for p in parts}
    gone = _bundle_files(output, lambda folder: folder in redone or folder not in current)
    gone = [path for path in gone if path not in made]
    return changed, gone


def _index_part(work: Path, page: Callable[[str], Path], private: Path | None, n: int, part: Part) -> Path:
    """Index one part's story pages; its bundle.

    When they all lie in `private` (a cold build's staging), Pagefind reads them there, picked
    out by a glob naming each story. Otherwise they are hard-linked into a folder of their
    own first: a snapshot of pages that are partly in the output, which a rebuild may replace
    meanwhile. (The glob saves a folder and a link per story, made and removed again.)"""
    site, bundle = work / str(n), work / f"{n}.bundle"
    glob = part_glob(part.pages) if private is not None else None
    if glob and private is not None and all(page(path) == private / path for path in part.pages):
        run_pagefind(private, bundle, glob)
        return bundle
    made: set[Path] = set()
    for path in part.pages:
        target = site / path
        if target.parent not in made:
            target.parent.mkdir(parents=True, exist_ok=True)
            made.add(target.parent)
        os.link(page(path), target)
    run_pagefind(site, bundle)
    return bundle


def _record_index(manifest: Manifest, parts: list[Part], indexed: list[Part]) -> None:
    """Record the bundle files of the parts just indexed (with their part's fingerprint) in
    place of theirs, and forget the files of parts that are gone."""
    redone = {p.folder: p.fingerprint for p in indexed}
    current = {p.folder for p in parts}
    for path in [p for p in manifest.entries if in_bundle(p)]:
        if owner(path) in redone or owner(path) not in current:
            del manifest.entries[path]
    for path in _bundle_files(manifest.output, redone.__contains__):
        manifest.record(path, redone[owner(path)], ())


def _same_file(new: Path, old: Path) -> bool:
    """True when `old` already holds the bytes of `new` (most of a re-run index: fragments are
    named by their content), so the move can be skipped."""
    try:
        return old.stat().st_size == new.stat().st_size and old.read_bytes() == new.read_bytes()
    except OSError:
        return False


def _bundle_files(output: Path, wanted: Callable[[str], bool]) -> list[str]:
    """The files of the search bundle now in `output` that belong to a part whose folder is
    `wanted`; the folders of other older parts are not walked."""
    top, found = output / BUNDLE_DIR, list[str]()
    for folder, dirs, files in os.walk(top):
        base = Path(folder).relative_to(output).as_posix()
        if folder == str(top):
            dirs[:] = [d for d in dirs if wanted(owner(f"{base}/{d}/"))]
        found.extend(path for name in files if wanted(owner(path := f"{base}/{name}")))
    return sorted(found)
