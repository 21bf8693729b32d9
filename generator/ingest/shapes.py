"""What a line looks like: a sentence, a paragraph, a headline, a heading.

These shape tests are shared by the head reader, the list rules and the body structure, so that
"looks like a paragraph" means the same thing everywhere. Japanese and Chinese lines are measured
and punctuated by their own rules ('。' ends a sentence, two characters count as a word).
"""

from __future__ import annotations

import re

_CLOSERS = "\"'”’)]»」』）】"
_TERMINAL = re.compile(rf"[.!?…。！？][{re.escape(_CLOSERS)}]*$")
_SOFT_END = re.compile(rf"[.,;:。、，；：][{re.escape(_CLOSERS)}]*$")
# Kana and CJK ideographs: scripts that put no spaces between words (a character class's body)
UNSPACED_SCRIPT = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
CJK = UNSPACED_SCRIPT + "\uac00-\ud7af"  # and Hangul syllables
_STARTS_WELL = re.compile(rf"^[\"'“‘(\[「『【（]?[A-Z0-9À-ÖØ-Þ{CJK}]")
_CJK_CHAR = re.compile(rf"[{CJK}]")
# Kana and the common CJK ideographs: what the line readers count as Japanese or Chinese text
CJK_LETTER = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
# A double quotation mark of the eight languages: a line holding one quotes someone (an
# apostrophe is no quotation: "l'aide", "don't")
QUOTE_MARK = re.compile(r"[\"“”„«»「」]")

PARAGRAPH_WORDS = 15
LONG_PARAGRAPH_WORDS = 40
HEADLINE_MAX_WORDS = 30
HEADING_MAX_WORDS = 14
HEADING_MAX_CHARS = 110


def word_count(text: str) -> int:
    """Words, where Japanese, Chinese and Korean text (written without spaces) counts one word
    for every two characters, so that lengths compare across scripts."""
    if text.isascii():
        return len(text.split())
    cjk = len(_CJK_CHAR.findall(text))
    if not cjk:
        return len(text.split())
    return len(_CJK_CHAR.sub(" ", text).split()) + (cjk + 1) // 2


def in_capitals(text: str) -> bool:
    """Whether the letters of `text` are all capitals, at least two of them ('NORD', 'VITÓRIA
    VENCE')."""
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)


def norm(text: str) -> str:
    """Text compared loosely: case, curly quotes and spacing ignored."""
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return " ".join(text.casefold().split())


def ends_with_mark(text: str, marks: str = ".!?。！？") -> bool:
    """One of `marks` among the line's closing marks ('socios.', 'said."', 'Go! →'): one pass back
    over the marks after the last letter or digit (a pattern searched for '[.!?]\\W*$' retries at
    every mark, quadratic in a run of them)."""
    end = len(text)
    while end and not (text[end - 1].isalnum() or text[end - 1] == "_"):
        end -= 1
    return any(mark in marks for mark in text[end:])


def is_sentence(text: str) -> bool:
    """Ends like a sentence: '.', '!', '?' or '…', perhaps inside quotes or brackets."""
    return bool(_TERMINAL.search(text))


def starts_well(text: str) -> bool:
    """Starts like a title or label: a capital, a digit, or a Japanese or Chinese character."""
    return bool(_STARTS_WELL.match(text))


def is_paragraph_like(text: str) -> bool:
    """A line that reads as running text: a sentence of some length, or any long line."""
    words = word_count(text)
    return (is_sentence(text) and words >= PARAGRAPH_WORDS) or words >= LONG_PARAGRAPH_WORDS


def is_headline_like(text: str) -> bool:
    """A title-shaped line: a few words, capitalised, not ending like a sentence or clause."""
    words = word_count(text)
    return (
        2 <= words <= HEADLINE_MAX_WORDS
        and bool(_STARTS_WELL.match(text))
        and not _SOFT_END.search(text)
        and any(ch.isalpha() for ch in text)
    )


def is_heading_like(text: str) -> bool:
    """An in-article sub-heading: short, capitalised, no closing punctuation except '?'."""
    return (
        1 <= word_count(text) <= HEADING_MAX_WORDS
        and len(text) <= HEADING_MAX_CHARS
        and bool(_STARTS_WELL.match(text))
        and not _SOFT_END.search(text)
        and not text.rstrip(_CLOSERS).endswith("!")
        and any(ch.isalpha() for ch in text)
    )


def repeats_cells(texts: list[str]) -> bool:
    """True when lines repeat as a table's column does, copied one cell a line: a line again two
    lines on with another between ('CDA', 'Justitie', 'CDA', 'Defensie'), or every other line
    from a few values while the lines between are all different ('Financiën', 'VVD', 'Onderwijs',
    'CDA', 'Zorg', 'VVD'). A menu or a list of headlines repeats nothing, a menu copied twice
    repeats every line, and a repeated ad label ('PR', 'PR') stands in a row."""
    keys = [norm(text) for text in texts]
    if any(a == c != b for a, b, c in zip(keys, keys[1:], keys[2:], strict=False)):
        return True
    for column, other in ((keys[0::2], keys[1::2]), (keys[1::2], keys[0::2])):
        if len(set(column)) < len(column) and len(set(other)) == len(other) >= TABLE_MIN_ROWS:
            return True
    return False


TABLE_MIN_ROWS = 3


DASH = r"(?:[-‐‑–—−]{1,2}|‒|―)"  # any dash a copy prints: hyphens, dashes, a minus sign
