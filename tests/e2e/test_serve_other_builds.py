"""The preview beside other builds of the same output: a CLI build, a refused output folder."""

from __future__ import annotations

import subprocess
import sys

from tests.e2e.test_serve import example_site, fetch, free_port, serving, wait_for

NOTE = "content/briefings/us-approves-landmines-for-ukraine.yaml"
DRAFT = "stories/a-draft-only-the-preview-shows/"


def _status(url: str) -> int:
    try:
        return fetch(url)[0]
    except OSError:
        return 0


def test_the_preview_builds_its_own_site_again_after_a_cli_build(tmp_path):
    root = example_site(tmp_path / "site")
    note = (root / NOTE).read_text()
    (root / "content/briefings/a-draft-only-the-preview-shows.yaml").write_text(
        note.replace("title: Biden approves", "draft: true\ntitle: A draft of Biden approves", 1)
    )
    with serving(tmp_path, root) as (base, _):
        assert _status(base + DRAFT) == 200  # the preview shows drafts
        done = subprocess.run(
            [sys.executable, "-m", "generator", "build", "--root", str(root), "-q"],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
        # The CLI build has no drafts; the preview sees another process built output/ and
        # builds its own again, with no save to prompt it.
        assert wait_for(lambda: (root / "output" / DRAFT / "index.html").exists(), timeout=15)
        assert _status(base + DRAFT) == 200
        # Waiting for the CLI build's lock is fine (under load the preview may start while it
        # runs); being refused by it is not.
        assert "try again when it ends" not in (tmp_path / "serve.log").read_text()


def test_the_preview_refuses_an_output_folder_a_build_may_not_replace(tmp_path):
    root = example_site(tmp_path / "site")
    (root / "output").symlink_to("content")
    done = subprocess.run(
        [sys.executable, "-m", "generator", "serve", "--root", str(root), "--port", str(free_port())],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert "output/: is a symbolic link to content" in done.stderr
    assert "Traceback" not in done.stderr
    assert sorted(p.name for p in (root / "content").iterdir()) == ["articles", "briefings"]
