"""Applying the line model to a plain-text page the rules have cleaned: the body lines it calls
furniture go, and a line it is sure is the headline becomes the title.

The model only removes lines the rules kept (what the rules removed stays removed; every
metadata line, dates, bylines, datelines and credits, has been read by the rules before), and
only at the body's edges: above the first and below the last paragraph of running text
(`is_anchor`) it keeps. Inside the text, the short lines are the article's (sub-headings, table
cells, a live blog's headings). Nor does it remove what the rules shaped as the article's own
structure (`structure`), a table copied one cell a line (`table_cells`), or the body's longest
block. Each removal names the model's probability.
"""

from __future__ import annotations

from generator.ingest.line_features import line_key
from generator.ingest.line_model import LineModel
from generator.ingest.list_rules import is_list_header
from generator.ingest.model import Block, Kind, Removal
from generator.ingest.shapes import CJK_LETTER, is_paragraph_like, is_sentence, repeats_cells, word_count

RULE = "line-model"
TITLE_SEARCH_LINES = 100  # the training pages' headlines stand within their first 75 lines
SENTENCE_WORDS = 3
ANCHOR_WORDS = 12  # a paragraph of the text: the model removes nothing between two of them
ANCHOR_CJK_CHARS = 24


def is_anchor(text: str) -> bool:
    """True for a paragraph or sentence of running text of `ANCHOR_WORDS` words or more (a
    Japanese or Chinese one of `ANCHOR_CJK_CHARS` characters): with two of them the model has
    found the article's text, and the short lines between them (sub-headings, table cells, a
    live blog's headings) are the article's too."""
    if not (is_paragraph_like(text) or is_sentence(text)):
        return False
    return len(text.split()) >= ANCHOR_WORDS or len(CJK_LETTER.findall(text)) >= ANCHOR_CJK_CHARS


TABLE_CELL_WORDS = 8
TABLE_MIN_CELLS = 3


def table_cells(body: tuple[Block, ...]) -> set[int]:
    """The blocks of runs of short lines whose cells repeat as a table's column does
    (`shapes.repeats_cells`): a table of the article, never removed by the model."""
    cells: set[int] = set()
    run: list[int] = []
    for index in range(len(body) + 1):
        block = body[index] if index < len(body) else None
        if block is not None and word_count(block.text) <= TABLE_CELL_WORDS and not is_sentence(block.text):
            run.append(index)
            continue
        if len(run) >= TABLE_MIN_CELLS and repeats_cells([body[i].text for i in run]):
            cells.update(run)
        run = []
    return cells


_LISTED = (Kind.ITEM, Kind.ORDERED)
_HEADINGS = (Kind.HEADING, Kind.SUBHEADING)


def structure(
    body: tuple[Block, ...], furniture: list[bool], scores: list[float], sentence_threshold: float
) -> set[int]:
    """The blocks of the article's own structure the rules shaped (`structure.shape_body`),
    which the model does not remove: a sub-heading over text the model keeps (above all of the
    text, only while its score is under `sentence_threshold`, as running text's must be: not
    '1.2K shares' shaped as one), a list under a
    sub-heading the model keeps or that is no list header the rules know ('Most read', 'Tags':
    `list_rules.is_list_header`), a list under a lead-in line ending in a colon that the text
    leads into (with that heading or line), and a list right above the article's text (its key
    points)."""
    found: set[int] = set()

    def text(index: int) -> bool:
        return (
            0 <= index < len(body)
            and not furniture[index]
            and (is_anchor(body[index].text) or is_sentence(body[index].text))
        )

    first_text = next((i for i in range(len(body)) if text(i)), len(body))
    for index, block in enumerate(body):
        inside = scores[index] < sentence_threshold or first_text < index
        if block.kind in _HEADINGS and text(index + 1) and inside:
            found.add(index)
        if block.kind not in _LISTED or (index > 0 and body[index - 1].kind in _LISTED):
            continue
        end = index
        while end + 1 < len(body) and body[end + 1].kind in _LISTED:
            end += 1
        above = body[index - 1] if index > 0 else None
        led = above is not None and (
            (above.kind in _HEADINGS and (not furniture[index - 1] or not is_list_header(above)))
            or (above.text.rstrip().endswith((":", "：")) and text(index - 2))
        )
        if led or (end + 1 < len(body) and is_anchor(body[end + 1].text) and not furniture[end + 1]):
            found.update(range(index, end + 1))
            if led:
                found.add(index - 1)
    return found


def threshold_for(model: LineModel, text: str) -> float:
    """The probability at which a line is removed: running text (a sentence of
    `SENTENCE_WORDS` words or more) needs the model's `sentence_threshold`."""
    if is_sentence(text) and len(text.split()) + len(CJK_LETTER.findall(text)) // 2 >= SENTENCE_WORDS:
        return max(model.threshold, model.sentence_threshold)
    return model.threshold


def drop_furniture(
    page: list[Block], rows: list[list[float]], body: tuple[Block, ...], model: LineModel
) -> tuple[tuple[Block, ...], tuple[Removal, ...]]:
    """The body without the blocks the model calls furniture, and their removals. `page` is the
    page's blocks as read with their feature `rows`, `body` what the rules kept of it."""
    wanted = {block.line for block in body}
    scores = {
        block.line: model.furniture_probability(row)
        for block, row in zip(page, rows, strict=True)
        if block.line is not None and block.line in wanted
    }
    furniture = [
        block.line is not None and scores.get(block.line, 0.0) >= threshold_for(model, block.text)
        for block in body
    ]
    for index in table_cells(body):  # the rules know a table copied one cell a line
        furniture[index] = False
    if body:  # the longest block is the text's, whatever the model says
        furniture[max(range(len(body)), key=lambda i: len(body[i].text))] = False
    body_scores = [scores.get(b.line, 0.0) if b.line is not None else 0.0 for b in body]
    for index in structure(body, furniture, body_scores, model.sentence_threshold):
        furniture[index] = False
    anchors = [i for i, block in enumerate(body) if not furniture[i] and is_anchor(block.text)]
    first, last = (anchors[0], anchors[-1]) if anchors else (len(body), -1)
    kept: list[Block] = []
    removals: list[Removal] = []
    for index, block in enumerate(body):
        score = scores.get(block.line) if block.line is not None else None
        if score is not None and furniture[index] and not first <= index <= last:
            removals.append(Removal.of(block, RULE, f"page furniture by the line model ({score:.2f})"))
        else:
            kept.append(block)
    return tuple(kept), tuple(removals)


def choose_title(page: list[Block], rows: list[list[float]], title: str, model: LineModel) -> Block | None:
    """The line the model takes for the headline instead of the rules' `title`, or None: of the
    page's first `TITLE_SEARCH_LINES` lines, the one it rates highest, when that reaches
    `title_threshold` and no line holding the rules' title (the rules may have cut a label off
    it) is the one. An item of a list (next to another item: other stories' headlines) is
    never the headline."""
    head = page[:TITLE_SEARCH_LINES]
    listed = {i for i, block in enumerate(head) if block.kind in _LISTED}
    open_lines = [i for i in range(len(head)) if not (i in listed and (i - 1 in listed or i + 1 in listed))]
    if not open_lines:
        return None
    scores = [model.title_probability(row) for row in rows[: len(head)]]
    best = max(open_lines, key=lambda i: scores[i])
    if scores[best] < model.title_threshold:
        return None
    key = line_key(title)
    if key and f" {key} " in f" {line_key(page[best].text)} ":
        return None
    return page[best]
