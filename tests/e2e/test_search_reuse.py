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
    import generator.search as search

    real_run = search.subprocess.run
    monkeypatch.setattr(search.subprocess, "run", lambda *a, **k: calls.append(a) or real_run(*a, **k))
    build(root, BuildOptions())
    assert calls == [] and entry.read_text() == first  # nothing changed: Pagefind did not run

    note = root / "content/briefings/mines.yaml"
    note.write_text(note.read_text().replace("Mines for Ukraine", "Mines for Kyiv"))
    build(root, BuildOptions())
    assert len(calls) == 1 and entry.read_text() != first
