"""The search index: Pagefind, run over the finished pages before they are swapped in.

Only story pages carry `data-pagefind-body`, so only briefings are indexed; the index is split
into small fragments that the search page loads on demand, from under the site's base path.
When no page changed since the last build, the previous index is reused instead of rebuilt.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

from generator.errors import BuildError

log = logging.getLogger("briefing.search")
BUNDLE_DIR = "pagefind"
DIGEST_FILE = ".pages-digest"


def pages_digest(folder: Path) -> str:
    """A digest of every HTML page Pagefind would read."""
    digest = hashlib.blake2b(digest_size=16)
    for path in sorted(folder.rglob("*.html")):
        digest.update(path.relative_to(folder).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def index_site(folder: Path, previous: Path | None = None) -> None:
    """Write the search bundle into `folder/pagefind/`; raise BuildError when Pagefind fails.

    `previous` is the last published site: its bundle is reused when the pages are the same.
    """
    digest = pages_digest(folder)
    if previous is not None and _reuse(previous / BUNDLE_DIR, folder / BUNDLE_DIR, digest):
        log.debug("search index unchanged: reused")
        return
    command = [
        sys.executable,
        "-m",
        "pagefind",
        "--site",
        str(folder),
        "--output-subdir",
        BUNDLE_DIR,
        "--silent",
    ]
    try:
        run = subprocess.run(command, capture_output=True, text=True, timeout=600, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise BuildError(f"search indexing did not run: {exc}") from None
    if run.returncode != 0 or not (folder / BUNDLE_DIR / "pagefind-ui.js").is_file():
        detail = (run.stderr or run.stdout).strip().splitlines()[-3:]
        raise BuildError("search indexing failed (pagefind): " + " | ".join(detail or ["no output"]))
    (folder / BUNDLE_DIR / DIGEST_FILE).write_text(digest + "\n")


def _reuse(old: Path, new: Path, digest: str) -> bool:
    """Hard-link (or copy) the previous bundle when it was built from the same pages."""
    try:
        if (old / DIGEST_FILE).read_text().strip() != digest:
            return False
        shutil.copytree(old, new, copy_function=_link_or_copy)
    except OSError:
        shutil.rmtree(new, ignore_errors=True)
        return False
    return True


def _link_or_copy(source: str, target: str) -> None:
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)
