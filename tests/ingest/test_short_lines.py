"""Pages of many short lines: cleaning costs the same per line however long the page is."""

from __future__ import annotations

import time
from itertools import product
from pathlib import Path

from generator.ingest import text_rules
from generator.ingest.model import Block
from tests.ingest.support import ingest

WORDS = ("Alpha", "Beta", "Gamma", "Delta", "Eta", "Theta", "Iota", "Kappa", "Lambda", "Zeta")


def short_lines(count: int) -> list[str]:
    """`count` different lines of two or three invented words, every sixth one of four words
    (a cell of a table, no menu entry), so the page is one block of runs of menu-shaped labels."""
    shapes = (" ".join(words) for size in (2, 3, 4) for words in product(WORDS, repeat=size))
    labels = [s for s in shapes if len(s.split()) < 4][:count]
    cells = (s for s in (" ".join(w) for w in product(WORDS, repeat=4)))
    return [next(cells) if index % 6 == 5 else label for index, label in enumerate(labels)]


def test_menu_runs_read_each_line_a_bounded_number_of_times(monkeypatch):
    """Every run of short labels looked back and forward over the whole block of short lines
    around it, and at every line above it for a paragraph: a page of 12,000 short lines took
    16 s, most of it there. Four times the lines now cost four times the reads, not sixteen."""
    calls: list[int] = []
    real = text_rules._cell
    monkeypatch.setattr(text_rules, "_cell", lambda block: calls.append(1) or real(block))

    def reads(count: int) -> int:
        calls.clear()
        text_rules.nav_run([Block(text) for text in short_lines(count)])
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
