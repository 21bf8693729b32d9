"""Putting an OutputPlan on disk, refreshing the search index, and recording the manifest.

The preview refreshes the search index apart from its builds: `stage_search` (in a thread)
indexes the story pages on disk into a folder beside `output/`, touching nothing in it, while
the server keeps serving and rebuilding; `apply_search` (between two rebuilds) then moves the
changed bundle files in and records them.
"""

from __future__ import annotations

import logging
import os
import shutil
from collections.abc import Iterable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from generator.manifest import Manifest
from generator.outputs import OutputPlan
from generator.search import BUNDLE_DIR, STORIES, in_bundle, run_pagefind
from generator.writer import apply_changes, write_all

log = logging.getLogger("briefing.publish")


@dataclass(frozen=True)
class StagedSearch:
    """A search bundle made from the story pages on disk, ready to be moved into `output`."""

    output: Path
    staging: Path
    fingerprint: str  # of the pages it was made from (see `search.pages_fingerprint`)
    changed: list[str]  # bundle files to move in
    removed: list[str]  # bundle files the new bundle no longer has


def search_staging(output: Path) -> Path:
    """Where the preview stages its search refresh (not a build's staging: builds leave it be)."""
    return output.parent / f".{output.name}.search"


def stage_search(output: Path, fingerprint: str) -> StagedSearch:
    """Index the story pages now in `output` into a folder beside it; `output` is only read.

    The pages are hard-linked first, so pages a rebuild replaces meanwhile do not change what
    is indexed; `fingerprint` names the pages the caller expects there.
    """
    staging = search_staging(output)
    shutil.rmtree(staging, ignore_errors=True)
    pages = (page.relative_to(output).as_posix() for page in (output / STORIES).rglob("*.html"))
    changed, removed = _index_beside(output, staging, pages)
    return StagedSearch(output, staging, fingerprint, changed, removed)


def apply_search(staged: StagedSearch, manifest: Manifest) -> None:
    """Move a staged bundle in (through the journal, like a rebuild) and record it."""

    def move_in(staging: Path) -> tuple[list[str], list[str]]:
        for path in staged.changed:
            (staging / path).parent.mkdir(parents=True, exist_ok=True)
            os.replace(staged.staging / path, staging / path)
        return staged.changed, staged.removed

    try:
        apply_changes(staged.output, {}, (), finish=move_in)
    finally:
        shutil.rmtree(staged.staging, ignore_errors=True)
    for path in [p for p in manifest.entries if in_bundle(p)]:
        del manifest.entries[path]
    bundle = _bundle_paths(staged.output)
    for path in bundle:
        manifest.record(path, staged.fingerprint, ())
    log.info("search index refreshed: %d files, %d of them changed", len(bundle), len(staged.changed))


def write_outputs(plan: OutputPlan, save: bool = True) -> Manifest:
    """Write what the plan changed (all of it on a first build); the new manifest, saved unless
    the caller (the preview) keeps it in memory (`save` False), which also skips syncing the
    journal to disk."""
    output = plan.output
    manifest = Manifest(plan.manifest.path.parent, output)
    search_now = plan.index_now
    if plan.full:
        index = (lambda staging: run_pagefind(staging, staging / BUNDLE_DIR)) if search_now else None
        write_all(plan.files, output, finish=index)
    else:
        finish = partial(_index_staged, plan) if search_now else None
        apply_changes(
            output, plan.files.files, plan.removed, finish=finish, spool=plan.files.spool, durable=save
        )
    written = set(plan.files.files)
    if plan.known is not None:  # shared, not copied: no build changes them after this one
        digests = plan.known.digests
        if plan.interned is not None and plan.interned.used:  # one key object per key on disk
            digests = dict(zip(plan.interned(digests), digests.values(), strict=True))
        manifest.signatures, manifest.key_digests = plan.known.signatures, digests
    manifest.versioned = plan.versioned
    if plan.others_kept:
        manifest.entries = dict(plan.manifest.entries)
        if search_now:  # the bundle is recorded again below
            for path in [p for p in manifest.entries if in_bundle(p)]:
                del manifest.entries[path]
    for path, (fingerprint, keys) in plan.entries.items():
        old = plan.manifest.entries.get(path)
        if path in written or old is None:
            manifest.record(path, fingerprint, keys)
        else:
            manifest.entries[path] = old
    if search_now:
        for path in _bundle_paths(output):
            manifest.record(path, plan.search_fingerprint, ())
    if save:
        manifest.save(previous=plan.manifest)
    return manifest


def _index_staged(plan: OutputPlan, staging: Path) -> tuple[list[str], list[str]]:
    """Index the new story pages before anything moves: the changed ones are staged already,
    the unchanged ones are linked in beside them; the new bundle replaces the old one."""
    return _index_beside(plan.output, staging, (p for p in plan.files.kept if p.startswith(STORIES)))


def _index_beside(output: Path, staging: Path, pages: Iterable[str]) -> tuple[list[str], list[str]]:
    """Link `pages` of `output` into `staging`, index the story pages there, and say which
    bundle files differ from those in `output` and which of those are gone."""
    for path in sorted(pages):
        target = staging / path
        target.parent.mkdir(parents=True, exist_ok=True)
        os.link(output / path, target)
    run_pagefind(staging, staging / BUNDLE_DIR)
    bundle = _bundle_paths(staging)
    changed = [path for path in bundle if not _same_file(staging / path, output / path)]
    log.info("search index rebuilt: %d files, %d of them changed", len(bundle), len(changed))
    return changed, sorted(set(_bundle_paths(output)) - set(bundle))


def _same_file(new: Path, old: Path) -> bool:
    """True when `old` already holds the bytes of `new` (most of a re-run index: fragments are
    named by their content), so the move can be skipped."""
    try:
        return old.stat().st_size == new.stat().st_size and old.read_bytes() == new.read_bytes()
    except OSError:
        return False


def _bundle_paths(output: Path) -> list[str]:
    """The files of the search bundle now in `output`."""
    folder = output / BUNDLE_DIR
    return sorted(p.relative_to(output).as_posix() for p in folder.rglob("*") if p.is_file())
