"""Work shared between the building process and forked helpers (`generator.forked`)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from generator import forked


def _pids_and_items(start: int, end: int) -> list[tuple[int, int]]:
    time.sleep(0.02)  # long enough for the helper to start before this process has taken every run
    return [(os.getpid(), n) for n in range(start, end)]


@pytest.mark.parametrize("count", [7, 40, 101])
def test_results_come_back_in_order_from_this_process_and_a_helper(count):
    results = forked.map_runs(_pids_and_items, count, jobs=2, least=1)
    assert [n for _, n in results] == list(range(count))
    # The building process takes runs itself, and the helper takes the others.
    assert os.getpid() in {pid for pid, _ in results}
    assert len({pid for pid, _ in results}) == 2


def test_one_job_or_too_few_items_stay_in_this_process():
    assert {pid for pid, _ in forked.map_runs(_pids_and_items, 50, jobs=1, least=1)} == {os.getpid()}
    assert {pid for pid, _ in forked.map_runs(_pids_and_items, 50, jobs=2, least=30)} == {os.getpid()}


def test_a_slow_helper_does_not_hold_back_the_runs_it_has_not_taken():
    """Runs are taken one at a time: while the helper is busy with a slow run, this process
    works through the rest."""
    main = os.getpid()

    def run(start: int, end: int) -> list[tuple[int, int]]:
        if os.getpid() != main:
            time.sleep(1.0)
        return _pids_and_items(start, end)

    results = forked.map_runs(run, 16, jobs=2, least=1)
    assert [n for _, n in results] == list(range(16))
    helped = {n for pid, n in results if pid != main}
    assert 0 < len(helped) <= 2  # one run of one or two items in the time this process took the rest


class Refused(ValueError):
    pass


def test_an_error_in_a_helper_is_raised_here():
    main = os.getpid()

    def run(start: int, end: int) -> list[int]:
        if os.getpid() != main:
            raise Refused(f"run {start}-{end}")
        time.sleep(0.05)  # leave the helper time to take a run
        return list(range(start, end))

    with pytest.raises(Refused, match="run"):
        forked.map_runs(run, 20, jobs=2, least=1)


def test_an_error_that_cannot_be_pickled_comes_back_as_its_traceback():
    main = os.getpid()

    def run(start: int, end: int) -> list[int]:
        if os.getpid() != main:
            error = ValueError("not for pickling")
            error.unpicklable = lambda: None  # type: ignore[attr-defined]
            raise error
        time.sleep(0.05)
        return list(range(start, end))

    with pytest.raises(RuntimeError, match="not for pickling"):
        forked.map_runs(run, 20, jobs=2, least=1)


def test_a_helper_that_dies_is_an_error_not_a_wait(monkeypatch):
    monkeypatch.setattr(forked, "_POLL_SECONDS", 0.05)
    main = os.getpid()

    def run(start: int, end: int) -> list[int]:
        if os.getpid() != main:
            os._exit(3)
        time.sleep(0.05)
        return list(range(start, end))

    with pytest.raises(RuntimeError, match="exit code 3"):
        forked.map_runs(run, 20, jobs=2, least=1)


def test_an_error_here_stops_the_helper():
    main = os.getpid()
    helpers: list[int] = []

    def run(start: int, end: int) -> list[int]:
        if os.getpid() == main:
            helpers.extend(p.pid for p in __import__("multiprocessing").active_children())
            raise Refused("here")
        time.sleep(30)
        return []

    with pytest.raises(Refused):
        forked.map_runs(run, 20, jobs=2, least=1)
    for pid in helpers:
        with pytest.raises(ChildProcessError):
            os.waitpid(pid, os.WNOHANG)  # reaped: terminated and joined


KILLED = """
import os, sys, time
from generator import forked
if sys.argv[1] == "pipe":
    forked._prctl = None  # no death signal: the helper's watch of the pipe alone must end it
main = os.getpid()

def run(start, end):
    if os.getpid() != main:
        print(os.getpid(), flush=True)
    time.sleep(120)
    return []

forked.map_runs(run, 4, jobs=2, least=1)
"""


def _gone(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/status").read_text().split("State:")[1].split()[0] in "ZX"
    except (OSError, IndexError):
        return True


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize("way", ["death signal", "pipe"])
def test_a_helper_ends_when_the_building_process_is_killed(way):
    """A kill -9 of the building process runs none of its clean-up: the helper must end by
    itself, not wait for ever to hand over its results."""
    parent = subprocess.Popen([sys.executable, "-c", KILLED, way], stdout=subprocess.PIPE, text=True)
    assert parent.stdout is not None
    helper = int(parent.stdout.readline())
    try:
        parent.kill()
        parent.wait()
        deadline = time.monotonic() + 10
        while not _gone(helper) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert _gone(helper)
    finally:
        if not _gone(helper):
            os.kill(helper, signal.SIGKILL)
