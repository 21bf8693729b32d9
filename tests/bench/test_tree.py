"""The benchmark's process-tree memory sampling (`bench.tree`)."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

from bench import tree

pytestmark = pytest.mark.skipif(not os.path.exists("/proc/self/smaps_rollup"), reason="needs Linux /proc")

HOLD = "import sys, time; block = bytearray({mb} << 20); block[::4096] = b'x' * len(block[::4096]); {more}time.sleep(30)"


def _started(code: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-c", code])


def test_descendants_include_a_grandchild():
    child = HOLD.format(mb=1, more="")
    parent = _started(f"import subprocess, sys; subprocess.Popen([sys.executable, '-c', {child!r}]).wait()")
    try:
        deadline = time.monotonic() + 10
        while len(tree.descendants(parent.pid)) < 2 and time.monotonic() < deadline:
            time.sleep(0.02)
        found = tree.descendants(parent.pid)
        assert found[0] == parent.pid and len(found) == 2
    finally:
        for pid in tree.descendants(parent.pid)[::-1]:
            os.kill(pid, 9)
        parent.wait()


def test_the_tree_peak_counts_the_memory_of_a_child_too():
    """A parent holding 40 MB that starts a child holding 60 MB: the tree's peak is about the
    sum, more than either process alone."""
    child = HOLD.format(mb=60, more="")
    parent = _started(
        HOLD.format(mb=40, more=f"import subprocess; subprocess.Popen([sys.executable, '-c', {child!r}]); ")
    )
    sampled = tree.TreePeak(parent.pid)
    try:
        time.sleep(1.5)
    finally:
        peak = sampled.stop()
        for pid in tree.descendants(parent.pid)[::-1]:
            os.kill(pid, 9)
        parent.wait()
    assert 100 <= peak < 160


def test_an_ended_process_has_no_memory():
    ended = _started("pass")
    ended.wait()
    assert tree.pss_kb(ended.pid) == 0
    assert tree.descendants(ended.pid) == [ended.pid]
