"""A build killed with kill -9 while forked helpers work leaves none of them behind."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bench.corpus import write_corpus

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc"),
]


def children(pid: int) -> list[int]:
    """The processes whose parent is `pid`."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
            found.append(int(entry.name))
    return found


def gone(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/status").read_text().split("State:")[1].split()[0] in "ZX"
    except (OSError, IndexError):
        return True


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("corpus") / "site"
    write_corpus(root, 400)  # enough pages for the render to fork a helper
    return root


@pytest.mark.parametrize("after", [0.0, 0.3])
def test_killing_a_build_leaves_no_forked_helper(corpus, after):
    build = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "generator",
            "build",
            "--root",
            str(corpus),
            "-q",
            "--no-search",
            "--jobs",
            "2",
        ]
    )
    helpers: list[int] = []
    try:
        deadline = time.monotonic() + 120
        while not helpers and build.poll() is None and time.monotonic() < deadline:
            helpers = children(build.pid)
            time.sleep(0.01)
        assert helpers, "the build forked no helper: the corpus is too small"
        time.sleep(after)
        build.send_signal(signal.SIGKILL)
        build.wait(timeout=30)
        deadline = time.monotonic() + 10
        while not all(gone(pid) for pid in helpers) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert [pid for pid in helpers if not gone(pid)] == []
    finally:
        for pid in helpers:
            if not gone(pid):
                subprocess.run(["kill", "-9", str(pid)], check=False)
