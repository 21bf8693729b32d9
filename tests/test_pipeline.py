"""The stages of a build (`generator/pipeline.py`), as `build()` and the preview run them.

Each stage is one call with one timed line; planning touches nothing on disk; the output
changes only in the last stage; the output's lock is held from the load to the last file.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from generator import pipeline
from generator.build import BuildOptions, build
from generator.errors import BuildError
from generator.load.content import LoadOptions
from generator.preview import rebuild as rebuilding
from generator.preview.rebuild import rebuild
from generator.preview.state import Warm
from generator.render import run
from generator.write import publish
from generator.write.swap import build_lock
from tests.incremental.test_deps import LANDMINES, STORY, example, replace_in, tree

OPTIONS = BuildOptions(jobs=1)
STAGES = ["load", "analyse", "index", "plan", "render", "write", "search", "publish"]
TIMED = re.compile(r"(\w+): .* in \d+\.\d\d s")


def stages(caplog: pytest.LogCaptureFixture) -> list[str]:
    """The stages the `briefing` logger timed, in order."""
    found = []
    for record in caplog.records:
        matched = TIMED.fullmatch(record.getMessage())
        if record.name == "briefing" and matched:
            found.append(matched[1])
    return found


def test_a_build_logs_one_timed_line_per_stage_in_order(tmp_path, caplog):
    root = example(tmp_path / "site")
    caplog.set_level(logging.INFO, logger="briefing")
    build(root, OPTIONS)
    assert stages(caplog) == STAGES
    lines = [r.getMessage() for r in caplog.records if r.name == "briefing"]
    assert any(re.fullmatch(r"load: 4 briefings, \d+ articles in \d+\.\d\d s", line) for line in lines), lines
    assert any(re.fullmatch(r"search: 1 of 1 parts indexed in \d+\.\d\d s", line) for line in lines), lines
    caplog.clear()
    build(root, BuildOptions(jobs=1, search=False))
    assert stages(caplog) == STAGES
    assert any(re.fullmatch(r"search: off in \d+\.\d\d s", r.getMessage()) for r in caplog.records)


def test_the_preview_runs_the_same_stages_and_its_shortcuts_say_so(tmp_path, caplog):
    root = example(tmp_path / "site")
    warm = Warm()
    caplog.set_level(logging.INFO, logger="briefing")
    rebuild(root, OPTIONS, warm)
    assert stages(caplog) == STAGES
    caplog.clear()
    replace_in(root, LANDMINES, "title: Biden approves", "title: Biden backs")
    warm.saw({str(root / LANDMINES)})
    rebuild(root, OPTIONS, warm)  # the last load patched, and the quick plan
    assert stages(caplog) == ["load", "plan", "render", "write", "search", "publish"]
    assert "load: the last load patched (1 files reported, 1 stories analysed again)" in caplog.text
    assert "plan: the quick plan, " in caplog.text


def _site(root: Path) -> tuple[Any, Any]:
    root = root.resolve()
    loaded = pipeline.load(root, LoadOptions())
    site = pipeline.analyse(root, loaded)
    return site, pipeline.index(site)


def beside(root: Path) -> list[str]:
    return sorted(p.name for p in root.iterdir() if p.name.startswith(".output"))


def test_planning_touches_nothing_on_disk_and_rendering_spools_a_big_build(tmp_path, monkeypatch):
    root = example(tmp_path / "site").resolve()
    build(root, OPTIONS)
    replace_in(root, "templates/base.html", "<body", "<!-- changed --><body")  # every page changes
    before, cache = tree(root / "output"), tree(root / ".cache")
    monkeypatch.setattr(run, "SPOOL_PAGES", 1)  # every build spools its pages as they are rendered
    site, indexes = _site(root)
    cache = tree(root / ".cache")  # (the load and analyse stages save their caches)
    planned = pipeline.plan(root, site, indexes, root / "output")
    assert len(planned.rendering.pages) == len(planned.pages) > 1
    assert tree(root / "output") == before and tree(root / ".cache") == cache
    assert beside(root) == [".output.lock"]
    pipeline.render(planned, 1)
    spool = planned.files.spool
    assert spool is not None and beside(root) == [".output.lock", spool.name]
    assert (spool / STORY).is_file() and tree(root / "output") == before
    planned.files.discard_spool()


def test_the_output_changes_only_when_the_staged_files_are_moved_in(tmp_path, monkeypatch):
    """A rebuild's new page and its search index are staged beside the output, then moved in
    together; while Pagefind runs, the output is still the last build's."""
    root = example(tmp_path / "site")
    build(root, OPTIONS)
    before = tree(root / "output")
    seen: list[bool] = []
    real = publish.run_pagefind

    def pagefind(site: Path, bundle: Path, *glob: str) -> None:
        seen.append(tree(root / "output") == before)
        real(site, bundle, *glob)

    monkeypatch.setattr(publish, "run_pagefind", pagefind)
    replace_in(root, LANDMINES, "title: Biden approves", "title: Biden backs")
    result = build(root, OPTIONS)
    assert seen == [True] and STORY in result.written
    after = tree(root / "output")
    assert (
        b"Biden backs" in after[STORY]
        and after["pagefind/pagefind-entry.json"] != before["pagefind/pagefind-entry.json"]
    )


def _checks_lock(output: Path, calls: list[str], name: str, real: Callable[..., Any]) -> Callable[..., Any]:
    """`real`, which notes `name` in `calls` when the output's lock is held elsewhere as it
    returns (another holder is refused), or `name unlocked`."""

    def checked(*args: Any, **kwargs: Any) -> Any:
        result = real(*args, **kwargs)
        try:
            with build_lock(output):
                calls.append(f"{name} unlocked")
        except BuildError:
            calls.append(name)
        return result

    return checked


@pytest.mark.parametrize("preview", [False, True], ids=["build", "preview"])
def test_the_lock_is_held_from_the_load_to_the_last_file_search_included(tmp_path, monkeypatch, preview):
    root = example(tmp_path / "site").resolve()
    output = root / "output"
    calls: list[str] = []
    monkeypatch.setattr(pipeline, "load_content", _checks_lock(output, calls, "load", pipeline.load_content))
    monkeypatch.setattr(publish, "run_pagefind", _checks_lock(output, calls, "search", publish.run_pagefind))
    monkeypatch.setattr(publish, "write_all", _checks_lock(output, calls, "moved in", publish.write_all))
    monkeypatch.setattr(
        publish, "apply_changes", _checks_lock(output, calls, "moved in", publish.apply_changes)
    )
    monkeypatch.setattr(rebuilding, "reload", _checks_lock(output, calls, "load", rebuilding.reload))
    warm = Warm()

    def once() -> None:
        if preview:
            warm.saw({str(root / LANDMINES)})
            rebuild(root, OPTIONS, warm)
        else:
            build(root, OPTIONS)

    once()  # a first build: every file swapped in at once
    assert calls == ["load", "search", "moved in"]
    calls.clear()
    replace_in(root, LANDMINES, "title: Biden approves", "title: Biden backs")
    once()  # a rebuild: the changed files moved in through the journal
    assert calls == ["load", "search", "moved in"]  # (the preview's: the last load patched)
