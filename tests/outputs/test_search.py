"""How the story pages are cut into search index parts (see `generator.outputs.search`)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.outputs import search
from generator.outputs.search import BUNDLE_DIR, Part, indexed_digest, layout, owner


def months(counts: dict[str, int]) -> list[tuple[str, list[str]]]:
    return [(m, [f"stories/{m}-{i}/index.html" for i in range(n)]) for m, n in counts.items()]


def test_no_stories_make_no_parts():
    assert layout([]) == []


def test_a_small_site_is_one_primary_part():
    parts = layout(months({"2024-11": 3, "2024-10": 2}))
    assert [p.folder for p in parts] == [BUNDLE_DIR] and len(parts[0].pages) == 5


def test_parts_are_whole_months_oldest_first_and_the_newest_is_primary():
    parts = layout(months({"2024-12": 1, "2024-09": 3, "2024-10": 2, "2024-11": 5}), size=4)
    assert [(p.folder, len(p.pages)) for p in parts] == [
        ("pagefind/2024-09", 5),  # September alone is short of 4: October joins it
        ("pagefind/2024-11", 5),
        ("pagefind", 1),
    ]
    assert [p.primary for p in parts] == [False, False, True]


def test_a_new_story_in_the_newest_month_leaves_older_parts_as_they_were():
    before = layout(months({"2024-09": 4, "2024-10": 4, "2024-11": 1}), size=4)
    after = layout(months({"2024-09": 4, "2024-10": 4, "2024-11": 2}), size=4)
    assert before[:2] == after[:2] and before[2] != after[2]


@given(st.dictionaries(st.from_regex(r"20[0-9]{2}-(0[1-9]|1[0-2])", fullmatch=True), st.integers(1, 9)))
def test_every_story_is_in_exactly_one_part(counts):
    parts = layout(months(counts), size=5)
    pages = [page for part in parts for page in part.pages]
    assert sorted(pages) == sorted(p for _, paths in months(counts) for p in paths)
    assert len({p.folder for p in parts}) == len(parts)
    assert all(p.primary == (n == len(parts) - 1) for n, p in enumerate(parts))


def test_a_bundle_file_belongs_to_the_part_whose_folder_holds_it():
    assert owner("pagefind/2024-05/index/en_1.pf_index") == "pagefind/2024-05"
    assert owner("pagefind/2024-05/pagefind-entry.json") == "pagefind/2024-05"
    assert owner("pagefind/fragment/en_2.pf_fragment") == BUNDLE_DIR
    assert owner("pagefind/pagefind-ui.js") == BUNDLE_DIR


def test_an_older_part_publishes_its_index_only():
    older, primary = Part("pagefind/2024-05", ()), Part(BUNDLE_DIR, ())
    for rel in (
        "pagefind-entry.json",
        "pagefind.en_5db.pf_meta",
        "index/en_1.pf_index",
        "fragment/x.pf_fragment",
    ):
        assert older.keeps(rel) and primary.keeps(rel)
    for rel in ("pagefind-ui.js", "pagefind-ui.css", "pagefind.js", "wasm.en.pagefind", "pagefind-worker.js"):
        assert not older.keeps(rel) and primary.keeps(rel)


PAGE = (
    "<html><body><article data-pagefind-body><h1>{title}</h1><p>{text}</p>"
    '<section data-pagefind-ignore="all"><h2>Related</h2><section><a>{related}</a></section></section>'
    "<p>{after}</p></article></body></html>"
)


def test_the_indexed_digest_leaves_out_what_pagefind_skips_whole():
    base = dict(title="Mines", text="Approved.", related="Other story", after="Sources")
    digest = indexed_digest(PAGE.format(**base))
    assert indexed_digest(PAGE.format(**{**base, "related": "Renamed story"})) == digest
    for field in ("title", "text", "after"):  # before, inside no skipped element, and after it
        assert indexed_digest(PAGE.format(**{**base, field: "Changed"})) != digest
    unclosed = '<p>a</p><div data-pagefind-ignore="all"><p>b</p>'
    assert indexed_digest(unclosed) != indexed_digest(unclosed.replace("<p>b", "<p>c"))  # all of it counts


CHILD = """
import subprocess, sys, time
from generator.outputs import search
if sys.argv[1] == "fallback":
    search.shutil.which = lambda name: None  # no setpriv: the child sets its own death signal
command, first = search.killed_with_parent(["sleep", "60"])
assert (first is None) == (sys.argv[1] == "setpriv"), command
print(subprocess.Popen(command, preexec_fn=first).pid, flush=True)
time.sleep(60)
"""


@pytest.mark.skipif(
    not sys.platform.startswith("linux") or shutil.which("setpriv") is None, reason="needs Linux and setpriv"
)
@pytest.mark.parametrize("way", ["setpriv", "fallback"])
def test_what_the_build_starts_dies_with_it(way):
    """Pagefind must not outlive a killed build (it would write into a staging folder the next
    build has cleared); with setpriv, Python starts it without copying the build's memory map."""
    parent = subprocess.Popen([sys.executable, "-c", CHILD, way], stdout=subprocess.PIPE, text=True)
    assert parent.stdout is not None
    child = int(parent.stdout.readline())
    # setpriv sets the death signal, then runs the program: kill the parent only after that
    # (Popen returns once setpriv itself has started; killed before its prctl, nothing fires).
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            if Path(f"/proc/{child}/comm").read_text().strip() == "sleep":
                break
        except OSError:
            break
        time.sleep(0.01)
    parent.kill()
    parent.wait()

    def gone() -> bool:
        try:
            return Path(f"/proc/{child}/status").read_text().split("State:")[1].split()[0] in "ZX"
        except (OSError, IndexError):
            return True

    deadline = time.monotonic() + 10
    while not gone() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert gone()


@pytest.mark.skipif(
    not sys.platform.startswith("linux") or shutil.which("setpriv") is None, reason="needs Linux and setpriv"
)
def test_a_child_whose_build_is_gone_before_its_death_signal_is_set_does_not_run(tmp_path):
    """Killed between the fork and setpriv's prctl, a build leaves nobody to signal its child:
    the child must then not run at all (it would write into a folder the next build clears).
    Simulated by starting the command from another parent than the process that made it."""
    ran = tmp_path / "ran"
    command, first = search.killed_with_parent(["touch", str(ran)])
    assert first is None
    subprocess.run(command, check=False)  # started by this process, its maker: it runs
    assert ran.exists()
    ran.unlink()
    subprocess.run(["sh", "-c", '"$@"; true', "sh", *command], check=False)  # another parent
    assert not ran.exists()
