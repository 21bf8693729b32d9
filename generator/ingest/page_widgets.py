"""Furniture that shows over several short lines of its own shape: a weather widget, a media
player's labels and counters, a navigation menu's run of short labels (not a table's cells)."""

from __future__ import annotations

import re
from collections.abc import Callable

from generator.ingest.line_rule import LineRule
from generator.ingest.model import Block, Kind
from generator.ingest.shapes import (
    is_paragraph_like,
    repeats_cells,
    word_count,
)
from generator.ingest.site_chrome import (
    weather_part,
)

WEATHER_GAP = 2  # a widget's lines stand at most this far apart (its date may stand between)
WEATHER_RULE = LineRule("weather", "weather widget", lambda _: True)


def weather_widget(blocks: list[Block]) -> set[int]:
    """The indexes of a weather widget's lines: a weather word and a temperature near each other
    ('Meteorologia' / 'Tempo' / '13º' / 'MIN 11º MÁX 17º'); either alone is text ('El tiempo')."""
    found: set[int] = set()
    run: list[tuple[int, str]] = []
    for index, block in enumerate([*blocks, Block("")]):
        part = weather_part(block.text) if block.text else None
        if run and ((part is None and index - run[-1][0] >= WEATHER_GAP) or index == len(blocks)):
            if {kind for _, kind in run} == {"word", "temperature"}:
                found.update(i for i, _ in run)
            run = []
        if part is not None:
            run.append((index, part))
    return found


PLAYER_RULE = LineRule("media-player", "audio or video player's labels and counters", lambda _: True)
PLAYER_REACH = 2  # short labels above and below a player's counters that are its own
PLAYER_LABEL_WORDS = 4
_COUNTER = re.compile(r"0:00|\d{1,2}:\d{2}(?:\s*/?\s*\d{1,2}:\d{2})+")


def player_widget(blocks: list[Block]) -> set[int]:
    """The indexes of a media player copied with the page: its counters ('0:00', '0:00 0:00',
    '1:12 / 4:05') and the short labels next to them ('Play Live Radio', 'Next Up:'), up to two
    lines on either side."""
    found: set[int] = set()
    counters = [i for i, b in enumerate(blocks) if _COUNTER.fullmatch(b.text.strip())]
    for index in counters:
        found.add(index)
        for step in (-1, 1):
            for reach in range(1, PLAYER_REACH + 1):
                near = index + step * reach
                if near in found:
                    continue
                if not (0 <= near < len(blocks)) or not _player_label(blocks[near]):
                    break
                found.add(near)
    return found


_PLAYER_LABEL_RE = re.compile(r"[.!?…。]$")


def _player_label(block: Block) -> bool:
    """A player's label or button: a few words, no sentence ('Next Up:' ends with its colon)."""
    text = block.text.strip()
    return (
        block.kind == Kind.LINE
        and 0 < word_count(text) <= PLAYER_LABEL_WORDS
        and not _PLAYER_LABEL_RE.search(text)
        and not any(ch.isdigit() for ch in _COUNTER.sub("", text))
    ) or bool(_COUNTER.fullmatch(text))


NAV_RUN = 5  # short labels in a row: a menu ('News', 'Sport', 'Video', 'Photos', 'Opinion' ...)
NAV_LABEL_WORDS = 3
NAV_RUN_RULE = LineRule("nav-bar", "navigation menu (a run of short labels)", lambda _: True)
_LABEL_END = re.compile(r"[.!?…。！？,;]$")


def nav_run(blocks: list[Block], furniture: Callable[[int], bool] = lambda _: False) -> set[int]:
    """The indexes of menus copied one entry a line: five or more short labels in a row, no
    sentence among them, not a list the text leads into (after a line ending with ':'), and not
    a table copied one cell a line (see `_Tables`; `furniture` says which lines other rules took)."""
    found: set[int] = set()
    run: list[int] = []
    tables = _Tables(blocks, furniture)
    for index, block in enumerate([*blocks, Block("")]):
        text = block.text.strip()
        if text and block.kind == Kind.LINE and _nav_label(text):
            run.append(index)
            continue
        led = run and run[0] > 0 and blocks[run[0] - 1].text.rstrip().endswith((":", "："))
        if len(run) >= NAV_RUN and not led and not tables.is_table(run):
            found.update(run)
        run = []
    return found


TABLE_FIGURES = 2  # cells with a figure in a run that make it a table ('VVD 9 zetels')
TABLE_CELL_WORDS = 8


class _Tables:
    """Which runs of short labels in `blocks` are tables copied one cell a line, not menus.

    Every run is judged in time linear in the page as a whole: the stretches of cell-shaped
    lines, the first paragraph no rule took and each stretch's `repeats_cells` are found once
    for the page, not again for each run (a page of 47,000 short lines has thousands of runs).
    """

    def __init__(self, blocks: list[Block], furniture: Callable[[int], bool]) -> None:
        self.blocks = blocks
        self.furniture = furniture
        self._back: list[int] = []
        self._forward: list[int] = []
        self._repeats: dict[tuple[int, int], bool] = {}
        self._first_text: int | None = None
        self._searched = 0

    def is_table(self, run: list[int]) -> bool:
        """A table, not a menu: its cells repeat (`repeats_cells`, over the whole block of short
        lines the run stands in, as a table's longer cells break the run), several carry figures
        ('VVD 9 zetels'), or the article's running text goes on right after it, below a
        paragraph of it (text that no rule took: a prompt's sentence is no article)."""
        blocks, furniture = self.blocks, self.furniture
        start, end = self._cells_around(run[0], run[-1] + 1)
        texts = [blocks[i].text for i in run]
        after = blocks[run[-1] + 1].text if run[-1] + 1 < len(blocks) and not furniture(run[-1] + 1) else ""
        return (
            self._repeats_cells(start, end)
            or sum(1 for text in texts if any(ch.isdigit() for ch in text)) >= TABLE_FIGURES
            or (self._text_above(run[0]) and is_paragraph_like(after))
        )

    def _cells_around(self, first: int, stop: int) -> tuple[int, int]:
        """From line `first` back, and from line `stop` on, as far as the lines are cell-shaped
        (`_cell`): where the block of short lines that holds a run starts and ends."""
        if not self._back:
            cells = [_cell(block) for block in self.blocks]
            self._back = [0] * (len(cells) + 1)
            for index in range(1, len(cells) + 1):
                self._back[index] = self._back[index - 1] if cells[index - 1] else index
            self._forward = [len(cells)] * (len(cells) + 1)
            for index in range(len(cells) - 1, -1, -1):
                self._forward[index] = self._forward[index + 1] if cells[index] else index
        return self._back[first], self._forward[stop]

    def _repeats_cells(self, start: int, end: int) -> bool:
        if (start, end) not in self._repeats:
            self._repeats[start, end] = repeats_cells([b.text for b in self.blocks[start:end]])
        return self._repeats[start, end]

    def _text_above(self, first: int) -> bool:
        """Whether a paragraph-like line no rule took stands before line `first`."""
        while self._first_text is None and self._searched < first:
            index = self._searched
            if is_paragraph_like(self.blocks[index].text) and not self.furniture(index):
                self._first_text = index
            self._searched += 1
        return self._first_text is not None and self._first_text < first


def _cell(block: Block) -> bool:
    """A line that may be a table's cell: short, no sentence."""
    return (
        block.kind == Kind.LINE
        and word_count(block.text) <= TABLE_CELL_WORDS
        and not _LABEL_END.search(block.text.strip())
    )


NAV_LABEL_CJK_CHARS = 14
_CJK_TEXT = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")


def _nav_label(text: str) -> bool:
    """A menu entry: up to three words (fourteen characters in Japanese), no sentence mark."""
    if _LABEL_END.search(text):
        return False
    if _CJK_TEXT.search(text) and " " not in text:
        return len(text) <= NAV_LABEL_CJK_CHARS
    return word_count(text) <= NAV_LABEL_WORDS
