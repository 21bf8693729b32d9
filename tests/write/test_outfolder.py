"""The output folder: the project's output/, or a folder outside the project that is empty or
built by briefing. Anything else is refused before a file is read or written, and only the
folders briefing made (its name and its marker) are ever removed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from generator.build import BuildOptions, build
from generator.cli import main
from generator.errors import UsageError
from generator.write.outfolder import MARKER, MARKER_TEXT

ADVICE = (
    "a build replaces its output folder whole: use output/ (the default) or a folder outside "
    "the project that is empty or was built by briefing"
)
OPTIONS = BuildOptions(search=False, jobs=1)


def snapshot(folder: Path) -> dict[str, bytes | str | None]:
    """Every entry under `folder`: a file's bytes, a link's target, None for a folder."""
    found: dict[str, bytes | str | None] = {}
    for top, dirs, files in os.walk(folder):
        for name in dirs + files:
            path = Path(top) / name
            rel = path.relative_to(folder).as_posix()
            if path.is_symlink():
                found[rel] = os.readlink(path)
            elif path.is_dir():
                found[rel] = None
            else:
                found[rel] = path.read_bytes()
    return found


def run(argv: list[str], capsys) -> tuple[int, str]:
    code = main(argv)
    return code, capsys.readouterr().err


@pytest.mark.parametrize(
    ("given", "message"),
    [
        ("content", f"--output content: is inside the project's content/ folder; {ADVICE}"),
        (
            "content/briefings",
            f"--output content/briefings: is inside the project's content/ folder; {ADVICE}",
        ),
        (".", f"--output .: is the project folder; {ADVICE}"),
        ("templates", f"--output templates: is inside the project's templates/ folder; {ADVICE}"),
        ("static/css", f"--output static/css: is inside the project's static/ folder; {ADVICE}"),
        ("output/site", f"--output output/site: is inside the project's output/ folder; {ADVICE}"),
        ("docs", f"--output docs: is inside the project; {ADVICE}"),
        ("content/..", f"--output content/..: is the project folder; {ADVICE}"),
    ],
)
def test_an_output_inside_the_project_is_refused_before_anything_is_touched(
    tmp_path, make_site, capsys, monkeypatch, given, message
):
    root = make_site()
    (root / "docs").mkdir()
    monkeypatch.chdir(root)
    before = snapshot(tmp_path)
    assert run(["build", "--no-search", "--output", given], capsys) == (2, f"error: {message}\n")
    assert snapshot(tmp_path) == before  # no lock file, no staging folder, no cache


def test_a_folder_holding_the_project_is_refused(tmp_path, make_site, capsys, monkeypatch):
    root = make_site()
    monkeypatch.chdir(root)
    before = snapshot(tmp_path)
    for given in ("..", str(tmp_path), "/"):
        code, err = run(["build", "--no-search", "--output", given], capsys)
        assert (code, err) == (2, f"error: --output {given}: holds the project folder {root}; {ADVICE}\n")
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("target", ["content", "templates", "../elsewhere"])
def test_a_symbolic_link_as_output_is_refused_and_its_target_untouched(
    tmp_path, make_site, capsys, monkeypatch, target
):
    root = make_site()
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere/notes.txt").write_text("mine")
    (root / "output").symlink_to(target)
    monkeypatch.chdir(root)
    before = snapshot(tmp_path)
    assert run(["build", "--no-search"], capsys) == (
        2,
        f"error: output/: is a symbolic link to {target}; {ADVICE}\n",
    )
    assert snapshot(tmp_path) == before  # nothing deleted, and no lock or staging beside the target
    # Given as --output, a link to a folder outside is refused as well.
    (tmp_path / "link").symlink_to(tmp_path / "elsewhere")
    code, err = run(["build", "--no-search", "--output", str(tmp_path / "link")], capsys)
    assert code == 2 and err.startswith(f"error: --output {tmp_path / 'link'}: is a symbolic link to ")
    assert (tmp_path / "elsewhere/notes.txt").read_text() == "mine"


def test_a_folder_outside_that_briefing_did_not_build_is_refused(tmp_path, make_site, capsys, monkeypatch):
    root = make_site()
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "notes.txt").write_text("keep me")
    (tmp_path / "a-file").write_text("a file")
    monkeypatch.chdir(root)
    before = snapshot(tmp_path)
    assert run(["build", "--no-search", "--output", str(mine)], capsys) == (
        2,
        f"error: --output {mine}: holds files briefing did not build (no {MARKER} in it), which a "
        "build would delete: empty the folder or choose another\n",
    )
    assert run(["build", "--no-search", "--output", "../a-file"], capsys) == (
        2,
        "error: --output ../a-file: is a file, not a folder\n",
    )
    assert snapshot(tmp_path) == before


def test_a_new_an_empty_or_a_built_folder_outside_is_written_with_the_marker(tmp_path, make_site):
    root = make_site()
    (tmp_path / "empty").mkdir()
    for target in (tmp_path / "new/site", tmp_path / "empty"):
        build(root, BuildOptions(search=False, jobs=1, output=target))
        assert (target / MARKER).read_bytes() == MARKER_TEXT
        assert (target / "index.html").is_file()
        (root / "content/briefings/mines.yaml").write_text(
            (root / "content/briefings/mines.yaml").read_text().replace("Mines for", "Mines to")
        )
        build(root, BuildOptions(search=False, jobs=1, output=target))  # built by briefing: allowed again
        assert "Mines to Ukraine" in (target / "index.html").read_text()
        assert (target / MARKER).is_file()
    assert not (root / "output").exists()


def test_the_project_output_from_before_the_marker_gets_it_on_an_update(make_site):
    root = make_site()
    build(root, OPTIONS)
    (root / "output" / MARKER).unlink()
    note = root / "content/briefings/mines.yaml"
    note.write_text(note.read_text().replace("Mines for", "Mines to"))
    result = build(root, OPTIONS)
    assert 0 < result.rendered < result.pages  # an update in place, not a new folder
    assert (root / "output" / MARKER).read_bytes() == MARKER_TEXT


def test_only_folders_briefing_made_are_cleared_beside_the_output(tmp_path, make_site):
    root = make_site()
    build(root, OPTIONS)
    ended = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    dead = int(ended.stdout)  # a process that has ended: what it left may be cleared
    theirs = [f".output.backup-{dead}", f".output.old-{dead}", f".output.tmp-{dead}", ".output.search"]
    for name in theirs:
        (root / name).mkdir()
        (root / name / "precious.txt").write_text("mine")
    ours = root / f".output.spool-{dead}"
    ours.mkdir()
    (ours / MARKER).write_bytes(MARKER_TEXT)
    (ours / "index.html").write_text("half written")
    build(root, OPTIONS)
    for name in theirs:
        assert (root / name / "precious.txt").read_text() == "mine", name
    assert not ours.exists()


def test_a_retired_site_is_restored_only_when_briefing_made_it(tmp_path, make_site):
    """Between the two renames of the fallback swap, output/ is missing and the old site is
    `.output.old-PID`: the next build restores it, but never a user's folder of that name."""
    from generator.write.writer import recover_output

    root = make_site()
    ended = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    theirs = root / f".output.old-{int(ended.stdout)}"
    theirs.mkdir()
    (theirs / "notes.txt").write_text("mine")
    recover_output(root / "output")
    assert not (root / "output").exists() and (theirs / "notes.txt").read_text() == "mine"
    (theirs / MARKER).write_bytes(MARKER_TEXT)
    recover_output(root / "output")
    assert (root / "output/notes.txt").read_text() == "mine" and not theirs.exists()


def test_the_preview_refuses_a_symbolic_link_as_output(tmp_path, make_site):
    from generator.preview.serve import PreviewState

    root = make_site()
    (root / "output").symlink_to("content")
    before = snapshot(tmp_path)
    state = PreviewState(root=root, options=OPTIONS)
    assert not state.rebuild()
    assert state.problems == [f"output/: is a symbolic link to content; {ADVICE}"]
    assert snapshot(tmp_path) == before


def test_build_refuses_before_loading(tmp_path, make_site):
    """The output is checked before the content: a broken note does not hide the refusal."""
    root = make_site({"content/briefings/broken.yaml": "title: [unclosed\n"})
    with pytest.raises(UsageError, match="is the project folder"):
        build(root, BuildOptions(output=root))


def test_links_planted_where_a_build_writes_its_own_files_are_not_followed(tmp_path, make_site, capsys):
    """A contributor can commit a link named like the lock, or the marker in an output restored
    from a cache: the build must not write through it into the file it points to."""
    root = make_site()
    note = root / "content/briefings/mines.yaml"
    text = note.read_text()
    (root / ".output.lock").symlink_to(note)
    assert run(["build", "--root", str(root), "--no-search", "-q"], capsys) == (
        1,
        f"error: {root}/.output.lock: is a symbolic link; remove it (a build writes its lock there)\n",
    )
    assert note.read_text() == text
    (root / ".output.lock").unlink()
    build(root, OPTIONS)
    (root / "output" / MARKER).unlink()
    (root / "output" / MARKER).symlink_to(note)
    note.write_text(text.replace("Mines for", "Mines to"))
    build(root, OPTIONS)
    assert note.read_text() == text.replace("Mines for", "Mines to")
    assert (root / "output" / MARKER).read_bytes() == MARKER_TEXT and not (
        root / "output" / MARKER
    ).is_symlink()
