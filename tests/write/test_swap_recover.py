"""What a killed build left beside the output: only this tool's folders are cleared."""

from __future__ import annotations

import contextlib
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


class _Killed(BaseException):
    """Stands for SIGKILL: nothing after it runs."""


def test_a_removal_stopped_after_any_deletion_leaves_the_folder_marked_or_empty(
    tmp_path, monkeypatch
) -> None:
    """The marker goes last, so a build killed while clearing its work folder leaves one the next
    build's `recover` clears (a kill in the hostile test left `.output.index-<pid>` full and unmarked)."""
    import os

    from generator.write import outfolder

    real_unlink, real_rmtree = os.unlink, outfolder.shutil.rmtree
    for allowed in range(6):
        folder = tmp_path / f".output.index-{_dead_pid()}"
        outfolder.make_folder(folder)
        for name in ("a.pf_index", "b.pf_meta", "c.pf_fragment"):
            (folder / name).write_text("x", encoding="utf-8")
        (folder / "part" / "fragment").mkdir(parents=True)
        (folder / "part" / "fragment" / "one").write_text("x", encoding="utf-8")
        done = [0]

        def step(real, path, *args, done=done, allowed=allowed, **kwargs):
            if done[0] == allowed:
                raise _Killed
            done[0] += 1
            return real(path, *args, **kwargs)

        monkeypatch.setattr(os, "unlink", lambda path, *a, **k: step(real_unlink, path, *a, **k))
        monkeypatch.setattr(
            outfolder.shutil, "rmtree", lambda path, *a, **k: step(real_rmtree, path, *a, **k)
        )
        with contextlib.suppress(_Killed):
            outfolder.remove_made(folder)
        monkeypatch.undo()
        assert outfolder.is_made(folder) or not folder.exists() or not os.listdir(folder), allowed
        recover(tmp_path / "output")
        assert not folder.exists(), allowed


def test_a_folder_that_keeps_an_entry_keeps_its_marker(tmp_path, monkeypatch) -> None:
    """When an entry will not go (or a writer adds one), the marker stays, so a later `recover`
    still knows the folder for this tool's and clears it."""
    import os

    from generator.write import outfolder

    folder = outfolder.make_folder(tmp_path / f".output.index-{_dead_pid()}")
    (folder / "stuck.pf_index").write_text("x", encoding="utf-8")
    (folder / "gone.pf_meta").write_text("x", encoding="utf-8")
    real_unlink = os.unlink

    def unlink(path, *args, **kwargs):
        if str(path).endswith("stuck.pf_index"):
            raise PermissionError(path)
        return real_unlink(path, *args, **kwargs)

    monkeypatch.setattr(os, "unlink", unlink)
    outfolder.remove_made(folder)
    monkeypatch.undo()
    assert sorted(os.listdir(folder)) == [outfolder.MARKER, "stuck.pf_index"]
    recover(tmp_path / "output")
    assert not folder.exists()
