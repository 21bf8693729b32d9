"""Caches and the site-wide key follow the generator's code: an edit to it is seen at the next build."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests.incremental.test_deps import example, replace_in, tree

PACKAGE = Path(__file__).resolve().parents[2] / "generator"


def _build(site: Path, code: Path) -> str:
    env = {**os.environ, "PYTHONPATH": str(code), "SOURCE_DATE_EPOCH": "1736899200"}
    done = subprocess.run(
        [sys.executable, "-m", "generator", "build", "--root", str(site), "--no-search", "--jobs", "1"],
        env=env,
        cwd=code,  # `-m` puts the working folder first on the path
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return done.stderr


def test_an_edit_to_the_code_rerenders_what_it_changes(tmp_path):
    code = tmp_path / "code"
    shutil.copytree(PACKAGE, code / "generator", ignore=shutil.ignore_patterns("__pycache__"))
    site = example(tmp_path / "site")
    _build(site, code)
    before = tree(site / "output")
    assert "; 0 pages rendered" in _build(site, code)  # unchanged code: nothing to do

    # What a card shows, changed in the code alone: no content file, template or config moves.
    replace_in(code, "generator/render/views.py", "newsroom_count=len(", "newsroom_count=40 + len(")
    log = _build(site, code)
    after = tree(site / "output")
    assert "; 0 pages rendered" not in log
    assert after["index.html"] != before["index.html"]
    assert b"42 newsrooms" in after["index.html"]

    shutil.rmtree(site / "output")
    shutil.rmtree(site / ".cache")
    _build(site, code)
    assert tree(site / "output") == after  # the same as a clean build with the edited code


def test_the_digest_names_the_code_that_runs():
    from generator.incremental.code_digest import code_digest

    first = code_digest()
    assert len(first) == 32 and first == code_digest()
