"""The search index: Pagefind, run over the finished pages before they are swapped in.

Only story pages carry `data-pagefind-body`, so only briefings are indexed; the index is split
into small fragments that the search page loads on demand, from under the site's base path.
"""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

from generator.errors import BuildError

log = logging.getLogger("briefing.search")
BUNDLE_DIR = "pagefind"


def index_site(folder: Path) -> None:
    """Write the search bundle into `folder/pagefind/`; raise BuildError when Pagefind fails."""
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
    log.debug("search index written to %s", folder / BUNDLE_DIR)
