"""Builds are reproducible: the same input gives byte-identical output, whatever the process's
string hashing (Python randomises it per process, so anything that follows a set's order would
show here) and however the work is shared between processes."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bench.corpus import write_corpus
from tests.incremental.test_deps import example, tree

pytestmark = pytest.mark.e2e
EPOCH = "1736899200"


def _build(root: Path, output: Path, seed: int, jobs: int) -> dict[str, bytes]:
    shutil.rmtree(root / ".cache", ignore_errors=True)
    env = {**os.environ, "PYTHONHASHSEED": str(seed), "SOURCE_DATE_EPOCH": EPOCH}
    run = subprocess.run(
        [sys.executable, "-m", "generator", "build", "--root", str(root), "--no-search", "--jobs", str(jobs)],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    shutil.rmtree(output, ignore_errors=True)
    shutil.move(root / "output", output)
    return tree(output)


def _differences(one: dict[str, bytes], other: dict[str, bytes]) -> list[str]:
    return sorted(set(one) ^ set(other)) + [p for p in sorted(set(one) & set(other)) if one[p] != other[p]]


def test_the_example_site_is_the_same_under_two_hash_seeds(tmp_path):
    root = example(tmp_path / "site")
    first = _build(root, tmp_path / "first", seed=1, jobs=1)
    second = _build(root, tmp_path / "second", seed=2, jobs=1)
    assert len(first) > 20
    assert _differences(first, second) == []


def test_a_corpus_shared_between_processes_is_the_same_as_one_process_under_another_seed(tmp_path):
    """250 stories: enough for the files, the analysis and the pages to be shared between the
    building process and a helper with two jobs."""
    root = tmp_path / "corpus"
    write_corpus(root, 250)
    shared = _build(root, tmp_path / "shared", seed=3, jobs=2)
    alone = _build(root, tmp_path / "alone", seed=4, jobs=1)
    assert len(shared) > 300
    assert _differences(shared, alone) == []
