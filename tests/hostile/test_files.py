"""Broken and hostile files and paths: each gives a clear, located error, never a traceback."""

from __future__ import annotations

import os
import time

import pytest

from generator.build import BuildOptions, build, load_site
from generator.errors import BuildError
from generator.load.content import LoadOptions


def errors_of(root) -> list[str]:
    _, report = load_site(root, LoadOptions())
    return [str(p) for p in report.errors]


def test_tabs_in_yaml_name_the_line(make_site):
    root = make_site({"content/briefings/mines.yaml": "title: t\ndate: 2024-11-20\n\tsummary: s\n"})
    assert any(
        e.startswith("content/briefings/mines.yaml:3: invalid YAML:") and "tab" in e for e in errors_of(root)
    )


def test_huge_file_is_refused_fast(make_site):
    root = make_site()
    with open(root / "content/articles/huge.md", "wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # 50 MB, sparse
    started = time.monotonic()
    found = errors_of(root)
    assert time.monotonic() - started < 5
    assert "content/articles/huge.md: file is 51200 KiB; the limit is 5120 KiB" in found


def test_yaml_bomb_is_refused(make_site):
    bomb = 'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n' + "".join(
        f"{c}: &{c} [" + ",".join([f"*{p}"] * 9) + "]\n" for p, c in zip("bcdefgh", "cdefghi", strict=True)
    )
    root = make_site({"content/briefings/mines.yaml": bomb})
    started = time.monotonic()
    found = errors_of(root)
    assert time.monotonic() - started < 5
    assert "content/briefings/mines.yaml:2: YAML aliases (*name) are not allowed in content" in found


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        ("content/articles/empty.md", "", "content/articles/empty.md:1: expected YAML front matter"),
        ("content/briefings/blank.yaml", "   \n", "content/briefings/blank.yaml: the note is empty"),
        (
            "content/briefings/list.yaml",
            "- a\n- b\n",
            "content/briefings/list.yaml:1: expected a mapping of fields, found a list",
        ),
        (
            "content/briefings/con.yaml",
            "title: t\n",
            "content/briefings/con.yaml: file name: 'con' is a reserved file name on Windows",
        ),
        (
            "content/briefings/Mines.yaml",
            "title: t\n",
            "content/briefings/mines.yaml: 'mines.yaml' and 'Mines.yaml' give the same slug",
        ),
        (
            "content/briefings/café.yaml",
            "title: t\n",
            "content/briefings/café.yaml: file name: 'café' is not a slug",
        ),
    ],
)
def test_broken_files_give_located_errors(make_site, name, text, message):
    root = make_site({name: text})
    found = errors_of(root)
    assert any(e.startswith(message) for e in found), found


def test_binary_file_in_content(make_site):
    root = make_site()
    (root / "content/articles/photo.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert "content/articles/photo.md: file is binary, not text" in errors_of(root)


def test_climbing_references_are_unknown_ids(make_site):
    root = make_site(
        {
            "content/briefings/mines.yaml": "title: t\ndate: 2024-11-20\nsummary: s\nsources: ['../../etc/passwd']\n"
        }
    )
    assert any("sources[0]: unknown article '../../etc/passwd'" in e for e in errors_of(root))


def test_symlinked_static_file_outside_the_project_is_refused(make_site, tmp_path):
    root = make_site()
    secret = tmp_path / "secret.txt"
    secret.write_text("private")
    os.symlink(secret, root / "static/leak.txt")
    with pytest.raises(BuildError, match=r"static/leak\.txt: is a link to a file outside the project"):
        build(root, BuildOptions(search=False))
    assert not (root / "output").exists()


def test_symlinked_content_folder_outside_the_project_is_refused(make_site, tmp_path):
    root = make_site()
    outside = tmp_path / "elsewhere"
    (root / "content/articles").rename(outside)
    os.symlink(outside, root / "content/articles")
    assert any("is a link to a file outside the project; refused" in e for e in errors_of(root))
