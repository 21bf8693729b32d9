"""Pages of many short lines: cleaning costs the same per line however long the page is."""

from __future__ import annotations

import time
from itertools import product
from pathlib import Path

from generator.ingest import page_widgets
from generator.ingest.model import Block
from tests.ingest.support import articles, ingest

WORDS = tuple(f"{a}{b}{c}".capitalize() for a in "bdkmt" for b in "aeiou" for c in ("la", "ro"))  # 50


def short_lines(count: int) -> list[str]:
    """`count` different lines of two or three invented words, every sixth one of four words
    (a cell of a table, no menu entry), so the page is one block of runs of menu-shaped labels."""
    labels = [" ".join(words) for size in (2, 3) for words in product(WORDS, repeat=size)][:count]
    cells = (" ".join(words) for words in product(WORDS, repeat=4))
    return [next(cells) if index % 6 == 5 else label for index, label in enumerate(labels)]


def test_menu_runs_read_each_line_a_bounded_number_of_times(monkeypatch):
    """Every run of short labels looked back and forward over the whole block of short lines
    around it, and at every line above it for a paragraph: a page of 12,000 short lines took
    16 s, most of it there. Four times the lines now cost four times the reads, not sixteen."""
    calls: list[int] = []
    real = page_widgets._cell
    monkeypatch.setattr(page_widgets, "_cell", lambda block: calls.append(1) or real(block))

    def reads(count: int) -> int:
        calls.clear()
        page_widgets.nav_run([Block(text) for text in short_lines(count)])
        return len(calls)

    small, large = reads(300), reads(1200)
    assert 0 < large <= 5 * small


def test_a_page_of_short_lines_takes_time_in_proportion_to_its_lines(site: Path, tmp_path: Path):
    """The whole of ingest on a page of short lines: four times the lines take well under sixteen
    times as long (least of three runs each, so a busy machine does not decide it)."""

    def seconds(count: int) -> float:
        raw = tmp_path / f"short{count}.txt"
        raw.write_text("\n".join(["Headline of the test page", "2024-05-01", *short_lines(count)]) + "\n")
        best = float("inf")
        for _ in range(3):
            start = time.perf_counter()
            assert ingest(site, str(raw), "--outlet", "reuters", "--dry-run") == 0
            best = min(best, time.perf_counter() - start)
        return best

    small, large = seconds(250), seconds(1000)
    assert large < 10 * small


def test_a_page_of_more_lines_than_an_article_has_is_refused_before_cleaning(
    site: Path, tmp_path: Path, capsys
):
    """A page of 47,000 short lines (1 MB, under the limit on characters) took 115 s; the lines
    are counted after extraction and the page refused before any rule reads one."""
    raw = tmp_path / "lines.txt"
    raw.write_text("\n".join(["Headline of the test page", "2024-05-01", *short_lines(20_000)]) + "\n")
    assert ingest(site, str(raw), "--outlet", "reuters") == 1
    assert "lines.txt: the page has 20002 lines of text; the limit is 20000" in capsys.readouterr().err
    assert articles(site) == []
