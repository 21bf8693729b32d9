"""Sentences of a Markdown article body, each with the line it starts on.

Headings, code blocks and Markdown syntax are left out: a sentence is the plain prose a
reader sees, so it can be quoted and searched for on the original page. Each paragraph is split
by sentencex (Wikimedia's segmenter: the abbreviations and rules of about 300 languages, so "am
19. November" and "z. B." do not end a German sentence, "Über ..." opens one, Cyrillic,
Chinese and Devanagari stops end one, and a quotation's inner stops do not cut it), in the
article's language. Two rules are added: a stop followed by a lower-case letter ends no sentence
(a copy's garbled "... Congress. to use ..."), and in English neither does one after an initial
("J."), an initialism ("U.S.") or a common abbreviation ("Mr.", "Ms.", "Sept."). In any
language a time's "a.m."/"p.m." ends none when a time zone follows it ("9 p.m. EST when ..."), and
in German an ordinal after an article ("der 828. Brigade", "am 3. Tag") ends none.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

import sentencex

from generator.text.markdown_strip import IMAGE, LINK, TAG, decoded, replace_complete

_HEADING = re.compile(r"^\s{0,3}#{1,6}(\s|$)")
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_RULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")
_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
_QUOTE = re.compile(r"^\s*(?:>\s?)+")
# Emphasis marks: "**", "__", "`", or a "*"/"_" opening (no word character before it, a
# character after) or closing (one before, no word character after). Each branch starts with
# one literal mark, so `re` skips to the next mark (3.5x faster than the lookbehind first; a
# branch opening with the class "[*_]" made it try every position: twice as slow again).
_OPENS_OR_CLOSES = r"(?:(?<!\w[*_])(?=\S)|(?<=\S[*_])(?!\w))"
_EMPHASIS = re.compile(rf"\*\*|__|`|\*{_OPENS_OR_CLOSES}|_{_OPENS_OR_CLOSES}")
_SPACES = re.compile(r"\s+")
_ALNUM = re.compile(r"[^\W_]")
_BLOCK_MARKS = frozenset("`~#-*_+>0123456789")
_MARKS = ("[", "<", "*", "_", "`", "&")
_INITIALS = re.compile(r"^(?:[A-Z]\.)+$")
_ABBREVIATIONS_TEXT = """
    mr mrs ms dr prof gen col lt sgt capt cmdr adm gov sen rep rev st jr sr inc ltd co corp no vs
    etc approx jan feb mar apr jun jul aug sep sept oct nov dec
"""
ABBREVIATIONS = frozenset(_ABBREVIATIONS_TEXT.split())
# "4:10 p.m. Monday": a time's "a.m."/"p.m." ends no sentence when a day or month follows it
_CLOCK = frozenset(("a.m.", "p.m."))
_DAYS_AND_MONTHS_TEXT = """
    monday tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
"""
_DAYS_AND_MONTHS = frozenset(_DAYS_AND_MONTHS_TEXT.split())
# "9 p.m. EST when ...": a time zone after "a.m."/"p.m." goes on the time (compared as written)
_ZONES_TEXT = """
    ET CT MT PT EST EDT CST CDT MST MDT PST PDT AKST AKDT HST GMT UTC BST CET CEST EET EEST WET WEST
    IST JST KST HKT SGT AEST AEDT ACST AWST NZST NZDT MSK WIB
"""
_ZONES = frozenset(_ZONES_TEXT.split())
# German writes an ordinal as digits and a full stop ("der 828. Brigade"); after an article or
# an article joined to a preposition the number is an ordinal, and the stop ends no sentence.
# ("stieg auf 45. Die Polizei ...": a preposition alone is no article, and that stop ends one.)
_GERMAN_ORDINAL = re.compile(
    r"(?<!\S)(?:der|die|das|den|dem|des|am|im|zum|zur|vom|beim|ins|ans|eine?[mnrs]?)"
    r" \d{1,4}\.$",
    re.IGNORECASE,
)
MAX_SENTENCE_CHARS = 1200
MAX_ABBREVIATION = 12  # longer words before a full stop are neither initials nor abbreviations
# The characters of a paragraph given to the segmenter at once. It looks ahead for a closing
# quote from each stop, so an unclosed one makes its time grow with the square of what it is
# given (80,000 characters of opening guillemets took 1.1 s): a longer paragraph is given in
# windows, which bounds that to 2 ms a window. (MAX_SENTENCE_CHARS < WINDOW / 2.)
WINDOW = 3000


class Sentence(NamedTuple):
    """One sentence of an article: its place, its plain text and the body line it starts on.

    A named tuple rather than a dataclass: a site has hundreds of thousands of them.
    """

    position: int
    paragraph: int
    line: int
    text: str


def plain(markdown_line: str) -> str:
    """One line of Markdown as the text a reader sees: links, tags and emphasis removed."""
    if not any(map(markdown_line.__contains__, _MARKS)):
        return markdown_line
    text = replace_complete(IMAGE, markdown_line, ")", lambda match: "")
    text = replace_complete(LINK, text, ")", lambda match: match.group(1))
    text = replace_complete(TAG, text, ">", lambda match: "")
    return decoded(_EMPHASIS.sub("", text))


def _paragraphs(body: str) -> Iterator[list[tuple[int, str]]]:
    """The (line, plain text) pieces of each prose paragraph; a list item is a paragraph of its own."""
    lines: list[tuple[int, str]] = []
    fenced = False
    for number, raw in enumerate(body.split("\n"), start=1):
        marked = raw.lstrip()[:1] in _BLOCK_MARKS
        if marked and _FENCE.match(raw):
            fenced = not fenced
            raw = ""
        item = marked and bool(_ITEM.match(raw))
        blank = fenced or not raw.strip() or (marked and bool(_HEADING.match(raw) or _RULE.match(raw)))
        if (blank or item) and lines:
            yield lines
            lines = []
        if blank:
            continue
        if marked:
            raw = _ITEM.sub("", _QUOTE.sub("", raw))
        text = _squeezed(plain(raw))
        if text:
            lines.append((number, text))
    if lines:
        yield lines


@lru_cache(maxsize=65536)
def _continues(last: str) -> bool:
    """True when the full stop that ends `last` (the English word before it, with the stop) ends
    no sentence.

    That is when the word is an initial ("J."), an initialism ("U.S.") or an abbreviation
    ("Mr.", "(Sept."). The same words end many sentences, so each is looked at once.
    """
    if len(last) > MAX_ABBREVIATION or not last.endswith("."):
        return False
    bare = last.rstrip(".!?").lstrip("\"'“‘(")
    return bool(_INITIALS.match(last)) or bare.casefold() in ABBREVIATIONS


def _clock_then_day(text: str, begin: int, stop: int, after: int, english: bool) -> bool:
    """True when the sentence ending at `stop` ends on "a.m." or "p.m." and the text after it
    opens with a time zone or (in English) a day or a month: the time goes on ("4:10 p.m.
    Monday, ...", "9 p.m. EST when ..."), the sentence too."""
    if text[max(begin, stop - 4) : stop].casefold() not in _CLOCK:
        return False
    end = after
    while end < len(text) and text[end].isalpha():
        end += 1
    word = text[after:end]
    return word in _ZONES or (english and word.casefold() in _DAYS_AND_MONTHS)


def _ends(text: str, language: str) -> list[int]:
    """Where each sentence of `text` ends, as sentencex finds them.

    A paragraph longer than `WINDOW` is given in windows: the sentences of each but the last
    one it holds are kept, and the next window starts where that last one starts.
    """
    ends: list[int] = []
    begin = 0
    while True:
        window = text[begin : begin + WINDOW]
        pieces = list(sentencex.segment(language, window))
        if begin + len(window) >= len(text):
            for piece in pieces:
                begin += len(piece)
                ends.append(begin)
            return ends
        if not sum(map(len, pieces[:-1])):  # no end in a whole window: cut there (and shown cut)
            begin += len(window)
            ends.append(begin)
            continue
        for piece in pieces[:-1]:
            begin += len(piece)
            ends.append(begin)


def _spans(text: str, language: str = "en") -> list[tuple[int, str]]:
    """(offset, sentence) of each sentence of whitespace-normalised text in `language`."""
    found: list[tuple[int, str]] = []
    begin = 0
    english = language == "en"
    for end in _ends(text, language)[:-1]:
        stop, after = end, end  # the sentence's last character, and the next one's first
        while stop > begin and text[stop - 1].isspace():
            stop -= 1
        while after < len(text) and text[after].isspace():
            after += 1
        if text[after : after + 1].islower():
            continue  # "... Congress. to use ...": no sentence opens in lower case
        if english and _continues(text[max(begin, text.rfind(" ", begin, stop) + 1) : stop]):
            continue  # "Ms. Chan", which sentencex splits
        if _clock_then_day(text, begin, stop, after, english):
            continue  # "at 4:10 p.m. Monday, registering ...", "9 p.m. EST when ..."
        if language == "de" and _GERMAN_ORDINAL.search(text, max(begin, stop - 16), stop):
            continue  # "Soldaten der 828. Brigade ..."
        found.append((begin, text[begin:stop]))
        begin = after
    found.append((begin, text[begin:].rstrip()))
    return [(at, s[:MAX_SENTENCE_CHARS]) for at, s in found if s and (s[0].isalnum() or _ALNUM.search(s))]


def _squeezed(text: str) -> str:
    """`text` with runs of white space made one space, trimmed (cheap when there are none)."""
    text = text.strip()
    return _SPACES.sub(" ", text) if "  " in text or "\t" in text or "\xa0" in text else text


def split_text(text: str, language: str = "en") -> list[str]:
    """The sentences of one paragraph of plain text in `language` (a primary subtag)."""
    return [sentence for _, sentence in _spans(_squeezed(text), language)]


def split_body(body: str, language: str = "en") -> tuple[Sentence, ...]:
    """Every sentence of a Markdown body in `language` (a primary subtag), in order; `line`
    counts from the body's first line."""
    sentences: list[Sentence] = []
    for paragraph, pieces in enumerate(_paragraphs(body)):
        if len(pieces) == 1:
            line, text = pieces[0]
            for _, sentence in _spans(text, language):
                sentences.append(Sentence(len(sentences), paragraph, line, sentence))
            continue
        starts, offset = [], 0
        for _, piece in pieces:
            starts.append(offset)
            offset += len(piece) + 1
        index = 0  # of the piece the sentence starts in: sentences come in order, so it only moves on
        for at, sentence in _spans(" ".join(piece for _, piece in pieces), language):
            while index + 1 < len(starts) and starts[index + 1] <= at:
                index += 1
            sentences.append(Sentence(len(sentences), paragraph, pieces[index][0], sentence))
    return tuple(sentences)
