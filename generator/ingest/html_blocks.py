"""trafilatura's XML output read into blocks: headings, paragraphs, list items, quotes, table rows.

Everything the XML holds is read, in document order: trafilatura leaves text loose in a
container (a paragraph's text in the tail of the heading before it, or directly in `<main>`),
nests lists in list items and paragraphs in `<div>`s. `<lb/>` line breaks split a paragraph or
quote into one block per line; a list item stays one block.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from lxml import etree

from generator.ingest.model import Block, Kind
from generator.ingest.text_blocks import normalise_line

TABLE_CELL_SEPARATOR = " | "
_LINE_BREAK = "lb"
_BREAK = "\x00"  # stands for <lb/> while a block's text is gathered (XML text never holds NUL)
_CONTAINERS = frozenset({"div", "p", "code", "cell", "row"})


def xml_blocks(xml: str | None) -> list[Block]:
    """The blocks of trafilatura's XML (`<doc><main>...`); [] when there is none."""
    if not xml:
        return []
    root = etree.fromstring(xml.encode("utf-8"))
    main = root.find("main")
    return list(_read(main if main is not None else root, Kind.PARAGRAPH))


def _read(container: Any, kind: Kind) -> Iterator[Block]:
    """The blocks of a container: its block children, and the loose text between them."""
    loose: list[str] = [container.text or ""]
    for child in container:
        if _is_block(child):
            yield from _lines(loose, kind)
            loose = []
            reader = _READERS.get(child.tag)
            yield from reader(child) if reader else _read(child, kind)
        else:
            loose.append(_inline_text(child))
        loose.append(child.tail or "")
    yield from _lines(loose, kind)


def _is_block(element: Any) -> bool:
    return element.tag in _READERS or element.tag in _CONTAINERS


def _lines(parts: list[str], kind: Kind) -> Iterator[Block]:
    for part in "".join(parts).split(_BREAK):
        text = normalise_line(part)
        if text:
            yield Block(text, kind)


def _heading(element: Any) -> Iterator[Block]:
    kind = Kind.HEADING if element.get("rend", "h2") in ("h1", "h2") else Kind.SUBHEADING
    yield from _read(element, kind)


def _list(element: Any) -> Iterator[Block]:
    """Each item one block; a list nested in an item follows that item (Markdown here is flat)."""
    kind = Kind.ORDERED if element.get("rend") == "ol" else Kind.ITEM
    for item in element:
        if item.tag != "item":
            reader = _READERS.get(item.tag)
            yield from reader(item) if reader else _read(item, kind)
            continue
        text: list[str] = [item.text or ""]
        nested: list[Any] = []
        for child in item:
            if child.tag == "list":
                nested.append(child)
            elif _is_block(child) or child.tag == _LINE_BREAK:
                text.append(f" {_inline_text(child)} ")
            else:
                text.append(_inline_text(child))
            text.append(child.tail or "")
        line = normalise_line("".join(text).replace(_BREAK, " "))
        if line:
            yield Block(line, kind)
        for inner in nested:
            yield from _list(inner)


def _quote(element: Any) -> Iterator[Block]:
    yield from _read(element, Kind.QUOTE)


def _table(element: Any) -> Iterator[Block]:
    """A data table one row a paragraph, its cells joined by ' | '; a table used for layout
    (one column, or cells holding paragraphs, lists or headings) is read as the blocks it holds."""
    rows = [row for row in element if row.tag == "row"]
    layout = all(len(row) <= 1 for row in rows) or any(
        _is_block(child) for cell in element.iter("cell") for child in cell
    )
    for row in rows:
        if layout:
            yield from _read(row, Kind.PARAGRAPH)
            continue
        cells = (normalise_line(_inline_text(cell).replace(_BREAK, " ")) for cell in row)
        line = TABLE_CELL_SEPARATOR.join(cell for cell in cells if cell)
        if line:
            yield Block(line, Kind.PARAGRAPH)


_READERS = {"head": _heading, "list": _list, "quote": _quote, "table": _table}


def _inline_text(element: Any) -> str:
    """An element's text with its `<lb/>` breaks marked."""
    if element.tag == _LINE_BREAK:
        return _BREAK
    parts = [element.text or ""]
    for child in element:
        parts.append(_inline_text(child))
        parts.append(child.tail or "")
    return "".join(parts)
