"""The search index: Pagefind, run over the story pages.

Only story pages carry `data-pagefind-body` and only they are read (`--glob`), so only
briefings are indexed; the index is split into small fragments that the search page loads on
demand, from under the site's base path. The index is rebuilt only when a story page changed
(its fingerprint is a digest of theirs, see `build`).
"""

from __future__ import annotations

import ctypes
import logging
import signal
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

from generator.cache import fingerprint
from generator.errors import BuildError

log = logging.getLogger("briefing.search")
BUNDLE_DIR = "pagefind"
INDEXED = "stories/**/*.html"
STORIES = "stories/"
PR_SET_PDEATHSIG = 1  # linux/prctl.h


def _die_with_parent() -> None:
    """Run in the child before it starts: on Linux, be killed when the build is.

    Otherwise a killed build leaves Pagefind writing into a staging folder that the next
    build has already cleared.
    """
    if sys.platform.startswith("linux"):
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)


def run_pagefind(site: Path, bundle: Path) -> None:
    """Index the story pages under `site` into the folder `bundle`; BuildError when it fails."""
    command = [
        sys.executable,
        "-m",
        "pagefind",
        "--site",
        str(site),
        "--glob",
        INDEXED,
        "--output-path",
        str(bundle),
        "--silent",
    ]
    try:
        run = subprocess.run(
            command, capture_output=True, text=True, timeout=900, check=False, preexec_fn=_die_with_parent
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise BuildError(f"search indexing did not run: {exc}") from None
    if run.returncode != 0 or not (bundle / "pagefind-ui.js").is_file():
        detail = (run.stderr or run.stdout).strip().splitlines()[-3:]
        raise BuildError("search indexing failed (pagefind): " + " | ".join(detail or ["no output"]))


def in_bundle(path: str) -> bool:
    """True for an output path inside the search bundle."""
    return path.startswith(f"{BUNDLE_DIR}/")


def pages_fingerprint(pages: Iterable[tuple[str, str]]) -> str:
    """What the index was made from: a digest of every story page's (path, fingerprint)."""
    return fingerprint(sorted((path, digest) for path, digest in pages if path.startswith(STORIES)))
