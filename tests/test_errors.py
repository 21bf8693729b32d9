"""`Report.rel`: a problem names its file relative to the project, however the root was given."""

from __future__ import annotations

from pathlib import Path

from generator.errors import Report


def test_paths_are_named_from_the_root_given_relative_absolute_or_linked(tmp_path, monkeypatch):
    for name in ("one", "two"):
        (tmp_path / name / "site/content").mkdir(parents=True)
    (tmp_path / "link").symlink_to(tmp_path / "one/site")
    report = Report(Path("site"))
    for name in ("one", "two"):  # the same relative root, from two folders: each is its own
        monkeypatch.chdir(tmp_path / name)
        assert report.rel(tmp_path / name / "site/content/a.md") == "content/a.md"
        assert report.rel("site/content/a.md") == "content/a.md"
        assert report.rel("content/a.md") == "content/a.md"
    linked = Report(tmp_path / "link")
    assert linked.rel(tmp_path / "link/content/a.md") == "content/a.md"
    assert linked.rel(tmp_path / "one/site/content/a.md") == "content/a.md"
    assert linked.rel(tmp_path / "elsewhere.md") == (tmp_path / "elsewhere.md").as_posix()
