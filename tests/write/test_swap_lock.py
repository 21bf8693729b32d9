"""One lock for the whole build, shared by the command line and the preview: a build started
while another runs is refused (or, in the preview, waits), and the preview reloads from disk
after another process has built, instead of serving or writing what it kept of its own build."""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.build import BuildOptions, build
from generator.errors import BuildError
from generator.preview.rebuild import rebuild
from generator.preview.state import Warm
from tests.incremental.test_deps import LANDMINES, STORY, example, replace_in, tree

OPTIONS = BuildOptions(search=False, jobs=1)
HOLDER = """
import sys, time
from pathlib import Path
from generator.write.swap import build_lock
with build_lock(Path(sys.argv[1])) as held:
    held.claim("another-process")
    print("held", flush=True)
    sys.stdin.readline()  # until the test says so
    Path(sys.argv[2]).write_text("released")
"""


def hold_lock(output: Path, released: Path) -> subprocess.Popen[str]:
    """Another process holding the output's lock (as a build of another process does)."""
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(output), str(released)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline() == "held\n"
    return holder


def clean_tree(root: Path, tmp_path: Path) -> dict[str, bytes]:
    clean = tmp_path / "clean"
    shutil.copytree(root, clean, ignore=shutil.ignore_patterns("output", ".cache", ".output*"))
    build(clean, OPTIONS)
    return tree(clean / "output")


def test_a_build_while_another_process_builds_is_refused_before_it_loads(tmp_path):
    root = example(tmp_path / "site")
    build(root, OPTIONS)
    before = tree(root / "output")
    (root / "content/briefings/broken.yaml").write_text("title: [unclosed\n")
    holder = hold_lock(root / "output", tmp_path / "released")
    try:
        # The lock is taken before loading: the answer is the other build, not the broken note,
        # and nothing is spooled or staged beside output/.
        with pytest.raises(BuildError) as refused:
            build(root, OPTIONS)
        assert str(refused.value) == (
            f"another build of output/ is running (pid {holder.pid}); try again when it ends"
        )
        assert sorted(p.name for p in root.iterdir() if p.name.startswith(".output")) == [".output.lock"]
    finally:
        holder.communicate("\n", timeout=30)
    assert tree(root / "output") == before


def test_a_one_off_build_between_two_preview_builds_is_seen_by_the_preview(tmp_path):
    """The preview built; another process built an edit; the edit was undone and the preview
    rebuilt. The preview must not trust what it kept of its own build: the output ends as a
    clean build of the content, not with the other build's page."""
    root = example(tmp_path / "site")
    warm = Warm()
    rebuild(root, OPTIONS, warm)
    warm.save(root)  # the preview was idle: the one-off build below updates output/ in place
    replace_in(root, LANDMINES, "title: Biden approves", "title: Biden backs")
    assert 0 < build(root, OPTIONS).rendered < 22  # `briefing build` while the preview runs
    assert "Biden backs" in (root / "output" / STORY).read_text()
    replace_in(root, LANDMINES, "title: Biden backs", "title: Biden approves")
    warm.saw({str(root / LANDMINES)})
    rebuild(root, OPTIONS, warm)
    assert "Biden approves" in (root / "output" / STORY).read_text()
    assert tree(root / "output") == clean_tree(root, tmp_path)


def test_the_preview_does_not_save_its_manifest_over_another_process_build(tmp_path):
    root = example(tmp_path / "site")
    warm = Warm()
    rebuild(root, OPTIONS, warm)
    replace_in(root, LANDMINES, "title: Biden approves", "title: Biden backs")
    warm.saw({str(root / LANDMINES)})
    rebuild(root, OPTIONS, warm)  # not saved yet: the preview saves when idle
    replace_in(root, LANDMINES, "title: Biden backs", "title: Biden okays")
    build(root, OPTIONS)  # another process builds, and saves its manifest
    (manifest,) = (root / ".cache").glob("outputs-*.pickle")
    saved = manifest.read_bytes()
    warm.save(root)  # the preview goes idle
    assert manifest.read_bytes() == saved
    assert build(root, OPTIONS).rendered == 0
    assert tree(root / "output") == clean_tree(root, tmp_path)


def test_the_preview_waits_for_another_process_build_then_reads_the_output_again(tmp_path, caplog):
    root = example(tmp_path / "site")
    warm = Warm()
    rebuild(root, OPTIONS, warm)
    released = tmp_path / "released"
    holder = hold_lock(root / "output", released)
    holder.stdin.write("\n")  # let it go: the preview's build below must wait for that
    holder.stdin.flush()
    caplog.set_level(logging.INFO, logger="briefing")
    replace_in(root, LANDMINES, "title: Biden approves", "title: Biden backs")
    warm.saw({str(root / LANDMINES)})
    rebuild(root, OPTIONS, warm)
    assert released.read_text() == "released"  # it held the lock until this build could start
    assert holder.wait(timeout=30) == 0
    assert "another process has built the output since the last rebuild" in caplog.text
    assert tree(root / "output") == clean_tree(root, tmp_path)


def test_a_search_refresh_is_not_applied_over_another_process_build(tmp_path):
    from generator.outputs.search import with_fingerprints
    from generator.write.publish import apply_search, stage_search

    root = example(tmp_path / "site")
    warm = Warm()
    rebuild(root, BuildOptions(jobs=1), warm)
    replace_in(root, LANDMINES, "title: Biden approves", "title: Biden backs")
    warm.saw({str(root / LANDMINES)})
    warm.defer_search = True
    rebuild(root, BuildOptions(jobs=1), warm)
    assert warm.manifest is not None and warm.plan is not None
    parts = with_fingerprints(warm.plan.planner.search_parts(), warm.manifest.indexed_print)
    staged = stage_search(root / "output", parts, warm.manifest, 1)
    build(root, BuildOptions(jobs=1))  # another process builds (and indexes) meanwhile
    pagefind = tree(root / "output/pagefind")
    with pytest.raises(BuildError, match=r"^another process has built output/ since this index was made$"):
        apply_search(staged, warm.manifest)
    assert tree(root / "output/pagefind") == pagefind
    assert not staged.staging.exists()
