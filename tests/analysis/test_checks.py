"""`briefing check`: uncited points and likely wrong citations, with file, line and candidate."""

from __future__ import annotations

import shutil

import pytest

from generator.build import BuildOptions, check, load_site
from generator.cli import main
from generator.errors import ContentError
from generator.load.content import LoadOptions
from tests.conftest import REPO

STORM = """\
---
title: Storm cuts power
outlet: reuters
published: 2024-11-21T08:00:00Z
---
A fierce winter storm with heavy snow, freezing rain and gusting winds cut power overnight to about
40,000 homes, farms and hospitals across the western valleys of Ukraine, the regional utility said.

Crews expected most customers to have power back by the evening.
"""
NOTE = """\
title: Mines for Ukraine
date: 2024-11-21
summary: The US approved mines.
topics: [ukraine]
key_points:
  - text: Biden approved anti-personnel land mines for Ukraine.
    sources: [a1, storm]
  - The mines become inert after a preset period.
"""


def messages(root, strict=False):
    if strict:
        with pytest.raises(ContentError) as info:
            check(root, BuildOptions(strict=True))
        return [str(p) for p in info.value.problems]
    _, report = load_site(root, LoadOptions())
    return [str(p) for p in report.sorted()]


def test_uncited_point_and_wrong_citation_are_reported_exactly(make_site):
    root = make_site({"content/articles/storm.md": STORM, "content/briefings/mines.yaml": NOTE})
    expected = [
        "content/briefings/mines.yaml:7: warning: key_points[0].sources[1]: 'storm' says nothing like "
        "this point (likely the wrong article); best candidate (similarity 0.05): "
        'content/articles/storm.md:6: "A fierce winter storm with heavy snow, freezing rain and gusting winds '
        'cut power…"',
        "content/briefings/mines.yaml:8: warning: key_points[1]: cites no source: add sources: "
        "[article ids] so readers can check it",
    ]
    assert messages(root) == expected
    assert messages(root) == expected  # the same from the analysis cache
    assert messages(root, strict=True) == expected


def test_line_of_a_citation_in_a_block_list(make_site):
    note = NOTE.replace("    sources: [a1, storm]\n", "    sources:\n      - storm\n      - a1\n")
    root = make_site({"content/articles/storm.md": STORM, "content/briefings/mines.yaml": note})
    found = messages(root)
    assert found[0].startswith("content/briefings/mines.yaml:8: warning: key_points[0].sources[0]: 'storm'")


def test_a_cited_article_sharing_no_word_with_the_point(make_site):
    storm = STORM.replace(" of Ukraine", "")
    root = make_site({"content/articles/storm.md": storm, "content/briefings/mines.yaml": NOTE})
    assert messages(root)[0] == (
        "content/briefings/mines.yaml:7: warning: key_points[0].sources[1]: 'storm' says nothing like this "
        "point (likely the wrong article); none of its sentences shares a word with the point"
    )


def test_the_example_site_passes_strict(tmp_path, capsys):
    for name in ("site.yaml", "content"):
        (shutil.copytree if (REPO / name).is_dir() else shutil.copy)(REPO / name, tmp_path / name)
    assert main(["check", "--strict", "--root", str(tmp_path)]) == 0
    assert "Content is valid: 0 warning(s)." in capsys.readouterr().err


def test_check_strict_fails_on_the_fixture(make_site, capsys):
    root = make_site({"content/articles/storm.md": STORM, "content/briefings/mines.yaml": NOTE})
    assert main(["check", "--root", str(root)]) == 0
    assert main(["check", "--strict", "--root", str(root)]) == 1
    err = capsys.readouterr().err
    assert "likely the wrong article" in err and "cites no source" in err
