"""tools/ingest_train.py: labelling a page's lines by its truth, and training on invented sets.

Every page and truth file here is invented. Training needs the `train` extra (scikit-learn);
without it these tests are skipped, the rest of the suite does not need it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.ingest.line_model import load
from generator.ingest.text_blocks import split_text
from tools.ingest_plain import load_set
from tools.ingest_train import labels, main

STORY = [
    "The harbour board approved a new sea wall on Monday after two winters of flooding on the quay.",
    "Work will start in May and last eighteen months, the board said in a statement to residents.",
    "Shops on the quay will stay open while the wall is built, with a footpath kept along the water.",
]
FURNITURE = ["Share on Facebook Share on X", "12 comments", "Subscribe to keep reading", "Most read"]


def truth(
    title: str, body: list[str], furniture: list[str], dek: list[str] | None = None
) -> dict[str, object]:
    return {
        "url": "https://harbour.example/news/sea-wall-approved",
        "outlet": "Harbour Example",
        "country": "GB",
        "timezone": "Europe/London",
        "language": "en",
        "title": title,
        "published": None,
        "authors": [],
        "via": None,
        "dateline": None,
        "dek": dek or [],
        "body": "\n".join(body),
        "furniture": furniture,
    }


def write_page(folder: Path, page_id: str, lines: list[str], data: dict[str, object]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{page_id}.txt").write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    (folder / f"{page_id}.truth.json").write_text(json.dumps(data), encoding="utf-8")


def test_lines_are_labelled_by_the_truth(tmp_path: Path) -> None:
    title = "Sea wall approved for the quay"
    lines = [
        "Home News Sport",
        title,
        "The board's vote ends two years of debate",
        "HARBOURTON, Monday - " + STORY[0],  # a dateline glued to the first paragraph
        STORY[1],
        "Work will start in May",  # a piece of a paragraph, printed apart
        STORY[2],
        STORY[2],  # printed twice: once body, then not
        "12 comments",
        "Something nobody labelled",
    ]
    data = truth(
        title, STORY, ["Home News Sport", "12 comments"], dek=["The board's vote ends two years of debate"]
    )
    write_page(tmp_path, "page-1", lines, data)
    (page,) = load_set(tmp_path)
    got = labels(split_text("\n\n".join(lines)), page, ["The board's vote ends two years of debate"])
    assert got == ["furniture", "title", "dek", "body", "body", "body", "body", None, "furniture", None]


def invented_set(folder: Path, pages: int, offset: int) -> None:
    """Pages of one invented outlet: a menu, the title, the story, and furniture at the end."""
    for number in range(pages):
        title = f"Sea wall vote number {number + offset} passes"
        lines = ["Home News Sport", title, *STORY, *FURNITURE[: 2 + number % 3]]
        write_page(
            folder,
            f"page-{number}",
            lines,
            truth(title, STORY, ["Home News Sport", *FURNITURE[: 2 + number % 3]]),
        )


def test_training_is_deterministic_and_records_its_sets(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("sklearn")
    sets = [tmp_path / "set-a", tmp_path / "set-b", tmp_path / "set-c"]
    for offset, folder in enumerate(sets):
        invented_set(folder, 3, 10 * offset)
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    assert main([*map(str, sets), "--out", str(first)]) == 0
    assert main([*map(str, sets), "--out", str(second), "--no-validate"]) == 0
    assert first.read_bytes() == second.read_bytes()
    model = load(first)
    assert [(t.name, t.pages) for t in model.trained_on] == [("set-a", 3), ("set-b", 3), ("set-c", 3)]
    assert STORY[0] not in first.read_text(encoding="utf-8")  # counts, never page text
    printed = capsys.readouterr().out
    assert printed.splitlines()[0] == "9 pages, 72 lines: body 27, furniture 36, title 9"
    assert "left out        pages  method  title    F1    P     R     leaked  /page" in printed


def test_a_set_that_is_not_there_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("sklearn")
    assert main([str(tmp_path / "missing")]) == 2
    assert capsys.readouterr().err == f"ingest-train: {tmp_path / 'missing'}: no such folder\n"


def test_two_sets_of_one_name_are_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("sklearn")
    invented_set(tmp_path / "a" / "dev", 2, 0)
    invented_set(tmp_path / "b" / "dev", 2, 5)
    assert main([str(tmp_path / "a" / "dev"), str(tmp_path / "b" / "dev")]) == 2
    assert capsys.readouterr().err == "ingest-train: two sets have one name: dev\n"


def test_the_tree_count_set_at_run_time_is_the_one_fitted(monkeypatch: pytest.MonkeyPatch) -> None:
    """`ingest_loso_line --trees N` sets the module's TREES before fitting: the default must be
    read when fitting, not when the function was defined."""
    pytest.importorskip("sklearn")
    from tools import ingest_train

    monkeypatch.setattr(ingest_train, "TREES", 7)
    rows = [[float(i), float(i % 3)] for i in range(40)]
    targets = [i % 2 for i in range(40)]
    assert len(ingest_train.fit_ensemble(rows, targets).trees) == 7
    assert len(ingest_train.fit_ensemble(rows, targets, 3).trees) == 3
