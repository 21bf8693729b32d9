"""The memory of a process and everything it started, sampled while it runs.

A build forks a render helper and starts Pagefind; the largest single process (what `wait4`
reports as peak RSS) hides how much they hold together. The sum of their proportional set
sizes (PSS: a page shared by two processes counts half in each) is what the machine gives
the whole build, and what the benchmark reports as the tree's peak.
"""

from __future__ import annotations

import threading
from pathlib import Path

PROC = Path("/proc")
INTERVAL_SECONDS = 0.1


def descendants(pid: int) -> list[int]:
    """`pid` and every process below it (Linux's `/proc/<pid>/task/<tid>/children`)."""
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        try:
            for task in (PROC / str(current) / "task").iterdir():
                todo.extend(int(child) for child in (task / "children").read_text().split())
        except OSError:  # ended while being looked at
            continue
    return found


def pss_kb(pid: int) -> int:
    """The proportional set size of one process in KB, 0 once it has ended."""
    try:
        with open(PROC / str(pid) / "smaps_rollup") as rollup:
            for line in rollup:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


class TreePeak:
    """Samples the summed PSS of a process tree in a thread until stopped; `stop()` gives the
    largest sum seen in MB (0.0 where `/proc` has no `smaps_rollup`)."""

    def __init__(self, pid: int):
        self.pid = pid
        self.peak_kb = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()

    def _sample(self) -> None:
        while not self._stop.is_set():
            total = sum(map(pss_kb, descendants(self.pid)))
            self.peak_kb = max(self.peak_kb, total)
            self._stop.wait(INTERVAL_SECONDS)

    def stop(self) -> float:
        """Stop sampling; the peak in MB."""
        self._stop.set()
        self._thread.join()
        return self.peak_kb / 1024
