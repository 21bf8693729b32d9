"""A search index in parts: older parts are indexes alone, merged in by the search page; an edit
re-indexes only its part; the result is what a clean build makes; the browser searches them all."""

from __future__ import annotations

import re
import shutil
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest

from generator.build import BuildOptions, build
from generator.outputs import search
from generator.preview.rebuild import rebuild

pytestmark = pytest.mark.e2e

# One story a month (September to November), each with its own article and a word of its own.
STORIES = {"sep": ("2024-09-12", "walrus"), "oct": ("2024-10-08", "pelican"), "nov": ("2024-11-20", "otter")}


def story_files() -> dict[str, str | None]:
    files: dict[str, str | None] = {"content/briefings/mines.yaml": None, "content/articles/a1.md": None}
    for slug, (day, word) in STORIES.items():
        files[f"content/articles/{slug}.md"] = (
            f"---\ntitle: Report {slug}\noutlet: reuters\nurl: https://example.org/{slug}\n"
            f"published: {day}T08:00:00+00:00\n---\nA report about the {word} count.\n"
        )
        files[f"content/briefings/{slug}.yaml"] = (
            f"title: The {word} story\ndate: {day}T12:00:00\nsummary: What happened to the {word}.\n"
            f"key_points:\n  - text: The {word} was counted.\n    sources: [{slug}]\n"
            f"topics: [ukraine]\nsources: [{slug}]\n"
        )
    return files


@pytest.fixture
def parts_site(make_site, monkeypatch):
    monkeypatch.setattr(search, "PART_STORIES", 1)  # one month, one part
    return make_site(story_files())


def bundle(site):
    folder = site / "output/pagefind"
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_older_parts_are_indexes_alone_merged_in_by_the_search_page(parts_site):
    build(parts_site, BuildOptions())
    files = bundle(parts_site)
    assert "pagefind-ui.js" in files and "pagefind-entry.json" in files
    for part in ("2024-09", "2024-10"):
        own = {name for name in files if name.startswith(f"{part}/")}
        assert f"{part}/pagefind-entry.json" in own
        assert not any(name.endswith((".js", ".css", ".pagefind")) for name in own), own
    page = (parts_site / "output/search/index.html").read_text()
    assert 'data-bundle="/repo/pagefind/"' in page
    assert 'data-merge="/repo/pagefind/2024-09/ /repo/pagefind/2024-10/"' in page


def test_an_edit_re_indexes_its_part_only_and_leaves_what_a_clean_build_makes(
    parts_site, tmp_path, monkeypatch
):
    build(parts_site, BuildOptions())
    runs: list[list[str]] = []
    real = search.subprocess.run
    monkeypatch.setattr(
        search.subprocess, "run", lambda command, **kw: runs.append(command) or real(command, **kw)
    )
    note = parts_site / "content/briefings/sep.yaml"
    note.write_text(note.read_text().replace("The walrus was counted", "The walrus was weighed"))
    build(parts_site, BuildOptions())
    assert len(runs) == 1  # September's part alone (a title would also change the related lists)
    clean = tmp_path / "clean"
    shutil.copytree(parts_site, clean, ignore=shutil.ignore_patterns("output", ".cache", ".output*"))
    build(clean, BuildOptions())
    assert bundle(parts_site) == bundle(clean)
    assert len(runs) == 4  # the clean build indexed its three parts


def test_a_part_whose_stories_are_gone_is_removed(parts_site):
    build(parts_site, BuildOptions())
    (parts_site / "content/briefings/sep.yaml").unlink()
    (parts_site / "content/articles/sep.md").unlink()
    build(parts_site, BuildOptions())
    assert not (parts_site / "output/pagefind/2024-09").exists()
    assert (parts_site / "output/pagefind/2024-10/pagefind-entry.json").is_file()
    page = (parts_site / "output/search/index.html").read_text()
    assert 'data-merge="/repo/pagefind/2024-10/"' in page


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def test_the_browser_finds_stories_of_every_part(parts_site, tmp_path, browser):
    build(parts_site, BuildOptions())
    www = tmp_path / "www"
    www.mkdir()
    (www / "repo").symlink_to(parts_site / "output")
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_Quiet, directory=str(www)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    page = browser.new_page()
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if m.type in ("error", "warning") else None)
    page.on("requestfailed", lambda r: problems.append(f"failed: {r.url}"))
    try:
        base = f"http://127.0.0.1:{server.server_address[1]}/repo/"
        for word, slug in (("walrus", "sep"), ("pelican", "oct"), ("otter", "nov")):
            page.goto(f"{base}search/?q={word}")
            page.wait_for_selector(".pagefind-ui__result-link", timeout=15000)
            links = page.eval_on_selector_all(".pagefind-ui__result-link", "els => els.map(e => e.href)")
            assert links == [f"{base}stories/{slug}/"], (word, links)
        page.goto(f"{base}search/?q=counted")
        page.wait_for_function(
            "document.querySelectorAll('.pagefind-ui__result-link').length === 3", timeout=15000
        )
        excerpts = page.eval_on_selector_all(
            ".pagefind-ui__result-excerpt", "els => els.map(e => e.textContent)"
        )
        assert len(excerpts) == 3 and not any("Countries" in text for text in excerpts), excerpts  # no counts
    finally:
        page.close()
        server.shutdown()
        server.server_close()
    assert [p for p in problems if not re.search(r"favicon", p)] == []


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("The pelican was counted", "The pelican was weighed"),
        ("title: The pelican story", "title: The pelican tale"),  # in the others' related lists too
    ],
)
def test_the_preview_refreshes_only_the_part_an_edit_touched(parts_site, tmp_path, monkeypatch, old, new):
    from generator.preview.serve import PreviewState
    from generator.write import publish
    from tests.incremental.test_deps import tree

    state = PreviewState(root=parts_site, options=BuildOptions(jobs=1))
    assert state.rebuild()
    runs: list[object] = []
    real = publish.run_pagefind
    monkeypatch.setattr(publish, "run_pagefind", lambda site, *rest: runs.append(site) or real(site, *rest))
    note = parts_site / "content/briefings/oct.yaml"
    note.write_text(note.read_text().replace(old, new))
    state.warm.saw({str(note)})
    assert state.rebuild() and state.search_stale and runs == []  # the rebuild leaves search for later
    state.start_refresh()
    state.refreshing.join(30)
    state.finish_refresh()
    assert len(runs) == 1  # October's part alone
    clean = tmp_path / "clean"
    shutil.copytree(parts_site, clean, ignore=shutil.ignore_patterns("output", ".cache", ".output*"))
    build(clean, BuildOptions())
    assert tree(parts_site / "output") == tree(clean / "output")
    state.warm.defer_search = False  # what the refresh recorded is the index of the pages now
    assert rebuild(parts_site, BuildOptions(jobs=1), state.warm).written == ()


def test_a_cold_build_indexes_its_staged_pages_in_place_as_linked_ones_would_be(
    parts_site, tmp_path, monkeypatch
):
    from generator.write import publish

    sites: list[tuple[str, str]] = []
    real = publish.run_pagefind

    def recorded(site, bundle, *glob):
        sites.append((site.name, *glob))
        real(site, bundle, *glob)

    monkeypatch.setattr(publish, "run_pagefind", recorded)
    build(parts_site, BuildOptions())
    # Every part's pages were new, so each was indexed in the staging folder, by its glob.
    assert sorted(glob for _, glob in sites) == [f"stories/{{{slug}}}/index.html" for slug in sorted(STORIES)]
    assert all(name.startswith((".output.spool-", ".output.tmp-")) for name, _ in sites)
    linked = tmp_path / "linked"
    shutil.copytree(parts_site, linked, ignore=shutil.ignore_patterns("output", ".cache", ".output*"))
    monkeypatch.setattr(publish, "part_glob", lambda pages: None)  # no glob: the pages are linked
    sites.clear()
    build(linked, BuildOptions())
    assert len(sites) == 3 and all(len(run) == 1 for run in sites)  # a linked folder, the default glob
    assert bundle(linked) == bundle(parts_site)


def test_a_part_glob_names_each_story_page_or_gives_way():
    assert (
        search.part_glob(["stories/a/index.html", "stories/b-2/index.html"]) == "stories/{a,b-2}/index.html"
    )
    assert search.part_glob(["stories/a/index.html", "topics/x/index.html"]) is None
    assert search.part_glob(["stories/a*/index.html"]) is None  # would be a pattern, not a name
    many = [f"stories/{'s' * 90}-{n}/index.html" for n in range(1200)]  # about 115 KB
    assert search.part_glob(many) is None and search.part_glob(many[:900]) is not None
    assert search.part_glob([]) is None


def test_a_title_edit_re_indexes_its_own_part_not_those_listing_it_as_related(
    parts_site, tmp_path, monkeypatch
):
    build(parts_site, BuildOptions())
    oct_page = parts_site / "output/stories/oct/index.html"
    assert "The walrus story" in oct_page.read_text()  # September's story is among October's related
    runs: list[object] = []
    real = search.subprocess.run
    monkeypatch.setattr(
        search.subprocess, "run", lambda command, **kw: runs.append(command) or real(command, **kw)
    )
    note = parts_site / "content/briefings/sep.yaml"
    note.write_text(note.read_text().replace("title: The walrus story", "title: The walrus tale"))
    written = build(parts_site, BuildOptions()).written
    assert "stories/oct/index.html" in written and "The walrus tale" in oct_page.read_text()
    assert len(runs) == 1  # September's part alone: the related lists are not indexed
    clean = tmp_path / "clean"  # ...and what Pagefind makes of October's page did not change
    shutil.copytree(parts_site, clean, ignore=shutil.ignore_patterns("output", ".cache", ".output*"))
    build(clean, BuildOptions())
    assert bundle(parts_site) == bundle(clean)
