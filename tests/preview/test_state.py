"""The preview's warm rebuilds: caches in memory, only reported files read, search refreshed later."""

from __future__ import annotations

import logging
import shutil

import pytest

from generator.build import BuildOptions, build
from generator.preview.rebuild import rebuild
from generator.preview.state import Warm
from tests.incremental.test_deps import ATACMS, JAPAN_NEWS, LANDMINES, STORY, example, replace_in, tree

OPTIONS = BuildOptions(jobs=1)


@pytest.fixture
def site(tmp_path):
    root = example(tmp_path / "site")
    warm = Warm()
    rebuild(root, OPTIONS, warm)
    return root, warm


def test_a_reported_edit_is_rebuilt_and_nothing_is_saved_until_asked(site):
    root, warm = site
    manifests = sorted(p.stat().st_mtime_ns for p in (root / ".cache").glob("*.pickle"))
    replace_in(root, LANDMINES, "title: Biden approves", "title: Biden backs")
    warm.saw({str(root / LANDMINES)})
    result = rebuild(root, OPTIONS, warm)
    assert STORY in result.written and "Biden backs" in (root / "output" / STORY).read_text()
    assert sorted(p.stat().st_mtime_ns for p in (root / ".cache").glob("*.pickle")) == manifests
    warm.save(root)
    assert sorted(p.stat().st_mtime_ns for p in (root / ".cache").glob("*.pickle")) != manifests
    assert build(root, OPTIONS).rendered == 0  # a one-off build trusts what the preview saved


def test_an_unreported_edit_waits_until_the_watcher_is_not_trusted(site):
    root, warm = site
    replace_in(root, LANDMINES, "title: Biden approves", "title: Biden backs")
    assert rebuild(root, OPTIONS, warm).rendered == 0  # the watcher said nothing changed
    warm.forget()
    assert STORY in rebuild(root, OPTIONS, warm).written


def test_deferred_search_keeps_the_old_index_until_the_refresh(site, tmp_path):
    root, warm = site
    entry = root / "output/pagefind/pagefind-entry.json"
    before = tree(root / "output/pagefind")
    replace_in(root, LANDMINES, "title: Biden approves", "title: Biden backs")
    warm.saw({str(root / LANDMINES)})
    warm.defer_search = True
    rebuild(root, OPTIONS, warm)
    assert tree(root / "output/pagefind") == before and entry.is_file()
    warm.defer_search = False
    rebuild(root, OPTIONS, warm)
    clean = example(tmp_path / "clean")
    replace_in(clean, LANDMINES, "title: Biden approves", "title: Biden backs")
    build(clean, OPTIONS)
    assert tree(root / "output") == tree(clean / "output")


def test_a_new_and_a_deleted_note_are_seen_without_a_report(site):
    root, warm = site
    gone = root / "content/briefings/north-korea-troops-and-arms-for-russia.yaml"
    added = root / "content/briefings/a-copy.yaml"
    added.write_text(gone.read_text())
    gone.unlink()
    result = rebuild(root, OPTIONS, warm)  # the watcher reported nothing: the folder listing tells
    assert "stories/a-copy/index.html" in result.written
    assert "stories/north-korea-troops-and-arms-for-russia/index.html" in result.removed


def _warm_rebuild_matches_clean(tmp_path, edit, report, caplog=None):
    """Build with a Warm, edit, report the edited files, rebuild: the output equals a clean build's.
    `caplog` is cleared before the rebuild."""
    root = example(tmp_path / "warm")
    warm = Warm()
    rebuild(root, OPTIONS, warm)
    rebuild(root, OPTIONS, warm)  # a second build, so the next one reuses what this one computed
    if caplog is not None:
        caplog.clear()
    edit(root)
    warm.saw({str(root / rel) for rel in report})
    result = rebuild(root, OPTIONS, warm)
    clean = tmp_path / "clean"
    shutil.copytree(root, clean, ignore=shutil.ignore_patterns("output", ".cache", ".output*"))
    fresh = build(clean, OPTIONS)
    assert tree(root / "output") == tree(clean / "output")
    assert (result.pages, result.files) == (fresh.pages, fresh.files)  # the summary's counts
    return result


EDITS = {
    "key point": (LANDMINES, "especially when used", "above all when used"),
    "title": (LANDMINES, "title: Biden approves", "title: Biden backs"),
    "article": (JAPAN_NEWS, "President Joe Biden has", "US President Joe Biden has"),
    "wire credit": (JAPAN_NEWS, "via: Reuters", "via: NewsBytes"),
    "template": ("templates/story.html", "{% block main %}", "{% block main %}<!-- x -->"),
    "partial": ("templates/partials/pager.html", "<nav", "<!-- x --><nav"),
    "site.yaml": ("site.yaml", "name: US weapons for Ukraine and Russia's answer", "name: US arms"),
    "topic of a note": (ATACMS, "topics: [war-in-ukraine, long-range-strikes, russia]", "topics: [russia]"),
}


# In-place edits that leave the site's shape alone: the preview patches its last load and plan.
QUICK = {"key point", "title", "article", "wire credit"}


@pytest.mark.parametrize("name", sorted(EDITS))
def test_warm_rebuilds_match_a_clean_build(tmp_path, caplog, name):
    rel, old, new = EDITS[name]
    caplog.set_level(logging.INFO, logger="briefing")
    result = _warm_rebuild_matches_clean(
        tmp_path, lambda root: replace_in(root, rel, old, new), [rel], caplog
    )
    assert result.rendered > 0
    assert ("quick plan" in caplog.text) == (name in QUICK)


def test_quick_rebuilds_in_a_row_then_a_full_one_match_a_clean_build(tmp_path, caplog):
    caplog.set_level(logging.INFO, logger="briefing")

    def edits(root):
        for rel, old, new in (
            (LANDMINES, "title: Biden approves", "title: Biden backs"),
            (JAPAN_NEWS, "President Joe Biden has", "US President Joe Biden has"),
            (LANDMINES, "especially when used", "above all when used"),
            (ATACMS, "topics: [war-in-ukraine, long-range-strikes, russia]", "topics: [russia]"),
            (LANDMINES, "title: Biden backs", "title: Biden okays"),
        ):
            replace_in(root, rel, old, new)
            warm.saw({str(root / rel)})
            rebuild(root, OPTIONS, warm)

    root = example(tmp_path / "warm")
    warm = Warm()
    rebuild(root, OPTIONS, warm)
    edits(root)
    assert caplog.text.count("quick plan") == 4  # all but the topic change
    clean = tmp_path / "clean"
    shutil.copytree(root, clean, ignore=shutil.ignore_patterns("output", ".cache", ".output*"))
    build(clean, OPTIONS)
    assert tree(root / "output") == tree(clean / "output")


def test_an_output_folder_removed_behind_the_preview_is_built_in_full(site, caplog):
    root, warm = site
    caplog.set_level(logging.INFO, logger="briefing")
    shutil.rmtree(root / "output")
    replace_in(root, LANDMINES, "title: Biden approves", "title: Biden backs")
    warm.saw({str(root / LANDMINES)})
    result = rebuild(root, OPTIONS, warm)
    assert "quick plan" not in caplog.text and result.rendered == result.pages


def test_warm_rebuild_after_two_edits_in_a_row(tmp_path):
    root = example(tmp_path / "warm")
    warm = Warm()
    rebuild(root, OPTIONS, warm)
    for old, new in (
        ("title: Biden approves", "title: Biden backs"),
        ("title: Biden backs", "title: Biden okays"),
    ):
        replace_in(root, LANDMINES, old, new)
        warm.saw({str(root / LANDMINES)})
        rebuild(root, OPTIONS, warm)
    clean = tmp_path / "clean"
    shutil.copytree(root, clean, ignore=shutil.ignore_patterns("output", ".cache", ".output*"))
    build(clean, OPTIONS)
    assert tree(root / "output") == tree(clean / "output")


def test_a_save_during_the_search_refresh_is_rebuilt_at_once_and_the_index_catches_up(tmp_path, monkeypatch):
    import threading

    from generator.preview.serve import PreviewState
    from generator.write import publish

    root = example(tmp_path / "warm")
    state = PreviewState(root=root, options=OPTIONS)
    assert state.rebuild()  # the first build indexes before serving
    indexing, go = threading.Event(), threading.Event()
    run = publish.run_pagefind

    def slow_pagefind(site, bundle, *glob):
        indexing.set()
        assert go.wait(30)
        run(site, bundle, *glob)

    monkeypatch.setattr(publish, "run_pagefind", slow_pagefind)
    for old, new in (
        ("title: Biden approves", "title: Biden backs"),
        ("title: Biden backs", "title: Biden okays"),
    ):
        replace_in(root, LANDMINES, old, new)
        state.warm.saw({str(root / LANDMINES)})
        assert state.rebuild() and state.search_stale
        if state.refreshing is None:
            state.search_stale = False
            state.start_refresh()
            assert indexing.wait(30)  # Pagefind is running when the second save is rebuilt
    assert "Biden okays" in (root / "output" / STORY).read_text()
    go.set()
    state.refreshing.join(30)
    state.finish_refresh()  # the index of the first edit
    state.search_stale = False
    state.start_refresh()  # the one the second edit asked for
    state.refreshing.join(30)
    state.finish_refresh()
    clean = example(tmp_path / "clean")
    replace_in(clean, LANDMINES, "title: Biden approves", "title: Biden okays")
    build(clean, OPTIONS)
    assert tree(root / "output") == tree(clean / "output")
    assert not (tmp_path / "warm/.output.search").exists()
    state.warm.defer_search = False  # the recorded index is that of the pages: nothing to redo
    assert rebuild(root, OPTIONS, state.warm).written == ()
