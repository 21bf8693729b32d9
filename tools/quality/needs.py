"""Where the quality gates find the programs they need, and what to say when one is missing."""

from __future__ import annotations

import shutil
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
NODE_MODULES = REPO / "node_modules"
CHROMIUM = Path("/usr/bin/chromium")
# Headless Debian Chromium without a sandbox, a GPU or any call home (the machine has no internet).
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
AXE = "axe-core/axe.min.js"
VNU = "vnu-jar/build/dist/vnu.jar"
LIGHTHOUSE = ".bin/lighthouse"


class Missing(Exception):
    """A program a check needs is not installed; the message says how to install it."""


def chromium() -> Path:
    """Debian's Chromium, which Playwright and Lighthouse drive (never a downloaded browser)."""
    if not CHROMIUM.is_file():
        raise Missing(f"Chromium is not installed at {CHROMIUM} (apt-get install chromium)")
    return CHROMIUM


def java() -> str:
    """The Java runtime the Nu HTML Checker runs on."""
    found = shutil.which("java")
    if found is None:
        raise Missing("no Java runtime for the Nu HTML Checker (apt-get install default-jre-headless)")
    return found


def node_package(relative: str) -> Path:
    """A file of an npm package installed by `make browser-deps` into node_modules/."""
    path = NODE_MODULES / relative
    if not path.exists():
        package = relative.split("/")[0] if not relative.startswith(".bin/") else relative[5:]
        raise Missing(f"{package} is not installed in {NODE_MODULES} (make browser-deps)")
    return path
