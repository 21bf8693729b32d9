"""Bounds on Markdown input: the shapes Python-Markdown reads in more than linear time, refused.

Python-Markdown reads most text once, but a few shapes make it read the same text again and
again, or recurse until Python gives up. Each limit below bounds one of them, as the number
of characters Python-Markdown may read (its "reading"); each was measured (docs/security.md)
so that a text at every limit renders in well under a second. A text over a limit is refused,
with the line it starts on, before Python-Markdown sees it. The check itself reads the text once.

- **Links**: from every `[` (a link, image, reference, footnote or abbreviation may start
  there) Python-Markdown reads on, a character at a time in Python, to the `]` and `)` that
  close it, and to the end of the paragraph (text between blank lines) when they are missing.
  Escapes and code spans are placeholders of 14 characters by then. What it may read, summed
  over the `[` of a paragraph, is at most `MAX_LINK_READING` (see `_link_reading`).
- **Blocks**: at each line that splits its paragraph (a heading, a rule, a setext underline)
  the rest of the paragraph is searched again: the sum of what follows each such line in its
  paragraph is at most `MAX_BLOCK_READING`.
- **Braces**: from every `{` (an attribute list may start there) the rest of its line is
  searched: at most `MAX_BRACE_READING` in all.
- **Tags**: from every `<` that may open an HTML tag, the HTML parser reads on to the `>` that
  closes it, to the end of the text when there is none: at most `MAX_TAG_READING` in all.
- **Nesting**: each level (a list in a list item, a quote, four columns of indentation, a
  definition under a definition) is a recursive call: `MAX_DEPTH` levels at most (Python stops
  at about 250 and raises `RecursionError`).
- **Abbreviations and footnotes**: each abbreviation (`*[HTML]: ...`) is one more alternative
  tried at every character of the text, each footnote is looked up in a list of them all:
  `MAX_ABBREVIATIONS` and `MAX_FOOTNOTE_MARKS` of them.
- **Length**: Python-Markdown spends some 50 microseconds on every paragraph and more on
  tables and lists, so a text is at most `MAX_CHARS` characters (about 10,000 words), which
  bounds every other shape to well under a second.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import accumulate
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from generator.load.fields import Fields

MAX_CHARS = 65_536  # about 10,000 words
MAX_LINK_READING = 2_000_000
MAX_BLOCK_READING = 10_000_000
MAX_BRACE_READING = 20_000_000
MAX_TAG_READING = 4_000_000
MAX_DEPTH = 32
MAX_ABBREVIATIONS = 50
MAX_FOOTNOTE_MARKS = 2_000  # `[^`: a footnote's reference and its definition are two
PLACEHOLDER = 14  # characters of the placeholder an escape or a code span becomes

_BLANK_LINES = re.compile(r"(\n(?:[ \t]*\n)+)")
# What Python-Markdown reads as one more level: a quote mark, a list marker, a definition mark.
_CONTAINER = re.compile(r"(?:>[ \t]?|(?:[-*+]|\d{1,9}[.)])[ \t]+)")
_DEFINITION = re.compile(r"[ ]{0,3}:[ ]{1,3}")
_LEADING = frozenset(" \t>-*+:0123456789")  # how a line that may open a level starts
# A line that splits a paragraph: a heading, a rule or a setext underline.
_SPLITTER = re.compile(r"^[ ]{0,3}(?:#|[-=*_][-=*_ \t]*$)", re.MULTILINE)
_ABBREVIATION = re.compile(r"^\*\[", re.MULTILINE)
_FOOTNOTE = re.compile(r"\[\^")
# What becomes a placeholder before links are read: an escape (and a code span).
_ESCAPE = re.compile(r"\\[\\`*_{}\[\]()>#+\-.!|]")
_BACKTICKS = re.compile(r"`+")
_BRACKET = re.compile(r"\[")
_QUOTE = re.compile("[\"']")
_BRACE = re.compile(r"\{")
# What may open a tag for the HTML parser, and what closes each kind.
_TAG_OPEN = re.compile(r"<(?:[A-Za-z/]|!\[CDATA\[|!|\?)")
_TAG_CLOSE = {"<![CDATA[": "]]>", "<?": "?>"}


class MarkdownProblem(NamedTuple):
    """Where a text goes over a limit (its line, counting from 1) and what the user can do."""

    line: int
    message: str


def check(text: str) -> MarkdownProblem | None:
    """The first limit `text` goes over, or None. Linear in the length of the text."""
    if len(text) > MAX_CHARS:
        return MarkdownProblem(
            _line_of(text, MAX_CHARS),
            f"{len(text)} characters of Markdown; the limit is {MAX_CHARS} (the text goes over it "
            "on this line)",
        )
    return _depth(text) or _counts(text) or _paragraphs(text) or _braces(text) or _tags(text)


def check_field(fields: Fields, key: str, text: str | None) -> None:
    """Report the Markdown value `text` of field `key` when it goes over a limit, at the field."""
    refused = check(text) if text else None
    if refused is not None:
        fields.error(
            key, (f"line {refused.line} of the text: " if refused.line > 1 else "") + refused.message
        )


def _depth(text: str) -> MarkdownProblem | None:
    definitions = 0  # definition marks since the last blank line: each nests in the one before
    for number, line in enumerate(text.split("\n"), start=1):
        if not line or line[0] not in _LEADING:
            definitions = definitions if line else 0
            continue  # a line of prose (most lines): no level opens here
        if not line.strip():
            definitions = 0
            continue
        if _DEFINITION.match(line):
            definitions += 1
        depth = definitions + _line_depth(line)
        if depth > MAX_DEPTH:
            return MarkdownProblem(
                number,
                f"nested {depth} levels deep (lists, quotes, indentation, definitions); "
                f"the limit is {MAX_DEPTH}",
            )
    return None


def _line_depth(line: str) -> int:
    """The levels a line opens: its quote marks and list markers, and four columns of indent each."""
    depth = columns = at = 0
    while at < len(line):
        char = line[at]
        if char == " ":
            columns += 1
            at += 1
        elif char == "\t":
            columns += 4 - columns % 4
            at += 1
        else:
            found = _CONTAINER.match(line, at)
            if found is None:
                break
            depth += 1
            at = found.end()
    return depth + columns // 4


def _counts(text: str) -> MarkdownProblem | None:
    """Abbreviations and footnote marks: each is looked up again for every one after it."""
    for pattern, limit, what in (
        (_ABBREVIATION, MAX_ABBREVIATIONS, "abbreviations (*[...]: ...)"),
        (_FOOTNOTE, MAX_FOOTNOTE_MARKS, "footnote marks ([^...])"),
    ):
        found = [match.start() for match in pattern.finditer(text)]
        if len(found) > limit:
            return MarkdownProblem(
                _line_of(text, found[limit]), f"more than {limit} {what}; the limit is {limit}"
            )
    return None


def _paragraphs(text: str) -> MarkdownProblem | None:
    """The reading of links and blocks in each paragraph (text between blank lines)."""
    line = 1
    for index, part in enumerate(_BLANK_LINES.split(text)):
        if index % 2 == 0:  # a paragraph, not the blank lines after it
            problem = _inline(part, line) or _blocks(part, line)
            if problem:
                return problem
        line += part.count("\n")
    return None


def _inline(paragraph: str, line: int) -> MarkdownProblem | None:
    if "[" not in paragraph and "`" not in paragraph:
        return None
    masked, spans, reading = _code_spans(paragraph)
    links, brackets = _link_reading(masked, spans) if "[" in masked else (0, 0)
    reading += links
    if reading <= MAX_LINK_READING:
        return None
    marks = f"{brackets} '['" + (f" and {paragraph.count('`')} '`'" if "`" in paragraph else "")
    return MarkdownProblem(
        line,
        f"a paragraph of {len(paragraph)} characters with {marks}: Markdown may read {reading} "
        f"characters looking for where its links and code spans end; the limit is {MAX_LINK_READING} "
        "(close each '[' with ']', each '](' with ')' and each code span, write a '[' that opens no "
        "link as '\\[', or split the paragraph with a blank line)",
    )


def _code_spans(paragraph: str) -> tuple[str, list[int], int]:
    """The paragraph with its code spans blanked out, where they start, and what finding them reads.

    As Python-Markdown does: a run of backticks (not escaped) opens a span that the next run of
    the same length closes, read on to it a character at a time; with none, it reads on to the
    end of the paragraph, and the first of the longest runs after it closes the span when that
    is shorter than the opening run (whose last backticks then open it).
    """
    if "`" not in paragraph:
        return paragraph, [], 0
    runs = [(found.start(), found.end()) for found in _BACKTICKS.finditer(paragraph)]
    by_length: dict[int, list[int]] = {}
    for index, (begin, stop) in enumerate(runs):
        by_length.setdefault(stop - begin, []).append(index)
    longest: list[int | None] = [None] * len(runs)  # the first longest run after each run
    best: int | None = None
    for index in range(len(runs) - 1, -1, -1):
        longest[index] = best
        if best is None or runs[index][1] - runs[index][0] >= runs[best][1] - runs[best][0]:
            best = index
    pieces: list[str] = []
    starts: list[int] = []
    reading = done = index = resume = 0
    while True:
        while index < len(runs) and runs[index][1] <= resume:
            index += 1
        if index == len(runs):
            break
        begin, stop = max(runs[index][0], resume), runs[index][1]
        if begin == runs[index][0] and _escaped(paragraph, begin, resume):
            begin += 1  # an escaped backtick opens nothing; the one after it does
        ticks = stop - begin
        same = by_length.get(ticks, [])
        after = bisect_right(same, index)
        closing: int | None = None
        if ticks and after < len(same):
            closing = same[after]
            reading += runs[closing][0] - stop
        elif ticks:
            reading += len(paragraph) - stop
            other = longest[index]
            if other is not None and 0 < runs[other][1] - runs[other][0] < ticks:
                closing = other
        if closing is None:
            resume = stop + ticks  # as Python-Markdown resumes after a run it cannot close
            index += 1
            continue
        resume = runs[closing][1]
        pieces += [paragraph[done:begin], "." * (resume - begin)]
        starts.append(begin)
        done, index = resume, closing + 1
    return "".join(pieces) + paragraph[done:], starts, reading


def _escaped(text: str, at: int, resume: int) -> bool:
    """True when Python-Markdown, reading on from `resume`, sees the backtick at `at` escaped.

    It is when a backslash stands before it that is not the second of a pair: pairs are read
    from the first backslash of their run, and only when that is at or after `resume`.
    """
    first = at
    while first and text[first - 1] == "\\":
        first -= 1
    return at > first and (first < resume or (at - first) % 2 == 1)


def _link_reading(text: str, spans: list[int]) -> tuple[int, int]:
    """(what Python-Markdown may read looking for the ends of links, the number of '[').

    `text` is the paragraph with its code spans blanked out (they start at `spans`). From a `[`
    Markdown reads to the `]` that closes it (counting nested brackets); when `(` follows, on to
    the `)` that closes that (counting nested parentheses). Where either is missing, or a quote
    may start a title, it reads to the end of the paragraph. Escapes and code spans are read as
    placeholders of `PLACEHOLDER` characters.
    """
    escapes = [found.start() for found in _ESCAPE.finditer(text)] if "\\" in text else []
    opening = _ESCAPE.sub("..", text) if escapes else text  # `\[` opens nothing
    end = len(opening)
    placed = sorted(escapes + spans)
    quotes = [found.start() for found in _QUOTE.finditer(opening)]

    def length(start: int, stop: int) -> int:
        """The characters from `start` to `stop` as read, placeholders at their full length."""
        inside = bisect_left(placed, stop) - bisect_left(placed, start)
        return stop - start + (PLACEHOLDER - 1) * inside

    brackets = _partners(opening, "[", "]")
    parentheses = _partners(opening, "(", ")")
    reading = count = 0
    for found in _BRACKET.finditer(opening):
        count += 1
        at = found.start()
        close = brackets.get(at, end)
        reading += length(at, close)
        if close + 1 < end and opening[close + 1] == "(":
            stop = parentheses.get(close + 1, end)
            if bisect_left(quotes, stop) > bisect_left(quotes, close + 1):
                stop = end  # a title that may not close: read to the end
            reading += length(close + 1, stop)
    return reading, count


def _partners(text: str, opener: str, closer: str) -> dict[int, int]:
    """Where each `opener` of `text` is closed, counting nested pairs (unclosed ones left out)."""
    found: dict[int, int] = {}
    stack: list[int] = []
    for match in re.finditer(f"[{re.escape(opener + closer)}]", text):
        if match.group(0) == opener:
            stack.append(match.start())
        elif stack:
            found[stack.pop()] = match.start()
    return found


def _blocks(paragraph: str, line: int) -> MarkdownProblem | None:
    if "\n" not in paragraph:
        return None
    starts = [found.start() for found in _SPLITTER.finditer(paragraph) if found.start()]
    reading = sum(len(paragraph) - at for at in starts)
    if reading <= MAX_BLOCK_READING:
        return None
    return MarkdownProblem(
        line,
        f"a paragraph of {len(paragraph)} characters with {len(starts)} lines that split it "
        f"(headings, rules, underlines): Markdown may search {reading} characters "
        f"splitting it; the limit is {MAX_BLOCK_READING} (put blank lines between the blocks)",
    )


def _braces(text: str) -> MarkdownProblem | None:
    if "{" not in text:
        return None
    ends = list(accumulate(len(line) + 1 for line in text.split("\n")))
    reading = 0
    end = 0
    for found in _BRACE.finditer(text):
        while ends[end] <= found.start():
            end += 1
        reading += ends[end] - found.start()
        if reading > MAX_BRACE_READING:
            return MarkdownProblem(
                end + 1,
                f"Markdown may search {reading} characters for the ends of attribute lists "
                f"('{{' to the end of its line); the limit is {MAX_BRACE_READING} (close each "
                "'{' on its line with '}')",
            )
    return None


def _tags(text: str) -> MarkdownProblem | None:
    """The reading from every `<` that may open a tag to the mark that closes it."""
    if "<" not in text:
        return None
    reading = 0
    closes: dict[str, int] = {}  # the next place of each closing mark, found once per stretch
    for count, found in enumerate(_TAG_OPEN.finditer(text), start=1):
        close = _TAG_CLOSE.get(found.group(0), ">")
        at = closes.get(close, -1)
        if at < found.end():
            at = text.find(close, found.end())
            at = closes[close] = len(text) if at < 0 else at
        reading += at - found.start()
        if reading > MAX_TAG_READING:
            return MarkdownProblem(
                _line_of(text, found.start()),
                f"{count} '<' that may open HTML tags: the HTML parser may read {reading} "
                f"characters to find where they close; the limit is {MAX_TAG_READING} (close "
                "each tag with '>', or write a '<' that opens no tag as '&lt;')",
            )
    return None


def _line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1
