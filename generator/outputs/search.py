"""The search index: Pagefind, run over the story pages, in parts of about a thousand stories.

Only story pages carry `data-pagefind-body` and only they are read (`--glob`), so only
briefings are indexed; the index is split into small fragments that the search page loads on
demand, from under the site's base path.

The stories are cut, oldest month first, into parts of whole months holding at least
`PART_STORIES` stories; the newest part (the one new stories join) is the primary bundle in
`pagefind/`, with the script and styles; each older part is an index alone in
`pagefind/<its first month>/`, which the search page merges in (Pagefind's `mergeIndex`). A
part is indexed again only when one of its story pages changed (its fingerprint is a digest of
theirs), so an edit re-indexes a thousand stories, not all of them, and the parts of a cold
build are indexed side by side.
"""

from __future__ import annotations

import ctypes
import logging
import os
import re
import shutil
import signal
import subprocess
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from generator.errors import BuildError
from generator.incremental.content_cache import digest_of
from generator.incremental.manifest import Manifest

log = logging.getLogger("briefing.search")
BUNDLE_DIR = "pagefind"
INDEXED = "stories/**/*.html"
STORIES = "stories/"
PR_SET_PDEATHSIG = 1  # linux/prctl.h
PART_STORIES = 1000  # an index part is closed at the end of the month that brings it this many
ENTRY = "pagefind-entry.json"  # the file that names a bundle (and whose fingerprint is the part's)
_IGNORED_ALL = re.compile(r"<([a-zA-Z][\w-]*)\b[^>]*\sdata-pagefind-ignore=[\"']all[\"'][^>]*>")
_STORY_PAGE = re.compile(r"stories/([a-z0-9-]+)/index\.html")  # a slug needs no glob escapes
MAX_GLOB_BYTES = 100_000  # Linux takes at most 128 KiB in one command-line argument
_PART_FOLDER = re.compile(r"\d{4}-\d{2}")  # an older part's folder in the bundle: its first month
# What an older part keeps of its bundle: the index alone (the primary's script searches it).
_INDEX_ONLY = re.compile(r"(pagefind-entry\.json|[^/]*\.pf_meta|(index|fragment|filter)/.*)")


@dataclass(frozen=True)
class Part:
    """One part of the search index: the story pages it indexes and where its bundle goes."""

    folder: str  # "pagefind" for the primary part, "pagefind/2024-05" for an older one
    pages: tuple[str, ...]  # output paths of its story pages, sorted
    fingerprint: str = ""  # of its folder and its pages' fingerprints (see `with_fingerprints`)

    @property
    def primary(self) -> bool:
        return self.folder == BUNDLE_DIR

    @property
    def entry(self) -> str:
        return f"{self.folder}/{ENTRY}"

    def keeps(self, rel: str) -> bool:
        """True for a file (relative to the bundle) this part publishes."""
        return self.primary or _INDEX_ONLY.fullmatch(rel) is not None


def layout(months: Sequence[tuple[str, Sequence[str]]], size: int = 0) -> list[Part]:
    """Cut the story pages, given by month ('YYYY-MM', any order), into index parts of at least
    `size` stories (`PART_STORIES`): oldest first, the primary (newest) part last. No stories,
    no parts."""
    size = size or PART_STORIES
    parts: list[Part] = []
    first, pages = "", list[str]()
    ordered = sorted(months)
    for n, (month, paths) in enumerate(ordered):
        first = first or month
        pages.extend(paths)
        if n + 1 == len(ordered) or len(pages) >= size:
            parts.append(Part(f"{BUNDLE_DIR}/{first}", tuple(sorted(pages))))
            first, pages = "", list[str]()
    if parts:
        parts[-1] = Part(BUNDLE_DIR, parts[-1].pages)
    return parts


def indexed_digest(html: str) -> str:
    """A digest of a story page as Pagefind reads it: the page without the elements marked
    `data-pagefind-ignore="all"`, which it skips whole (the related stories: a title edit
    shows in the related lists of many stories but changes none of their indexed text).

    Cut conservatively: when such an element's end is not found, the whole page counts."""
    kept, at = [], 0
    while (start := _IGNORED_ALL.search(html, at)) is not None:
        end = _element_end(html, start.group(1), start.end())
        if end is None:
            return digest_of(html)
        kept.append(html[at : start.start()])
        at = end
    kept.append(html[at:])
    return digest_of("".join(kept))


def _element_end(html: str, tag: str, at: int) -> int | None:
    """Where the element of `tag` opened just before `at` ends (after its end tag), or None."""
    depth = 1
    for match in re.compile(rf"<(/?){tag}\b[^>]*>", re.IGNORECASE).finditer(html, at):
        depth += -1 if match.group(1) else 1
        if depth == 0:
            return match.end()
    return None


def with_fingerprints(parts: Iterable[Part], page_print: Callable[[str], str]) -> list[Part]:
    """The parts, each with the digest of its folder and of its pages' (path, fingerprint)."""
    return [
        Part(p.folder, p.pages, digest_of((p.folder, [(path, page_print(path)) for path in p.pages])))
        for p in parts
    ]


def stale_parts(parts: Iterable[Part], manifest: Manifest) -> list[Part]:
    """The parts whose bundle on disk was not made from their pages as they are now."""
    entries = manifest.entries
    return [p for p in parts if (e := entries.get(p.entry)) is None or e.fingerprint != p.fingerprint]


def owner(path: str) -> str:
    """The folder of the part a bundle file belongs to: 'pagefind/2024-05/index/x' ->
    'pagefind/2024-05', 'pagefind/fragment/y' -> 'pagefind'."""
    pieces = path.split("/", 2)
    if len(pieces) == 3 and _PART_FOLDER.fullmatch(pieces[1]):
        return f"{BUNDLE_DIR}/{pieces[1]}"
    return BUNDLE_DIR


def _die_with_parent() -> None:
    """Run in the child before it starts: on Linux, be killed when the build is."""
    if sys.platform.startswith("linux"):
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)


def killed_with_parent(command: list[str]) -> tuple[list[str], Callable[[], None] | None]:
    """`command` (and the function to run in the child first, if any) made to die with this
    process on Linux: a killed build must not leave Pagefind writing into a staging folder that
    the next build has already cleared.

    util-linux's `setpriv --pdeathsig` does it where it exists. Then the child is started
    without a function of ours to run first, so Python need not copy this process's memory map
    for it (`vfork`): after a plain fork, the first write to each page of this process faults
    once, about 35,000 faults and 25 ms in the preview's next rebuild at N=10,000."""
    if not sys.platform.startswith("linux"):
        return command, None
    setpriv, sh = shutil.which("setpriv"), shutil.which("sh")
    if setpriv is None or sh is None:
        return command, _die_with_parent
    # A build killed after the fork but before setpriv's prctl leaves no one to signal the
    # child: the shell (started after the prctl) goes on only while its parent is this build.
    guard = '[ "$PPID" = "$0" ] && exec "$@"'
    return [setpriv, "--pdeathsig", "KILL", "--", sh, "-c", guard, str(os.getpid()), *command], None


def part_glob(pages: Sequence[str]) -> str | None:
    """A glob matching exactly these story pages ('stories/{a,b}/index.html'), or None when
    one is not a story page or the glob would be too long for one command-line argument."""
    slugs = []
    for path in pages:
        match = _STORY_PAGE.fullmatch(path)
        if match is None:
            return None
        slugs.append(match.group(1))
    glob = f"{STORIES}{{{','.join(slugs)}}}/index.html"
    return glob if slugs and len(glob.encode()) <= MAX_GLOB_BYTES else None


def run_pagefind(site: Path, bundle: Path, glob: str = INDEXED) -> None:
    """Index the story pages under `site` (those `glob` matches) into the folder `bundle`;
    BuildError when it fails."""
    command = [
        sys.executable,
        "-m",
        "pagefind",
        "--site",
        str(site),
        "--glob",
        glob,
        "--output-path",
        str(bundle),
        "--silent",
    ]
    command, first = killed_with_parent(command)
    try:
        run = subprocess.run(
            command, capture_output=True, text=True, timeout=900, check=False, preexec_fn=first
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise BuildError(f"search indexing did not run: {exc}") from None
    if run.returncode != 0 or not (bundle / ENTRY).is_file():
        detail = (run.stderr or run.stdout).strip().splitlines()[-3:]
        raise BuildError("search indexing failed (pagefind): " + " | ".join(detail or ["no output"]))


def in_bundle(path: str) -> bool:
    """True for an output path inside the search bundle."""
    return path.startswith(f"{BUNDLE_DIR}/")
