"""Splitting work over forked processes, when there is enough of it to pay.

Workers are forked after the site is loaded, so they share the loaded model instead of
receiving it. The work is cut into runs of consecutive items; the building process is one of
the workers: with `jobs` 2 it forks one helper, and each of the two takes the next run not yet
taken (a shared counter) until none is left, so neither waits while the other still has work.
The building process works on its runs between handing results to its caller, in order: the
same list a single process gives. A helper's results are pickled across; the building
process's are not. (A pool of `jobs` helpers beside an idle building process made each helper
a copy of most of its memory: one helper fewer is one copy fewer.)

A helper ends when the building process does, however it ends (a kill -9 included): on Linux
the kernel sends it SIGKILL (`PR_SET_PDEATHSIG`), and everywhere a thread of the helper waits
on a pipe whose other end only the building process holds, which the system closes when that
process ends. (Left alone, a helper whose building process was killed waits for ever to hand
over its results.)
"""

from __future__ import annotations

import contextlib
import ctypes
import multiprocessing
import os
import pickle
import queue
import signal
import sys
import threading
import traceback
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

T = TypeVar("T")
RUNS_PER_WORKER = 4
_POLL_SECONDS = 0.5  # how often a wait for a helper's result checks that the helper is alive
_PR_SET_PDEATHSIG = 1  # linux/prctl.h
_prctl = ctypes.CDLL(None, use_errno=True).prctl if sys.platform.startswith("linux") else None


def cores() -> int:
    """The cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return max(1, os.cpu_count() or 1)


def map_runs(run: Callable[[int, int], list[T]], count: int, jobs: int, least: int) -> list[T]:
    """`run(start, end)` over the items `0..count`, joined in order.

    With `jobs` > 1 and at least `least` items per worker, forked helpers share the runs.
    """
    return list(iter_runs(run, count, jobs, least))


def iter_runs(
    run: Callable[[int, int], list[T]], count: int, jobs: int, least: int, runs: int = RUNS_PER_WORKER
) -> Iterator[T]:
    """`map_runs`, yielding each result in order as soon as its run is done: a caller that
    stores each one away holds about `runs` times fewer results at a time."""
    jobs = min(jobs, count // least)
    if jobs <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        step = -(-count // runs) if count else 1
        for start in range(0, count, step):
            yield from run(start, min(start + step, count))
        return
    step = -(-count // (jobs * runs))
    yield from _shared(run, [(start, min(start + step, count)) for start in range(0, count, step)], jobs - 1)


class _Failed:
    """What a helper sends back instead of a run's results when the run raised."""

    def __init__(self, error: BaseException):
        self.error = error


def _shared(run: Callable[[int, int], list[T]], bounds: list[tuple[int, int]], helpers: int) -> Iterator[T]:
    """The results of `run` over `bounds`, in order, made by this process and `helpers` forks."""
    context = multiprocessing.get_context("fork")
    taken = context.Value("i", 0)
    results: Any = context.Queue()

    def take() -> int:
        with taken.get_lock():
            number = taken.value
            taken.value = number + 1
        return number

    def work(watched: int, held: int) -> None:
        _die_with(parent, watched, held)
        number = take()
        while number < len(bounds):
            try:
                results.put((number, run(*bounds[number])))
            except BaseException as error:  # sent to the building process, which raises it
                results.put((number, _Failed(_picklable(error))))
                return
            number = take()

    parent = os.getpid()
    watched, held = os.pipe()  # the helpers watch `watched`; only this process keeps `held` open
    ends = [watched, held]
    forks = [context.Process(target=work, args=(watched, held), daemon=True) for _ in range(helpers)]
    done: dict[int, Any] = {}
    try:
        for process in forks:
            process.start()
        os.close(ends.pop(0))  # every helper has its copy of `watched`
        for wanted in range(len(bounds)):
            while wanted not in done:
                number = take()
                if number < len(bounds):
                    done[number] = run(*bounds[number])
                else:
                    number, part = _receive(results, forks)
                    done[number] = part
                _collect(results, done)
            part = done.pop(wanted)
            if isinstance(part, _Failed):
                raise part.error
            yield from part
    finally:
        for process in forks:
            if process.is_alive():
                process.terminate()
            if process.pid is not None:
                process.join()
        results.close()
        for end in ends:
            os.close(end)


def _die_with(parent: int, watched: int, held: int) -> None:
    """Run first in a helper: end it when the building process `parent` ends."""
    os.close(held)  # inherited: while a helper held it open, the others would wait in vain
    if _prctl is not None:
        _prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # the parent ended before the death signal was set: nothing sends it
        os._exit(1)
    threading.Thread(target=_end_at_eof, args=(watched,), name="parent-watch", daemon=True).start()


def _end_at_eof(watched: int) -> None:
    """End this process once the pipe's other end is closed (its last holder has ended)."""
    while True:
        try:
            if not os.read(watched, 1):
                break
        except InterruptedError:
            continue
        except OSError:
            break
    os._exit(1)


def _picklable(error: BaseException) -> BaseException:
    """The error itself when it can cross to the building process, else its traceback as text."""
    try:
        pickle.dumps(error)
    except Exception:
        return RuntimeError("".join(traceback.format_exception(error)))
    return error


def _collect(results: Any, done: dict[int, Any]) -> None:
    """Take in the results the helpers have sent, without waiting."""
    while True:
        try:
            number, part = results.get_nowait()
        except queue.Empty:
            return
        done[number] = part


def _receive(results: Any, forks: list[Any]) -> tuple[int, Any]:
    """The next result a helper sends; an error if every helper has ended without sending it."""
    while True:
        try:
            found: tuple[int, Any] = results.get(timeout=_POLL_SECONDS)
            return found
        except queue.Empty:
            if not any(process.is_alive() for process in forks):
                with contextlib.suppress(queue.Empty):
                    late: tuple[int, Any] = results.get_nowait()  # sent just before it ended
                    return late
                codes = ", ".join(str(process.exitcode) for process in forks)
                raise RuntimeError(
                    f"a forked worker ended without sending its results (exit code {codes})"
                ) from None
