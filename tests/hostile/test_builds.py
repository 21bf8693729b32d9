"""Interrupted and concurrent builds never leave a broken output/."""

from __future__ import annotations

import hashlib
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import write_site

pytestmark = pytest.mark.e2e


def big_site(root: Path, stories: int = 300) -> Path:
    files = {}
    for n in range(stories):
        files[f"content/articles/a{n}.md"] = (
            f"---\ntitle: Article {n}\noutlet: reuters\npublished: 2024-11-{n % 28 + 1:02d}T10:00:00Z\n---\n"
            + ("Words of the article body. " * 80 + "\n\n") * 4
        )
        files[f"content/briefings/s{n}.yaml"] = (
            f"title: Story {n}\ndate: 2024-11-{n % 28 + 1:02d}\nsummary: Summary {n}.\n"
            f"key_points: [{{text: Point {n}, sources: [a{n}]}}]\ntopics: [ukraine]\nsources: [a{n}]\n"
        )
    return write_site(root, files)


def digest(folder: Path) -> str:
    h = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        h.update(path.relative_to(folder).as_posix().encode() + b"\0" + path.read_bytes())
    return h.hexdigest()


def start_build(root: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "generator", "build", "--root", str(root), "-q"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


TEMPLATE = "templates/story.html"
MARK = "{% block main %}"


def set_version(root: Path, version: int) -> None:
    """Version 0 or 1 of the story template: switching rewrites every story page."""
    path = root / TEMPLATE
    text = path.read_text()
    text = text.replace(MARK + "<!-- v1 -->", MARK)
    path.write_text(text.replace(MARK, MARK + "<!-- v1 -->") if version else text)


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> tuple[Path, str]:
    root = big_site(tmp_path_factory.mktemp("big"))
    assert start_build(root).wait(timeout=300) == 0
    return root, digest(root / "output")


@pytest.fixture(scope="module")
def versions(site) -> tuple[str, str, float]:
    """The output digests of both versions, and how long a rebuild from one to the other takes."""
    root, good = site
    set_version(root, 1)
    started = time.monotonic()
    assert start_build(root).wait(timeout=300) == 0
    switch = time.monotonic() - started
    new = digest(root / "output")
    set_version(root, 0)
    assert start_build(root).wait(timeout=300) == 0
    assert digest(root / "output") == good and new != good
    return good, new, switch


def test_killing_a_build_at_any_moment_leaves_the_old_or_the_new_site(site, versions):
    from generator.write.writer import recover_output

    root, _ = site
    old, new, switch = versions
    for fraction in (0.05, 0.2, 0.4, 0.6, 0.75, 0.85, 0.92, 0.97):
        set_version(root, 1)
        process = start_build(root)
        time.sleep(switch * fraction)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        assert (root / "output").is_dir(), f"no output/ after a kill at {fraction:.0%}"
        recover_output(root / "output")  # what the next build or preview does first
        assert digest(root / "output") in (old, new), f"a mixed output/ after a kill at {fraction:.0%}"
        set_version(root, 0)
        assert start_build(root).wait(timeout=300) == 0
        assert digest(root / "output") == old
    assert sorted(p.name for p in root.iterdir() if p.name.startswith(".output")) == [".output.lock"]


def test_two_builds_at_once_do_not_corrupt_each_other(site):
    root, good = site
    first, second = start_build(root), start_build(root)
    results = [(p.wait(timeout=300), p.stderr.read() if p.stderr else "") for p in (first, second)]
    codes = sorted(code for code, _ in results)
    assert codes in ([0, 0], [0, 1]), results
    if codes == [0, 1]:
        assert any("another build of output/ is running" in err for _, err in results)
    assert digest(root / "output") == good
