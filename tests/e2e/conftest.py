"""End-to-end fixtures: the example site built by the real `make build`, under a sub-path."""

from __future__ import annotations

import os
import shutil
import subprocess
import threading
from collections.abc import Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from tests.conftest import REPO
from tools.quality.needs import CHROMIUM, CHROMIUM_ARGS

BASE_URL = "https://someone.github.io/briefing-site/"


@pytest.fixture(scope="session")
def built(tmp_path_factory) -> Path:
    """The example site built by `make build` into a copy of the repo (never the real output/)."""
    work = tmp_path_factory.mktemp("repo")
    for name in ("site.yaml", "Makefile", "content", "templates", "static"):
        source = REPO / name
        (shutil.copytree if source.is_dir() else shutil.copy)(source, work / name)
    (work / ".venv").symlink_to(REPO / ".venv")
    (work / "pyproject.toml").symlink_to(REPO / "pyproject.toml")
    clean_env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL", "ARGS", "BASE_URL")
    }
    # `-o .venv/.installed`: the venv is shared with the repo; never reinstall it from this copy.
    run = subprocess.run(
        ["make", "-o", ".venv/.installed", "build", f"BASE_URL={BASE_URL}"],
        cwd=work,
        capture_output=True,
        text=True,
        timeout=300,
        env=clean_env,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "Built " in run.stderr and "0 warnings" in run.stderr, run.stderr
    return work / "output"


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="session")
def served(built, tmp_path_factory) -> Iterator[str]:
    """The built site on a static server of 127.0.0.1, under the sub-path, as on GitHub Pages."""
    root = tmp_path_factory.mktemp("www")
    (root / "briefing-site").symlink_to(built)
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_Quiet, directory=str(root)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/briefing-site/"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """Debian's Chromium driven by Playwright; a skip locally when missing, a failure under CI."""
    missing = None
    if not CHROMIUM.exists():
        missing = "Chromium is not installed (apt-get install chromium)"
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        missing = missing or "Playwright for Python is not installed (make test installs it)"
    if missing:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{missing}; CI must run the browser tests")
        pytest.skip(missing)
    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield instance
        finally:
            instance.close()
