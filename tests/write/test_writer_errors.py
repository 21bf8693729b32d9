"""What the system refuses while a build writes (a full disk, a mount point, no permission) is
one line and exit 1 or 2, never a traceback; the last good site stays, and nothing is left."""

from __future__ import annotations

import errno
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.cli import main
from generator.write import swap, writer
from tests.incremental.test_deps import tree

MOUNT = (
    "is a mount point, which a build cannot swap for the new site: mount the volume outside the "
    "project and build into an empty folder on it (--output /path/to/volume/site)"
)


def built(make_site) -> Path:
    root = make_site()
    assert main(["build", "--root", str(root), "--no-search", "-q"]) == 0
    return root


def leftovers(root: Path) -> list[str]:
    return sorted(p.name for p in root.iterdir() if p.name.startswith(".output"))


def test_a_full_disk_is_one_line_and_keeps_the_last_site(make_site, capsys, monkeypatch):
    root = built(make_site)
    before = tree(root / "output")
    (root / "templates/base.html").write_text((root / "templates/base.html").read_text() + "\n")
    real_open, opened = open, []

    def full(path, mode="r", *args, **kwargs):
        handle = real_open(path, mode, *args, **kwargs)
        if "w" in mode and len(opened) >= 3:
            handle.close()
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))  # as write() gives it: no file name
        opened.append(path)
        return handle

    monkeypatch.setattr(writer, "open", full, raising=False)
    capsys.readouterr()
    assert main(["build", "--root", str(root), "--no-search", "-q"]) == 1
    err = capsys.readouterr().err
    assert re.fullmatch(
        rf"error: No space left on device \({re.escape(str(root))}/\.output\.tmp-\d+/\S+\); "
        r"the build stopped, output/ was not changed\n",
        err,
    ), err
    assert tree(root / "output") == before
    assert leftovers(root) == [".output.lock"]


def test_a_mount_point_that_refuses_the_swap_is_one_line(make_site, capsys, monkeypatch):
    """A mount point not seen before the build (see below) makes the swap fail with EBUSY."""
    root = built(make_site)
    before = tree(root / "output")
    shutil.rmtree(root / ".cache")  # a full build, which swaps folders

    def busy(a: Path, b: Path) -> bool:
        raise OSError(errno.EBUSY, os.strerror(errno.EBUSY), str(b))

    monkeypatch.setattr(swap, "exchange", busy)
    capsys.readouterr()
    assert main(["build", "--root", str(root), "--no-search", "-q"]) == 1
    assert capsys.readouterr().err == f"error: output/: {MOUNT}\n"
    assert tree(root / "output") == before
    assert leftovers(root) == [".output.lock"]


def test_no_permission_for_the_lock_is_one_line(make_site, capsys, monkeypatch):
    root = make_site()

    real_open = os.open

    def refused(path, *args, **kwargs):
        if str(path).endswith(".lock"):
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(swap.os, "open", refused)
    assert main(["build", "--root", str(root), "--no-search", "-q"]) == 1
    assert capsys.readouterr().err == (
        f"error: Permission denied ({root}/.output.lock); the build stopped, output/ was not changed\n"
    )
    assert not (root / "output").exists()


ROOT_ONLY = pytest.mark.skipif(
    not sys.platform.startswith("linux") or os.geteuid() != 0, reason="mounts and setpriv need root on Linux"
)


def _mount(*args: str) -> None:
    result = subprocess.run(["mount", *args], capture_output=True, text=True)
    if result.returncode != 0:
        pytest.skip(f"cannot mount here: {result.stderr.strip()}")


@ROOT_ONLY
def test_a_real_full_disk(make_site, tmp_path):
    root = make_site()
    disk = tmp_path / "disk"
    disk.mkdir()
    _mount("-t", "tmpfs", "-o", "size=200k", "tmpfs", str(disk))
    try:
        project = disk / "site"
        shutil.copytree(root, project, ignore=shutil.ignore_patterns("static"))
        shutil.copytree(root / "static", project / "static")
        run = subprocess.run(
            [sys.executable, "-m", "generator", "build", "--root", str(project), "--no-search", "-q"],
            capture_output=True,
            text=True,
        )
        assert run.returncode == 1, run.stderr
        assert re.fullmatch(
            r"error: No space left on device \(\S+\); the build stopped, output/ was not changed\n",
            run.stderr,
        ), run.stderr
        assert leftovers(project) == [".output.lock"]
    finally:
        subprocess.run(["umount", str(disk)], check=True)


@ROOT_ONLY
@pytest.mark.parametrize("kind", ["tmpfs", "bind"])
def test_a_real_mount_point_as_output(make_site, tmp_path, kind):
    root = make_site()
    (root / "output").mkdir()
    volume = tmp_path / "volume"
    volume.mkdir()
    if kind == "tmpfs":
        _mount("-t", "tmpfs", "-o", "size=20m", "tmpfs", str(root / "output"))
    else:
        _mount("--bind", str(volume), str(root / "output"))
    try:
        run = subprocess.run(
            [sys.executable, "-m", "generator", "build", "--root", str(root), "--no-search", "-q"],
            capture_output=True,
            text=True,
        )
        # Refused before anything is read or written (a bind mount of a folder of the same file
        # system too, which os.path.ismount does not see), and the volume is left as it was.
        assert (run.returncode, run.stderr) == (2, f"error: output/: {MOUNT}\n")
        assert list((root / "output").iterdir()) == []
        assert leftovers(root) == []
    finally:
        subprocess.run(["umount", str(root / "output")], check=True)


def test_a_project_folder_the_user_cannot_write(make_site, capsys):
    root = make_site()
    root.chmod(0o555)
    try:
        if os.access(root, os.W_OK):
            pytest.skip("this user may write anywhere (root)")
        assert main(["build", "--root", str(root), "--no-search", "-q"]) == 1
        assert capsys.readouterr().err == (
            f"error: Permission denied ({root}/.output.lock); the build stopped, output/ was not changed\n"
        )
    finally:
        root.chmod(0o755)


def test_a_mount_point_inside_the_output_is_one_line_and_the_next_build_finishes(
    make_site, capsys, monkeypatch
):
    """Moving a new page onto another file system (a volume mounted on a folder of output/)
    fails with EXDEV: one line, and once the mount is gone the next build finishes the moves."""
    root = built(make_site)
    note = root / "content/briefings/mines.yaml"
    note.write_text(note.read_text().replace("Mines for", "Mines to"))
    real_replace = writer.os.replace

    def cross_device(source, target):
        if str(target).endswith("index.html"):
            raise OSError(errno.EXDEV, os.strerror(errno.EXDEV), str(source), None, str(target))
        real_replace(source, target)

    monkeypatch.setattr(writer.os, "replace", cross_device)
    capsys.readouterr()
    assert main(["build", "--root", str(root), "--no-search", "-q"]) == 1
    assert capsys.readouterr().err == f"error: output/ or a folder in it {MOUNT}\n"
    monkeypatch.setattr(writer.os, "replace", real_replace)
    assert main(["build", "--root", str(root), "--no-search", "-q"]) == 0
    assert "Mines to Ukraine" in (root / "output/index.html").read_text()
    assert leftovers(root) == [".output.lock"]
