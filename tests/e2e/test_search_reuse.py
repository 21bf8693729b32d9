"""The search index is rebuilt when a page changes and reused when none did."""

from __future__ import annotations

import pytest

from generator.build import BuildOptions, build

pytestmark = pytest.mark.e2e


def test_index_is_reused_only_when_pages_are_unchanged(make_site, monkeypatch):
    root = make_site()
    build(root, BuildOptions())
    entry = root / "output/pagefind/pagefind-entry.json"
    first = entry.read_text()
    calls = []
    import generator.outputs.search as search

    real_run = search.subprocess.run
    monkeypatch.setattr(search.subprocess, "run", lambda *a, **k: calls.append(a) or real_run(*a, **k))
    build(root, BuildOptions())
    assert calls == [] and entry.read_text() == first  # nothing changed: Pagefind did not run

    note = root / "content/briefings/mines.yaml"
    note.write_text(note.read_text().replace("Mines for Ukraine", "Mines for Kyiv"))
    build(root, BuildOptions())
    assert len(calls) == 1 and entry.read_text() != first


def test_an_edit_leaves_the_bundle_a_clean_build_makes(make_site, tmp_path, caplog):
    import logging
    import re
    import shutil

    root = make_site()
    build(root, BuildOptions())
    note = root / "content/briefings/mines.yaml"
    note.write_text(note.read_text().replace("Mines for Ukraine", "Mines for Kyiv"))
    caplog.clear()
    with caplog.at_level(logging.INFO, logger="briefing.publish"):
        build(root, BuildOptions())
    logged = caplog.text
    clean = tmp_path / "clean"
    shutil.copytree(root, clean, ignore=shutil.ignore_patterns("output", ".cache", ".output*"))
    build(clean, BuildOptions())

    def bundle(site):
        folder = site / "output/pagefind"
        return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}

    assert bundle(root) == bundle(clean)
    found = re.search(r"search index rebuilt: 1 of 1 parts, (\d+) files, (\d+) of them changed", logged)
    assert found and 0 < int(found[2]) < int(found[1])  # only the bundle files that changed moved in
