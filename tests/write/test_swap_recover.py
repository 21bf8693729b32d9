"""What a killed build left beside the output: only this tool's folders are cleared."""

from __future__ import annotations

import subprocess
from pathlib import Path

from generator.write.swap import recover


def _dead_pid() -> int:
    process = subprocess.Popen(["true"])
    process.wait()
    return process.pid


def test_an_empty_unmarked_work_folder_of_a_dead_build_is_removed(tmp_path: Path) -> None:
    """A build killed between making a work folder and writing its marker leaves it empty."""
    output = tmp_path / "output"
    output.mkdir()
    pid = _dead_pid()
    empty = tmp_path / f".output.index-{pid}"
    empty.mkdir()
    kept = tmp_path / f".output.tmp-{pid}"
    kept.mkdir()
    (kept / "notes.txt").write_text("someone's", encoding="utf-8")
    recover(output)
    assert not empty.exists()
    assert (kept / "notes.txt").read_text(encoding="utf-8") == "someone's"  # not ours: left alone
