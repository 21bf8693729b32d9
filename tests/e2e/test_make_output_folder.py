"""`make build` checks the output folder as `briefing build` does: an output/ that is a link to
the project's content is refused, and the articles stay."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from tests.conftest import REPO
from tests.write.test_outfolder import ADVICE, snapshot

pytestmark = pytest.mark.e2e


def test_make_build_refuses_an_output_linked_to_the_content(tmp_path):
    work = tmp_path / "project"
    work.mkdir()
    for name in ("site.yaml", "Makefile", "content", "templates", "static"):
        source = REPO / name
        (shutil.copytree if source.is_dir() else shutil.copy)(source, work / name)
    (work / ".venv").symlink_to(REPO / ".venv")
    (work / "pyproject.toml").symlink_to(REPO / "pyproject.toml")
    (work / "output").symlink_to("content")
    before = snapshot(work / "content")
    env = {k: v for k, v in os.environ.items() if k not in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL", "ARGS")}
    run = subprocess.run(
        ["make", "-o", ".venv/.installed", "build"],
        cwd=work,
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert run.returncode != 0
    assert f"error: output/: is a symbolic link to content; {ADVICE}\n" in run.stderr
    assert "Traceback" not in run.stderr
    assert snapshot(work / "content") == before
    assert sorted(p.name for p in work.iterdir() if p.name.startswith(".")) == [".venv"]
